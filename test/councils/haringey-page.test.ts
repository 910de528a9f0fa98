import { beforeAll, describe, expect, it } from 'vitest';
import { buildCouncilReport, summaryCard } from '../support/build-council-report.ts';
import { decode, tableCaptioned } from '../support/page-text.ts';

/**
 * Haringey's Corporate Parenting Advisory Committee of 6 February 2017, as its report page shows it: a
 * council not among the seeds, set up with council:new and built from its data, content and
 * configuration alone. The figures here are typed from the committee's minutes, whose words each row of
 * data/observations/haringey-2017.csv quotes (https://www.minutes.haringey.gov.uk/ieIssueDetails.aspx?IId=55110&Opt=3
 * for November 2016; the minutes of 3 October 2016 and on the year to November 2015 for earlier months).
 */
const SLUG = 'haringey-2017-02-06';

describe('the Haringey report page (November 2016)', () => {
  let html: string;
  let text: string;

  beforeAll(() => {
    const site = buildCouncilReport({ slug: SLUG, council: 'london-borough-of-haringey.json', observations: ['haringey-2017.csv'], scenario: 'test/.tmp/councils/haringey' });
    html = site.file(`reports/${SLUG}/index.html`);
    text = decode(html);
  }, 240_000);

  it('shows the figures the minute prints, in its own words, marking what this site does not hold', () => {
    expect(text).toContain('438 children were in care on the last day of November 2016 […].');
    expect(text).toContain('At the end of November, 91% of looked after children had an up to date Care Plan.');
    expect(text).toContain('At the end of November, 84% of looked after children aged 16-17 had up to date Pathway Plans. Performance in this area improved slightly since the reported position in August 2016 (82%) and was closing the gap with the 90% target.');
    // Earlier months, each from its own minute.
    for (const figure of ['49%', '96%']) expect(html).toContain(figure);
  });

  it('names the months the minutes do not give, in the chart\'s words and its table', () => {
    expect(text).toContain('3 months are not available ([x]): Jul 2016, Sep 2016 and Oct 2016.');
    const pathway = tableCaptioned(html, 'Children in care aged 16 and 17 with an up-to-date pathway plan, Haringey, Jun 2016 to Nov 2016');
    expect([...pathway.rows.entries()]).toEqual([
      ['Jun 2016', ['96%']],
      ['Jul 2016', ['[x]']],
      ['Aug 2016', ['82%']],
      ['Sep 2016', ['[x]']],
      ['Oct 2016', ['[x]']],
      ['Nov 2016', ['84%']],
      ['Target', ['90%']],
    ]);
    expect(text).toMatch(/15 months are not available \(\[x\]\): Jun 2015, .* Sep 2016 and Oct 2016\./);
  });

  it('compares November 2016 with November 2015, saying so', () => {
    expect(text).toContain('There were 438 children in care at the end of November 2016: up 4 compared with 30 November 2015.');
    const plans = decode(summaryCard(html, 'cla-care-plan-up-to-date', 'month:2016-11'));
    expect(plans).toContain('▲ Up by 7 percentage points compared with Nov 2015 (84%): better');
    const table = tableCaptioned(html, 'Children in care with an up-to-date care plan, November 2015 and November 2016');
    expect(table.rows.get('Children in care with an up-to-date care plan')).toEqual(['[x]', '[x]', '84%', '[x]', '[x]', '91%', '▲ up, better, compared with Nov 2015']);
  });

  it('rates 84% against the 90% target the minute states, red: Haringey gives no tolerance, and the page says how it rates', () => {
    const pathway = decode(summaryCard(html, 'cla-16-17-pathway-plan-up-to-date', 'month:2016-11'));
    expect(pathway).toContain('90% – ✖ Off target (red) (no tolerance: short of the target is red)');
    expect(pathway).toContain('Same period last year (Nov 2015)Not known: no figure for Nov 2015');
    expect(text).toContain('Green at or better than the target; amber short of it but within the tolerance the target gives; red beyond that, or short of a target that gives no tolerance.');
  });
});
