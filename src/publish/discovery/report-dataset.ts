import { temporalCoverage } from './temporal-coverage.ts';

/** What a report page knows about the version it shows, for its schema.org Dataset. */
export interface ReportDatasetInput {
  title: string;
  /** The report's purpose, as its front matter states it. */
  description: string;
  /** Absolute canonical address of the page. */
  url: string;
  council: { name: string; code: string };
  committee: string;
  meetingDate: string;
  /** The report's period in the engine's grammar, e.g. "2020-10" or "2013/14 Q1-Q2". */
  period: string;
  /** The published versions' dates, oldest first, as their records give them. */
  versions: readonly { version: number; published: string }[];
  /** The version the page shows. */
  version: number;
  /** Absolute addresses of the version's data downloads, with their media types. */
  downloads?: readonly { url: string; encodingFormat: string; name: string }[];
  /** The address of the licence the site's data is published under, if it declares one. */
  license?: string;
  fictional: boolean;
}

/**
 * A schema.org Dataset describing one version of a report: the council is both creator and publisher,
 * the first version's date is `datePublished` and the shown version's is `dateModified`. Dates come
 * from the version records, never from the clock.
 */
export function reportDataset(input: ReportDatasetInput): Record<string, unknown> {
  const first = input.versions[0];
  const shown = input.versions.find((v) => v.version === input.version);
  if (first === undefined || shown === undefined) {
    throw new Error(`${input.url}: version ${input.version} is not among the report's published versions`);
  }
  const council = { '@type': 'GovernmentOrganization', name: input.council.name, identifier: input.council.code };
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: input.title,
    description: input.fictional ? `${input.description} (Demonstration data about a fictional council.)` : input.description,
    url: input.url,
    identifier: input.url,
    version: String(input.version),
    datePublished: first.published,
    dateModified: shown.published,
    inLanguage: 'en-GB',
    isAccessibleForFree: true,
    creator: council,
    publisher: council,
    keywords: ["children's social care", 'performance', input.committee, input.council.name],
    spatialCoverage: { '@type': 'AdministrativeArea', name: input.council.name, identifier: input.council.code },
    temporalCoverage: temporalCoverage(input.period),
    ...(input.license === undefined ? {} : { license: input.license }),
    ...(input.downloads === undefined || input.downloads.length === 0
      ? {}
      : { distribution: input.downloads.map((d) => ({ '@type': 'DataDownload', name: d.name, contentUrl: d.url, encodingFormat: d.encodingFormat })) }),
  };
}
