import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvFormat } from 'd3-dsv';
import { seededRandom } from '../random.ts';
import { chartCount, reportCount, type Scale } from '../scale.ts';
import { addMonths, monthPeriod, type Month } from './months.ts';
import { reportMdx, TREND_MONTHS, type SyntheticReport } from './report-mdx.ts';
import { areaRows, councilCode, councilName } from './synthetic-areas.ts';
import { indicatorRow, syntheticIndicators, type SyntheticIndicator } from './synthetic-indicators.ts';
import { councilObservations, councilSize, englandObservations, populationOf, type ObservationRow } from './synthetic-observations.ts';

/** Every series ends here, so that the same scale always gives the same site. */
export const LAST_MONTH: Month = { year: 2025, month: 3 };
export const DEFAULT_SEED = 7;

export interface SyntheticSite {
  folder: string;
  scale: Scale;
  indicators: SyntheticIndicator[];
  reports: SyntheticReport[];
  /** The first month of data: two years before the first report, for its trends and 12-month figures. */
  firstMonth: Month;
  months: number;
  observationRows: number;
}

const OBSERVATION_COLUMNS = ['indicator', 'area', 'period', 'numerator', 'denominator', 'value', 'marker'] as const;

function write(path: string, text: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}

/**
 * Writes a complete Tabled site (content/ and data/) of fictional councils into `folder`, replacing
 * what was there. The same scale and seed give byte-identical files.
 */
export function writeSyntheticSite(folder: string, scale: Scale, seed = DEFAULT_SEED): SyntheticSite {
  rmSync(folder, { recursive: true, force: true });
  const random = seededRandom(seed);
  const indicators = syntheticIndicators(scale.indicators);
  const months = scale.reports + TREND_MONTHS;
  const firstMonth = addMonths(LAST_MONTH, 1 - months);
  const firstReport = addMonths(LAST_MONTH, 1 - scale.reports);

  write(join(folder, 'content/theme.json'), `${JSON.stringify({ name: 'Tabled benchmark', tagline: 'Synthetic reports about fictional councils', demo: true, colours: { brand: '#1d4f91', focus: '#ffbf47' }, footerLinks: [] }, null, 2)}\n`);
  write(join(folder, 'data/indicators.csv'), csvFormat(indicators.map(indicatorRow)));
  write(join(folder, 'data/areas.csv'), csvFormat(areaRows(scale.councils)));

  const populations: Record<string, string>[] = [];
  const reports: SyntheticReport[] = [];
  let observationRows = 0;
  const writeObservations = (name: string, rows: ObservationRow[]) => {
    observationRows += rows.length;
    write(join(folder, `data/observations/${name}.csv`), csvFormat(rows, [...OBSERVATION_COLUMNS]));
  };
  writeObservations('england', englandObservations(indicators, firstMonth, months, random));
  for (let c = 0; c < scale.councils; c += 1) {
    const size = councilSize(random);
    // A rate uses the mid-year estimate on or before the period's end, so the year before the first month too.
    for (let year = firstMonth.year - 1; year <= LAST_MONTH.year; year += 1) {
      populations.push({ area: councilCode(c), period: String(year), population: String(populationOf(size, year, firstMonth.year)), source: 'Synthetic' });
    }
    writeObservations(councilCode(c).toLowerCase(), councilObservations(c, indicators, firstMonth, months, size, random));
    for (let r = 0; r < scale.reports; r += 1) {
      const month = addMonths(firstReport, r);
      const report = { slug: `${councilName(c).toLowerCase().replace(/ /g, '-')}-${monthPeriod(month)}`, authority: councilCode(c), councilName: councilName(c), month };
      reports.push(report);
      write(join(folder, `content/reports/${report.slug}/index.mdx`), reportMdx(report, indicators));
    }
  }
  write(join(folder, 'data/populations.csv'), csvFormat(populations));
  if (reports.length !== reportCount(scale) || reports.length * indicators.length !== chartCount(scale)) {
    throw new Error('writeSyntheticSite: the site does not hold the content its scale promises');
  }
  return { folder, scale, indicators, reports, firstMonth, months, observationRows };
}
