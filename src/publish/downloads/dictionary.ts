import type { DownloadColumn } from './download-row.ts';
import { tidyCsv } from './tidy-csv.ts';
import type { VersionColumn } from './version-rows.ts';

export interface DictionaryEntry {
  column: DownloadColumn | VersionColumn;
  meaning: string;
  type: string;
}

/** Every column of the tidy downloads (figures of a version, an indicator's history, the whole dataset). */
export const DICTIONARY: readonly DictionaryEntry[] = [
  { column: 'report_id', meaning: 'The report the figures were published in (report downloads only).', type: 'text' },
  { column: 'report_version', meaning: 'The version of that report: 1 when first published, then one more for each amendment (report downloads only).', type: 'whole number' },
  { column: 'published', meaning: 'The day that version was published, YYYY-MM-DD (report downloads only).', type: 'date' },
  { column: 'indicator_id', meaning: 'The indicator, as its key in the indicator catalogue (data/indicators.csv).', type: 'text' },
  { column: 'indicator_name', meaning: 'The indicator as tables and charts name it.', type: 'text' },
  { column: 'unit', meaning: 'What the value measures: count, percent, rate, ratio, days, weeks, months or currency.', type: 'text' },
  { column: 'rate_per', meaning: 'For a rate, per how many children aged 0 to 17 (e.g. 10000); [z] for other units.', type: 'whole number or symbol' },
  { column: 'area_code', meaning: 'The area: an ONS code (E10000003), X and 8 digits for a fictional council, or a council code and suffix for a group of councils a paper quotes (E10000003-SN).', type: 'code' },
  { column: 'area_name', meaning: 'The area as pages name it.', type: 'text' },
  { column: 'area_kind', meaning: 'local-authority, region, country, fictional (a council invented for demonstration) or group.', type: 'text' },
  { column: 'period', meaning: 'The period: 2020-10 a month, 2019/20 a financial year (April to March), 2013/14 Q2 a quarter, 2013/14 Q1-Q2 the quarters to date, 2020 a calendar year, 2020-03-31 a count at a date.', type: 'period' },
  { column: 'period_label', meaning: 'The period in words, as pages show it.', type: 'text' },
  { column: 'breakdown', meaning: 'The part of the whole a figure is for (a service, a source of referrals); Total for the whole.', type: 'text' },
  { column: 'value', meaning: 'The figure as pages show it, rounded half away from zero, without thousands separators or unit; a symbol such as [c] where no number is shown.', type: 'number or symbol' },
  { column: 'value_shown', meaning: 'The figure exactly as pages write it, with its unit and any symbol (86.0%, 29.2 per 10,000, [c]).', type: 'text' },
  { column: 'symbol', meaning: 'The GSS symbol on the figure: one that stands instead of a number ([c], [x], [z], [low]) or one that qualifies it ([p], [r], [e], [u], [b]); blank when there is none.', type: 'symbol' },
  { column: 'numerator', meaning: 'What was counted (for a rate, the count), as published; [c] where it would reveal a suppressed figure; [z] for a count, which is its own numerator; [x] where only the result was published.', type: 'number or symbol' },
  { column: 'denominator', meaning: 'What it is out of (for a rate, the population aged 0 to 17), with the same symbols as numerator.', type: 'number or symbol' },
  { column: 'method', meaning: 'How the value was worked out (1082 ÷ 2285 × 100, as published), or why it is not shown.', type: 'text' },
  { column: 'figure_key', meaning: "The figure's key in the site's figure model: the same figure on a page is marked with the same key (data-figure), and shows the same value.", type: 'text' },
];

export function dictionaryCsv(): string {
  return tidyCsv(
    DICTIONARY.map(({ column, meaning, type }) => ({ column, meaning, type })),
    ['column', 'meaning', 'type'],
  );
}

