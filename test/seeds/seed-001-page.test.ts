import { beforeAll, describe, expect, it } from 'vitest';
import type { BuiltSite } from '../support/build-site.ts';
import { buildOneReport } from '../support/build-one-report.ts';
import { decode } from '../support/page-text.ts';
import { walkChecks } from './walk/walk-checks.ts';

/**
 * The Devon Children's Scrutiny Committee performance pack of October 2021 (seed 001, report CS2116,
 * meeting 9 November 2021) as its report page shows it: built with the real `astro build` from the
 * repository's theme, this report alone and the whole of data/, then read back as HTML. Figures and words
 * are the paper's, typed here from test/seeds/papers/001.txt (a copy of /work/shared/seeds/001_2a225d9833ec1641.txt).
 */

const SLUG = 'devon-2021-11-09';
const SCENARIO = 'test/.tmp/seeds/001';

function paragraph(html: string, label: string): string {
  const id = `para-${label.replace('.', '-')}`;
  const found = new RegExp(`<p id="${id}" class="numbered">([\\s\\S]*?)</p>`).exec(html);
  if (found === null) throw new Error(`no paragraph ${label}`);
  return decode(found[1] ?? '');
}

/** Each row of the table with this caption, as the cells a reader sees (headers and data alike). */
function rows(html: string, caption: string): string[][] {
  const table = [...html.matchAll(/<table[^>]*>([\s\S]*?)<\/table>/g)].map((m) => m[1] ?? '').find((t) => t.startsWith(`<caption>${caption}</caption>`));
  if (table === undefined) throw new Error(`no table captioned "${caption}"`);
  return [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) => [...(row[1] ?? '').matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => decode(c[1] ?? '')));
}

/** The text of each block the page marks "Added to the web version", as a reader sees it, between this anchor and the next numbered paragraph or heading. */
function addedAfter(html: string, anchor: string): string[] {
  const from = html.indexOf(anchor);
  if (from === -1) throw new Error(`no ${anchor} on the page`);
  const next = html.slice(from + anchor.length).search(/<h2|id="para-\d/);
  const part = html.slice(from, next === -1 ? undefined : from + anchor.length + next);
  return [...part.matchAll(/<(div|aside) class="(?:lost-chart )?added[^"]*"[^>]*><p class="added-label">Added to the web version<\/p>([\s\S]*?)<\/\1>/g)].map((m) => decode(m[2] ?? ''));
}

/** The eleven numbers the paper prints in its "Children on Plan - 18 Month Trend" cell, in its order, without their months. */
const TREND = ['650', '643', '654', '614', '603', '618', '605', '617', '629', '578', '574'];

describe('seed 001: the Devon October 2021 performance pack as a report page', () => {
  let site: BuiltSite;
  let html: string;

  beforeAll(() => {
    site = buildOneReport(SLUG, SCENARIO);
    html = site.file(`reports/${SLUG}/index.html`);
  }, 240_000);

  walkChecks('001', () => html);

  it('makes each page of the paper a numbered section, and each definition and bullet a numbered paragraph', () => {
    const sections = ['Referrals', 'Assessments', 'Children in Need', 'Child Protection', 'Children in Care', 'Care Experienced Young People', 'Caseloads', 'Recruitment', 'Practice Week', 'Audit themes'];
    sections.forEach((title, i) => expect(html).toMatch(new RegExp(`<h2[^>]*><span class="section-number">${i + 1}\\.</span> ${title}</h2>`)));
    const counts: Record<number, number> = { 1: 9, 2: 7, 3: 7, 4: 6, 5: 6, 6: 7, 7: 1, 8: 0, 9: 10, 10: 19 };
    for (const [section, count] of Object.entries(counts)) {
      for (let p = 1; p <= count; p += 1) expect(html, `paragraph ${section}.${p}`).toContain(`href="#para-${section}-${p}" aria-label="Paragraph ${section}.${p}"`);
      expect(html).not.toContain(`id="para-${section}-${count + 1}"`);
    }
    expect(paragraph(html, '1.1')).toMatch(/^1\.1 Definition: The majority of referrals relate to a professional contact to the MASH/);
    expect(paragraph(html, '9.5')).toContain('in some examples up to three weeks');
    expect(paragraph(html, '10.14')).toBe('10.14 Support from Leeds for managers on quality of supervision and practice oversight (starts Nov)');
    // The five quick wins keep the paper's own numbers, 1 to 5, as a list.
    expect(html).toMatch(/<ol>\s*<li>Rename ‘Single Assessment’/);
  });

  it("states the paper's figures in its words", () => {
    expect(paragraph(html, '1.3')).toMatch(/^1\.3 GOOD LAs: have a re-referral rate of 19% Added to the web version: Devon’s own re-referral rate was in the chart above and is not available/);
    expect(html).toMatch(/GOOD LAs: have a re-referral rate of <span class="value"[^>]*>19%<\/span> <span class="added/);
    expect(paragraph(html, '3.5')).toMatch(/^3\.5 18% of children currently with a CIN plan \(124 children\) are open to the Disabled Children’s Service/);
    expect(paragraph(html, '3.6')).toMatch(/^3\.6 12% of the children with a current CIN plan are subject to supervision orders/);
    expect(paragraph(html, '3.7')).toMatch(/^3\.7 30 children have had a CIN plan for over 2 years and 66 children have had a CIN plan for between 1 & 2 years/);
    expect(paragraph(html, '4.3')).toMatch(/^4\.3 85% of children subject to an Initial Child Protection Conference/);
    expect(paragraph(html, '4.4')).toBe('4.4 50% of children are subject to a CPP for concerns about neglect, 35% for emotional abuse, 12% for physical abuse and 3% for sexual abuse.');
    expect(paragraph(html, '4.5')).toContain('22% of children subject to a CPP had been on a CPP before, slightly above good LAs (18%)');
    expect(paragraph(html, '4.6')).toMatch(/^4\.6 Only 2% of child protection plans/);
    expect(paragraph(html, '5.4')).toContain('34 children in long term care currently have a plan for reunification');
    expect(paragraph(html, '6.3')).toMatch(/^6\.3 80% of eligible young people have an up to date Pathway Plan/);
  });

  it("adds no full stop the paper's bullets lack, and keeps the semicolons after its list headings", () => {
    expect(paragraph(html, '3.6')).toBe('3.6 12% of the children with a current CIN plan are subject to supervision orders');
    expect(paragraph(html, '5.4')).toMatch(/34 children in long term care currently have a plan for reunification$/);
    expect(paragraph(html, '6.3')).toBe('6.3 80% of eligible young people have an up to date Pathway Plan');
    expect(paragraph(html, '9.1')).toBe('9.1 Devon’s second Practice Week took place 4-8th October');
    expect(decode(html)).not.toMatch(/Data last updated: 20 October 2021\./);
    for (const heading of ['Five Quick Wins;', 'Key findings;', 'Actions in Improvement Plan to address practice learning;']) expect(html).toMatch(new RegExp(`<h3[^>]*>${heading}</h3>`));
  });

  it('adds no "(100%)" to 6.2: the paper says all eligible young people, and so does the page', () => {
    expect(paragraph(html, '6.2')).toBe('6.2 All eligible young people 16+ now have access to a Personal Adviser');
    expect(html.slice(html.indexOf('<header class="report-header"'), html.indexOf('<section class="version-history"'))).not.toContain('100%');
  });

  it("shows the children in need table as the paper prints it, with the 18-month series in its order and what the paper says of its span", () => {
    const table = rows(html, 'Children in Need');
    expect(table[0]).toEqual(['Type of Plan', 'Children on Plan (Current Month)', 'Children on Plan - 18 Month Trend', 'Cohort Trend (Last Year %)', 'Current Visit Timeliness', 'Locality \\ Timelin', 'Locality timeliness', 'Service Visit Timeliness', 'Service visit timeliness']);
    const plan = table[1] ?? [];
    expect(plan.slice(0, 5)).toEqual(['Child in Need Plan', '686', TREND.join(' '), '4.9%', '77%']);
    expect(plan.slice(6)).toEqual(['77%59%58%82%', 'DISABLED CHILDREN SERVICESOCIAL WORKERS IN SCHOOL', '67%74%']);
    expect(addedAfter(html, 'id="3-children-in-need"')[0]).toContain('The paper’s “18 Month Trend” was a small chart in its cell. The text of the paper keeps eleven of its numbers, in the order shown, without their months: they are shown as printed, and which of the 18 months to the end of October 2021 each is for cannot be told.');
  });

  it("shows the recruitment table in the paper's shape, the paper's figures as printed and a marked note on its totals", () => {
    const table = rows(html, 'Recruitment');
    expect(table[0]).toEqual(['', '% Of staff Employment Status (in Post)']);
    expect(table[1]).toEqual(['Role', 'Budgeted FTE Establishment', 'Unfilled Vacancies (Perm & Temp)', '% of Capacity Shortfall / Vacancies', 'Permanent', 'Agency']);
    expect(table.slice(2)).toEqual([
      ['Team Manager', '32.00', '2.50', '7.8%', '70.3%', '40.6%'],
      ['Assistant Team Manager', '14.00', '1.15', '8.2%', '84.6%', '35.7%'],
      ['Social Worker (Exp & ASYE)', '197.01', '36.05', '18.3%', '58.0%', '36.5%'],
      ['Family Practitioner', '67.81', '14.27', '21.0%', '91.6%', '4.4%'],
      ['Personal Adviser (Care Leavers)', '33.81', '5.39', '15.9%', '88.2%', '5.9%'],
      ['GRAND TOTALS', '348.63', '63.36', '18.2%', '69.0%', '27.2%'],
    ]);
    expect(addedAfter(html, 'id="8-recruitment"')).toHaveLength(1);
    expect(addedAfter(html, 'id="8-recruitment"')[0]).toContain('The shortfall percentages are worked out from the two columns before them, and match the paper’s. The five roles add up to less than the grand totals in both of the first two columns');
  });

  it('says where each lost chart was, as added to the web version', () => {
    // Referrals, Assessments, Child Protection, Children in Care, Care Experienced Young People, Caseloads: the
    // children in need page's chart was a cell of its table, whose numbers the table shows.
    expect(html.match(/<aside class="lost-chart added" aria-label="Chart not available"><p class="added-label">Added to the web version<\/p><p><strong>Chart not available \[x\]\.<\/strong>/g)).toHaveLength(6);
  });

  it('gives every table a caption and a scope on every header cell', () => {
    const tables = [...html.slice(0, html.indexOf('<section class="version-history"')).matchAll(/<table[^>]*>([\s\S]*?)<\/table>/g)].map((m) => m[1] ?? '');
    expect(tables).toHaveLength(2); // the paper's two
    for (const table of tables) {
      expect(table).toMatch(/^\s*<caption>[^<]+<\/caption>/);
      expect(table).not.toMatch(/<th(?=[\s>])(?![^>]*scope="(col|colgroup|row)")[^>]*>/);
    }
  });

  it("holds the paper's cover: the committee, the meeting date and report CS2116, and says what it adds", () => {
    expect(html).toMatch(/<dt>To<\/dt><dd>Children&#39;s Scrutiny Committee<\/dd><dt>Meeting date<\/dt><dd><time datetime="2021-11-09"[^>]*>9 November 2021<\/time><\/dd><dt>Reference<\/dt><dd>CS2116<\/dd>/);
    expect(addedAfter(html, 'id="report-recommendations"')).toEqual(['The paper states no recommendation.']);
    expect(decode(html)).toContain('Data last updated: 20 October 2021 ');
  });
});
