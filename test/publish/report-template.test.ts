import { describe, expect, it } from 'vitest';
import { reportSlug, reportTemplate } from '../../src/publish/report-template.ts';

describe('reportSlug', () => {
  it('makes a folder name from the council and the meeting date', () => {
    expect(reportSlug('Barnsley', '2022-09-13')).toBe('barnsley-2022-09-13');
    expect(reportSlug('Stockton-on-Tees', '2013-11-27')).toBe('stockton-on-tees-2013-11-27');
    expect(reportSlug("Bath & North East Somerset", '2024-01-15')).toBe('bath-and-north-east-somerset-2024-01-15');
  });
});

describe('reportTemplate', () => {
  const mdx = reportTemplate({
    title: "Children's Social Care Monthly Report – July 2022",
    committee: 'Safeguarding Private Member Briefing',
    meetingDate: '2022-09-13',
    authority: 'E08000016',
    authorityName: 'Barnsley',
    period: '2022-07',
  });

  it('starts as a draft with the committee, meeting date, council and period filled in', () => {
    expect(mdx).toMatch(/^---\ntitle: "Children's Social Care Monthly Report – July 2022"\ncommittee: "Safeguarding Private Member Briefing"\nmeetingDate: 2022-09-13\nauthority: E08000016\nperiod: "2022-07"\n/);
    expect(mdx).toContain('\nstatus: draft\n---\n');
  });

  it('has the sections of a committee paper', () => {
    const headings = [...mdx.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
    expect(headings).toEqual(['Background', 'Main issues', 'Performance', 'Implications', 'Source documents']);
  });
});
