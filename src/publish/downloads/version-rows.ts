import type { FigureModel } from '../../model/figure-model.ts';
import { datasetFigures } from './dataset-figures.ts';
import { DOWNLOAD_COLUMNS, downloadRow, type DownloadRow } from './download-row.ts';

export const VERSION_COLUMNS = ['report_id', 'report_version', 'published', ...DOWNLOAD_COLUMNS] as const;
export type VersionColumn = (typeof VERSION_COLUMNS)[number];
export type VersionRow = Record<VersionColumn, string>;

export interface VersionFacts {
  report: string;
  version: number;
  published: string;
}

/**
 * The figures of one published version: every figure in the data frozen with it (the rows its
 * figures were read from), computed from those frozen rows, so the download never changes.
 */
export function versionRows(model: FigureModel, facts: VersionFacts): VersionRow[] {
  return datasetFigures(model).map((figure) => withVersion(downloadRow(figure), facts));
}

function withVersion(row: DownloadRow, { report, version, published }: VersionFacts): VersionRow {
  return { report_id: report, report_version: String(version), published, ...row };
}
