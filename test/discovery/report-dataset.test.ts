import { describe, expect, it } from 'vitest';
import { reportDataset, type ReportDatasetInput } from '../../src/publish/discovery/report-dataset.ts';
import { readPublishedVersions } from '../../src/publish/published-versions.ts';

async function barnsley(version: number): Promise<ReportDatasetInput> {
  const versions = await readPublishedVersions('test/sites/discovery/content/reports/barnsley-looked-after');
  return {
    title: 'Children looked after: July 2022',
    description: 'A test report.',
    url: 'https://example.org/reports/barnsley-looked-after/',
    council: { name: 'Barnsley', code: 'E08000016' },
    committee: 'Safeguarding Private Member Briefing',
    meetingDate: '2022-09-13',
    period: '2022-07',
    versions,
    version,
    fictional: false,
  };
}

describe('reportDataset', () => {
  it("dates a Dataset from the version records: first publication, then the shown version's", async () => {
    const v2 = reportDataset(await barnsley(2));
    expect(v2).toMatchObject({ '@type': 'Dataset', version: '2', datePublished: '2026-11-28', dateModified: '2026-12-01', temporalCoverage: '2022-07-01/2022-07-31' });
    const v1 = reportDataset(await barnsley(1));
    expect([v1['datePublished'], v1['dateModified']]).toEqual(['2026-11-28', '2026-11-28']);
  });

  it('names the council as creator, publisher and place covered', async () => {
    const dataset = reportDataset(await barnsley(2));
    const council = { '@type': 'GovernmentOrganization', name: 'Barnsley', identifier: 'E08000016' };
    expect(dataset['creator']).toEqual(council);
    expect(dataset['publisher']).toEqual(council);
    expect(dataset['spatialCoverage']).toEqual({ '@type': 'AdministrativeArea', name: 'Barnsley', identifier: 'E08000016' });
  });

  it('lists data downloads and a licence only when given, and says when the council is fictional', async () => {
    const plain = reportDataset(await barnsley(2));
    expect(plain).not.toHaveProperty('distribution');
    expect(plain).not.toHaveProperty('license');
    const full = reportDataset({
      ...(await barnsley(2)),
      fictional: true,
      license: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
      downloads: [{ name: 'Figures (CSV)', url: 'https://example.org/data/reports/barnsley-looked-after/v2/figures.csv', encodingFormat: 'text/csv' }],
    });
    expect(full['distribution']).toEqual([{ '@type': 'DataDownload', name: 'Figures (CSV)', contentUrl: 'https://example.org/data/reports/barnsley-looked-after/v2/figures.csv', encodingFormat: 'text/csv' }]);
    expect(full['license']).toBe('https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/');
    expect(full['description']).toBe('A test report. (Demonstration data about a fictional council.)');
  });

  it('refuses a version the report never published', async () => {
    const input = await barnsley(2);
    expect(() => reportDataset({ ...input, version: 3 })).toThrow('version 3 is not among the report');
  });
});
