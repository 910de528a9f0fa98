import { describe, expect, it } from 'vitest';
import { reportsByCouncil, type ListedReport } from '../../src/publish/search/reports-by-council.ts';

const report = (council: string, meetingDate: string, title = `${council} ${meetingDate}`): ListedReport => ({ title, href: `/reports/${title}/`, council, committee: 'K', meetingDate });

describe('reportsByCouncil', () => {
  it('groups reports by council from A to Z, then by meeting year newest first, newest meeting first within a year', () => {
    const grouped = reportsByCouncil([
      report('Devon', '2021-11-09'),
      report('Cambridgeshire', '2009-07-07'),
      report('Cambridgeshire', '2020-12-01'),
      report('Cambridgeshire', '2020-03-10'),
      report('Barnsley', '2022-09-13'),
    ]);
    expect(grouped.map((c) => [c.council, c.years.map((y) => [y.year, y.reports.map((r) => r.meetingDate)])])).toEqual([
      ['Barnsley', [['2022', ['2022-09-13']]]],
      ['Cambridgeshire', [['2020', ['2020-12-01', '2020-03-10']], ['2009', ['2009-07-07']]]],
      ['Devon', [['2021', ['2021-11-09']]]],
    ]);
  });

  it('lists nothing when there are no reports', () => {
    expect(reportsByCouncil([])).toEqual([]);
  });
});
