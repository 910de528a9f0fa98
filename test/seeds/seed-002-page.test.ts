import { beforeAll, describe, expect, it } from 'vitest';
import type { BuiltSite } from '../support/build-site.ts';
import { buildOneReport } from '../support/build-one-report.ts';
import { decode } from '../support/page-text.ts';
import { disagreements, pageMarks } from '../../src/disclosure/consistency.ts';
import { walkChecks } from './walk/walk-checks.ts';

/**
 * The Barnsley Safeguarding Private Member Briefing paper of 13 September 2022 (seed 002, July 2022
 * data) as its report page shows it: built with the real `astro build` from the repository's theme,
 * this report alone and the whole of data/, then read back as HTML. Figures and words are the paper's,
 * typed here from test/seeds/papers/002.txt (a copy of /work/shared/seeds/002_6fb368149572837e.txt).
 */

const SLUG = 'barnsley-2022-09-13';
const SCENARIO = 'test/.tmp/seeds/002';

function paragraph(html: string, label: string): string {
  const id = `para-${label.replace('.', '-')}`;
  const found = new RegExp(`<p id="${id}" class="numbered">([\\s\\S]*?)</p>`).exec(html);
  if (found === null) throw new Error(`no paragraph ${label}`);
  return decode(found[1] ?? '');
}

/** The summary card whose title is `title`, as text. */
function card(html: string, title: string): string {
  const at = html.indexOf(`>${title}</a></h4>`);
  if (at < 0) throw new Error(`no summary card "${title}"`);
  const end = html.indexOf('</dl>', at);
  return decode(html.slice(at + 1, end));
}

describe('seed 002: the Barnsley July 2022 briefing as a report page', () => {
  let site: BuiltSite;
  let html: string;

  beforeAll(() => {
    site = buildOneReport(SLUG, SCENARIO);
    // The report's own address shows its latest version, the one that follows the paper's words.
    html = site.file(`reports/${SLUG}/index.html`);
  }, 240_000);

  walkChecks('002', () => html);

  it('version 2 gives the 2020/21 benchmarks derived from DfE\'s files, with the paper\'s figure beside any that differ', () => {
    const latest = decode(site.file(`reports/${SLUG}/index.html`));
    expect(latest).toContain('statistical neighbours’ average rate of 114.0 per 10,000 (the paper gave 112 per 10,000)');
    expect(latest).toContain('above the national average of 69 per 10,000 (the paper gave 67.0 per 10,000) for 2020/21');
    expect(latest).toContain('Version 1');
  });

  it('shows each comparator with one value, in the text and in the summary card alike: DfE’s, with the paper’s beside it where it differs', () => {
    const latest = site.file(`reports/${SLUG}/index.html`);
    expect(paragraph(latest, '2.21')).toContain('2020/21 statistical neighbour (8.6% (the paper gave 8.3%)) and national (9%) averages');
    const placements = card(latest, 'Children in care with 3 or more placements');
    expect(placements).toContain('England9% (2020/21)');
    expect(placements).toContain('Statistical neighbours8.6% (2020/21) (the paper gave 8.3%)');
    expect(card(latest, 'Care leavers in education, employment or training')).toContain('Statistical neighbours50.6% (2020/21) (the paper gave 50.1%)');
    expect(paragraph(latest, '2.35')).toContain('50.6% (the paper gave 50.1%)');
    // One figure, one key: no place shows the paper's typed neighbours' row beside the derived figure.
    const marks = pageMarks(latest, 'page');
    expect(disagreements(marks)).toEqual([]);
    const keys = new Set(marks.map((m) => m.key));
    expect([...keys].filter((key) => /^placements-3-or-more\|E08000016-SN\|financial-year:2020\/21\|\|value$/.test(key))).toEqual([]);
  });

  it('numbers the sections 1 to 5 as the paper does, and the paragraphs within them 1.1 to 3.1', () => {
    for (const [n, title] of [[1, 'Background'], [2, 'Summary'], [3, 'Recommendations'], [4, 'Attachments/background papers'], [5, 'Possible Areas for investigation']] as const) {
      expect(html).toMatch(new RegExp(`<h2[^>]*><span class="section-number">${n}\\.</span> ${title.replace('/', '\\/')}</h2>`));
    }
    const counts: Record<number, number> = { 1: 3, 2: 38, 3: 1, 4: 0, 5: 0 };
    for (const [section, count] of Object.entries(counts)) {
      for (let p = 1; p <= count; p += 1) expect(html, `paragraph ${section}.${p}`).toContain(`href="#para-${section}-${p}" aria-label="Paragraph ${section}.${p}"`);
      expect(html).not.toContain(`id="para-${section}-${count + 1}"`);
    }
    expect(paragraph(html, '2.1')).toBe('2.1 Below is a summary of key performance issues highlighted in the July 2022 report:');
    expect(paragraph(html, '2.15')).toMatch(/^2\.15 7 CYP became the subject of a child protection \(CP\) plan/);
    expect(paragraph(html, '3.1')).toMatch(/^3\.1 The Committee is asked to review the attached report in a private session/);
  });

  it('shows the contacts, referrals and assessments of July against June, the averages, targets and benchmarks', () => {
    expect(paragraph(html, '2.2')).toContain('109 [p] EHAs had been completed in July and 67 [p] interventions closed, with 3,478 [p] active cases at the end of July');
    expect(paragraph(html, '2.3')).toContain('reduced from an annual high of 579 in June to 379 in July, but still above the 12 month average of 322 per month');
    expect(paragraph(html, '2.3')).toContain('reduced from 658 in June to 542 in July');
    expect(paragraph(html, '2.4')).toContain('from 322 in June to 247 in July, but remains above the rolling 12 month average of 220 referrals per month');
    expect(paragraph(html, '2.4')).toContain('the year to date performance of 19.3% remains slightly above target (18.5%), but below the 2020/21 statistical neighbour and national averages of 24.4% and 22.7% respectively');
    expect(paragraph(html, '2.5')).toContain('below the figure of 330 reported in July 2021');
    // The paper gives the unit once and the benchmarks bare, and so does the page.
    expect(paragraph(html, '2.5')).toContain('at 602.3 per 10,000 u18s, remains well below the 2020/21 statistical neighbour benchmark (891.4) but above the national benchmark (517.6).');
    expect(paragraph(html, '2.6')).toContain('from 98.7% in June to 98.3% in July. YTD performance of 98.8% remains well above our 2020/21 statistical neighbour average (84.6%) and the national average (87.6%), including our own target of 95%');
    expect(paragraph(html, '2.8')).toContain('The YTD percentage of 34.3% remains higher than the target of 30%, but is still slightly lower than the 21/22 outturn of 34.6%');
    expect(paragraph(html, '2.9')).toContain('the year to date figure of 217.9 is slightly below our outturn for 2021/22 of 219.6. This is higher than the 2020/21 national benchmark (164.4) but below our Stat Neighbours’ average (259.4).');
  });

  it('shows child protection, care proceedings and children in care figures as the paper states them', () => {
    expect(paragraph(html, '2.12')).toContain('increased from 261 at the end June to 269 at the end of July');
    expect(paragraph(html, '2.13')).toBe('2.13 Barnsley rate of CPP is 52.1 per 10,000 compared to national rate of 41.4 per 10,000 and the statistical neighbour rate of 67.4 per 10,000.');
    // 7 plans of 2 years or more ended, and the 7.6% made from them, would give the ■ of 2.16 away (10 less 7): both
    // are [c], each saying whose rule withheld it.
    expect(paragraph(html, '2.17')).toBe(
      "2.17 There were [c] (withheld under this site's disclosure rules: it would give away a withheld figure) CP plans lasting two years or more that ceased in July. Year to date performance for this measure is at [c] (withheld under this site's disclosure rules: worked out from a withheld figure) and is above the 3.0% target and national (2.9%) statistical neighbour (3.7%) benchmarks.",
    );
    expect(paragraph(html, '2.19')).toContain('There were 8 new cases in July, whilst 6 cases concluded. The average length of open proceedings cases increased from 34.5 weeks in June to 36.2 weeks in July');
    expect(paragraph(html, '2.20')).toContain('an increase from 361 in June to 367 at the end of July');
    expect(paragraph(html, '2.21')).toContain('reduced from 11.1% in June to 9.9% in July. Performance remains above the 9.5% target');
    expect(paragraph(html, '2.30')).toContain('More than a fifth (21.8%) of secondary aged LAC received fixed term exclusions');
    expect(paragraph(html, '2.32')).toContain('against the target of 121 days between a placement order and a child being matched, timescales increased slightly from 100.3 days in June to 101.7 days in July');
    expect(paragraph(html, '2.37')).toContain("The July figure is notably lower than the same period last year by a count of 317. In terms of rates of Children in Need per 10,000 when comparing against 2020/21 benchmarks, Barnsley’s rate for July (334.7) remains lower than Stat Neighbours (440.5), but above the national average (321.2).");
    expect(paragraph(html, '2.37')).not.toContain('2,045');
  });

  it('keeps every number the paper replaced with ■ suppressed, as [c] with its meaning', () => {
    expect(paragraph(html, '2.15')).toContain('increasing from [c] (withheld by Barnsley in the figures it published) in June, and this is above the average for the last 12 months ([c] (withheld by Barnsley in the figures it published)).');
    expect(paragraph(html, '2.16')).toContain('reduced from 10 to [c] (withheld by Barnsley in the figures it published) at the end of July');
    // The paper's three ■, and five figures it printed that gave one of them away: 1.1% of 269, the 7 plans
    // ended (10 less 7), the 45 in 12 months (twelve times the ■ average), and the year-to-date 7.6% and 16.1%.
    expect(html.match(/<abbr title="confidential: suppressed to protect individuals">\[c\]<\/abbr>/g)).toHaveLength(8);
    expect(paragraph(html, '2.16')).toContain("The current rate of [c] (withheld under this site's disclosure rules: worked out from a withheld figure) is now below national (2.0%)");
    expect(paragraph(html, '2.15')).toContain("Year to date performance at the end of July ([c] (withheld under this site's disclosure rules: worked out from a withheld figure)) is now within our internal target range");
    expect(paragraph(html, '2.15')).toContain("Throughout the last 12 months, [c] (withheld under this site's disclosure rules: worked out from a withheld figure) children");
    expect(html).toContain('<dd>confidential: a small number about children, where the paper printed ■, or a figure withheld on this page because it would give one away</dd>');
    // The ■ at the end of July can be worked out (10 at the end of June less 7 plans of 2 years ended in
    // July; 1.1% of 269): the page must not print that 3 anywhere, though the paper's own text invites it.
    expect(paragraph(html, '2.16')).not.toMatch(/\b3\b/);
    expect(decode(html)).not.toMatch(/more than two years[^.]*\b3\b/);
    // ■ stays out of the text: the introduction names it once, as the paper's mark, and the red "off
    // target" shape of a summary card is a different one (✖) so the two cannot be confused.
    expect(decode(html)).toContain('(it printed ■), this page shows [c]');
    expect(decode(html)).toContain('confidential: a small number about children, where the paper printed ■, or a figure withheld');
    expect(decode(html).replace('(it printed ■)', '').replace('where the paper printed ■,', '')).not.toContain('■');
  });

  it('rates each figure the paper compares with a target, in words, and gives the direction of travel since June', () => {
    expect(card(html, 'Re-referrals within 12 months, year to date')).toContain('18.5% – ✖ Off target (red)');
    expect(card(html, 'Assessments completed within 45 working days, year to date')).toContain('95% – ● On target (green)');
    expect(card(html, 'Second or subsequent child protection plans, year to date')).toContain('18% – Not rated: the figure is withheld');
    const placements = card(html, 'Children in care with 3 or more placements');
    expect(placements).toContain('▼ Down by 1.2 percentage points compared with Jun 2022 (11.1%): better');
    expect(placements).toContain('9.5% – ✖ Off target (red)');
    expect(card(html, 'Dental checks on time')).toContain('▼ Down by 1.9 percentage points compared with Jun 2022 (79.5%): worse');
    expect(card(html, 'Days from placement order to match')).toContain('121 days – ● On target (green)');
    expect(html.match(/<h4[^>]*>/g)).toHaveLength(15);
  });

  it("keeps the paper's own differences: the CIN cases reduced by 69, caseloads up 0.5 and down approximately 2.5 cases per worker", () => {
    expect(paragraph(html, '2.37')).toMatch(/^2\.37 The number of open CIN cases has reduced by 69: from 1,797 in June to 1,728 in July\./);
    expect(paragraph(html, '2.38')).toContain('Caseloads in the Disabled Children’s Teams increased by 0.5 cases per worker from 27.1 in June to 27.6 at the end of July.');
    expect(paragraph(html, '2.38')).toContain('reduced by approximately 2.5 cases per worker on average from 28.3 to 25.8 cases.');
  });

  it("adds no full stop the paper lacks: 2.25 ends at the dental checks target, as the paper's sentence does", () => {
    expect(paragraph(html, '2.25')).toMatch(/and well below the target of 94%$/);
  });

  it("gives the contacts progressing to referral as the paper prints them, 64.7% and 56.1%", () => {
    expect(paragraph(html, '2.3')).toContain('the proportion of contacts progressing to referral has increased: 64.7% in July, up from 56.1% in June, the remains slightly below the 12 month average of 68.1%.');
  });

  it("shows DfE's 2020/21 comparators with the paper's figure beside each that differs, and version 1 as the paper was tabled", () => {
    expect(paragraph(html, '2.20')).toContain("Barnsley’s latest rate of LAC of 71.1 per 10,000 remains well below our statistical neighbours’ average rate of 114.0 per 10,000 (the paper gave 112 per 10,000), but above the national average of 69 per 10,000 (the paper gave 67.0 per 10,000) for 2020/21");
    expect(html).toMatch(/<span class="paper-gave">\s*\(the paper gave 112 per 10,000\)<\/span>/);
    expect(site.exists(`reports/${SLUG}/v1/index.html`)).toBe(true);
  });

  it('shows the paper\'s front matter: meeting, date, author and recommendation', () => {
    expect(html).toContain('<dl class="facts cover"><dt>To</dt><dd>Safeguarding Private Member Briefing</dd><dt>Meeting date</dt><dd><time datetime="2022-09-13">13 September 2022</time></dd></dl>');
    expect(html).toContain('<h1>Children&#39;s Social Care Monthly Report – July 2022</h1>');
    expect(decode(html)).toContain('Ian Standeven, Business Improvement Technical Officer');
    expect(decode(html)).toContain('agreed for formal detailed discussion at a future meeting of the Overview and Scrutiny Committee');
    expect(decode(html)).toContain('What can elected members do to support the work of Children’s Social Care?');
  });
});
