import type { SyntheticIndicator } from './synthetic-indicators.ts';
import { addMonths, monthName, monthPeriod, type Month } from './months.ts';

export interface SyntheticReport {
  slug: string;
  authority: string;
  councilName: string;
  month: Month;
}

/** Committee papers show about two years of monthly figures in each chart. */
export const TREND_MONTHS = 24;

function meetingDate(month: Month): string {
  // Papers go to the committee in the second month after the data month.
  return `${monthPeriod(addMonths(month, 2))}-15`;
}

/**
 * A monthly performance report as an author would write it: for every indicator a summary card, a
 * sentence of figures and a trend chart, grouped into sections. No figure is typed in the MDX.
 */
export function reportMdx(report: SyntheticReport, indicators: readonly SyntheticIndicator[]): string {
  const from = monthPeriod(addMonths(report.month, 1 - TREND_MONTHS));
  const lines = [
    '---',
    `title: "Children's social care performance: ${monthName(report.month)}"`,
    "committee: Children's Services Scrutiny Committee",
    `meetingDate: ${meetingDate(report.month)}`,
    `authority: ${report.authority}`,
    `period: "${monthPeriod(report.month)}"`,
    `periodCovered: The 12 months to the end of ${monthName(report.month)}`,
    "from: Director of Children's Services (fictional)",
    'authors:',
    '  - name: A. N. Officer',
    '    post: Performance and Intelligence Manager (fictional)',
    `purpose: To give the committee the monthly overview of children's social care performance in ${report.councilName}, a fictional council made up for Tabled's benchmark.`,
    'recommendations:',
    '  - Note the performance information in this report.',
    'fictional: true',
    'status: published',
    '---',
    '',
    '## Background',
    '',
    `This report is about ${report.councilName}, which does not exist. Its figures run to the end of <Value indicator="${indicators[0]?.id ?? ''}" show="period" />.`,
    '',
  ];
  let section = '';
  for (const indicator of indicators) {
    if (indicator.section !== section) {
      section = indicator.section;
      lines.push(`## ${section}`, '');
    }
    lines.push(
      `<IndicatorSummary indicator="${indicator.id}" />`,
      '',
      `In <Value indicator="${indicator.id}" show="period" /> the figure was <Value indicator="${indicator.id}" />, against <Value indicator="${indicator.id}" show="previous" /> the month before.`,
      '',
      `<TrendChart indicator="${indicator.id}" from="${from}" />`,
      '',
    );
  }
  return lines.join('\n');
}
