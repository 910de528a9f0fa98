/** Where each download is published; the pages that link to them and the endpoints share these. */
export const DATA_PAGE = '/data/';
export const DICTIONARY_PATH = '/data/dictionary.csv';
export const SYMBOLS_PATH = '/data/symbols.csv';
export const DATASET_PATH = '/data/tabled-dataset.csv';
export const EES_PATH = '/data/ees/tabled-dataset.csv';
export const EES_META_PATH = '/data/ees/tabled-dataset.meta.csv';

export function indicatorDownloadPath(indicatorId: string): string {
  return `/data/indicators/${indicatorId}.csv`;
}

/** `/data/reports/<id>/v<n>/figures.csv` (or .json): a version's figures, fixed for good like the version's page. */
export function versionDownloadPath(reportId: string, version: number, format: 'csv' | 'json'): string {
  return `/data/reports/${reportId}/v${version}/figures.${format}`;
}
