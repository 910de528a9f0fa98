import { beforeAll, describe, expect, it } from 'vitest';
import type { BuiltSite } from '../support/build-site.ts';
import { buildOneReport } from '../support/build-one-report.ts';
import { decode } from '../support/page-text.ts';
import { walkChecks } from './walk/walk-checks.ts';

/**
 * The Stockton-on-Tees Cabinet paper of 27 November 2013 (seed 004) as its report page shows it: built
 * with the real `astro build` from the repository's theme, this report alone and the whole of data/, then
 * read back as HTML. Figures and words are the paper's, typed here from test/seeds/papers/004.txt (a copy of
 * /work/shared/seeds/004_3a67b236f8677968.txt).
 */

const SLUG = 'stockton-on-tees-2013-11-27';
const SCENARIO = 'test/.tmp/seeds/004';

/** Each row of a table on the page, as the cells a reader sees, in order; the table found by what it opens with. */
function rows(html: string, opening: RegExp): string[][] {
  const table = [...html.matchAll(/<table[^>]*>([\s\S]*?)<\/table>/g)].map((m) => m[0]).find((t) => opening.test(t));
  if (table === undefined) throw new Error(`no table matching ${opening}`);
  return [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) => [...(row[1] ?? '').matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => decode(c[1] ?? '')));
}

/** The row of a table that starts with this heading. */
function row(table: string[][], heading: string): string[] {
  const found = table.find((cells) => cells[0] === heading);
  if (found === undefined) throw new Error(`no row "${heading}"`);
  return found;
}

function paragraph(html: string, n: number): string {
  const found = new RegExp(`<p id="para-${n}" class="numbered">([\\s\\S]*?)</p>`).exec(html);
  if (found === null) throw new Error(`no paragraph ${n}`);
  return decode(found[1] ?? '');
}

const INPUTS = /^<table><caption>Inputs<\/caption>/;
const PROCESSES = /^<table><caption>Processes<\/caption>/;
const OUTPUTS = /^<table><caption>Outputs<\/caption>/;
const TABLE_1 = /^<table id="table-1"/;

/** The report's own text and tables: not the site's notices, its statement of rules, or the list of versions (which names earlier versions' figures). */
function body(html: string): string {
  const start = html.indexOf('<header class="report-header"');
  return html.slice(start, html.indexOf('<section class="report-policies"', start));
}

describe('seed 004: the Stockton-on-Tees November 2013 paper as a report page', () => {
  let site: BuiltSite;
  let html: string;

  beforeAll(() => {
    // With Stockton-on-Tees's own file, as the site builds it: its disclosure policy is to print small
    // counts, as the paper did. The same build as `npm run seeds:notes` walks for the note.
    site = buildOneReport(SLUG, SCENARIO);
    html = site.file(`reports/${SLUG}/index.html`);
  }, 240_000);

  walkChecks('004', () => html);

  it('numbers the paragraphs 1 to 28 straight through the sections, as the paper does', () => {
    for (let n = 1; n <= 28; n += 1) {
      expect(html, `paragraph ${n}`).toContain(`<a class="para-number" href="#para-${n}" aria-label="Paragraph ${n}">${n}</a>`);
    }
    expect(html).not.toContain('id="para-29"');
    expect(html).not.toContain('class="section-number"');
    expect(paragraph(html, 9)).toMatch(/^9 Due to continuing concerns about inappropriate referrals/);
    expect(paragraph(html, 21)).toMatch(/^21 There are three risks/);
    expect(paragraph(html, 28)).toBe('28 No consultation has taken place in relation to this issue at this stage.');
  });

  it('gives the budgets, projected outturns and overspends of paragraphs 15 to 17 as the paper writes them', () => {
    expect(paragraph(html, 15)).toContain('set at £3.646m for 2013/14. The current projected outturn at year end is £4.681m ie an overspend of £1.035m.');
    // The paper's £1.24m (£5.110m less £3.868m is £1.242m) is the paper's rounding, not a difference: shown as printed.
    expect(paragraph(html, 16)).toContain('set at £3.868m for 2013/14. The current projected outturn at year end is £5.110m ie an overspend of £1.24m.');
    expect(paragraph(html, 17)).toContain('set at £3.136m for 2013/14. The current projected outturn at year end is £3.710m ie an overspend of £574k.');
    expect(body(html)).not.toContain('£1.242m');
    expect(body(html)).not.toContain('£1,242,000');
  });

  it("marks the paper's 5.5% in place: 46 of 856 is 5.4%, with the paper's figure beside it and why", () => {
    const caf = row(rows(html, INPUTS), 'Number /proportion of Closed & Logged Contacts with an active CAF *');
    expect(caf.slice(1, 9)).toEqual(['181', '5.0%', '46', '5.4% (the paper gave 5.5%: 46 of the 856 contacts closed and logged is 5.4%; see the note to version 2)', '↑', '64', '6.4%', '↑']);
    expect(html).toMatch(/<span class="value corrected"[^>]*>5\.4%<\/span><span class="paper-diff"> \(the paper gave <span class="paper-printed">5\.5%<\/span>: [^)]*<a href="#version-2">see the note to version 2<\/a>\)<\/span>/);
  });

  it("shows the paper's 13% for adoption, April to September, at the places the paper prints, not a recomputed 13.4%", () => {
    const outputs = rows(html, OUTPUTS);
    expect(row(outputs, 'Permanency when care has ceased - numbers / proportion:').slice(1, 10)).toEqual(['Adoption', '16', '12.4%', '5', '11.9%', '', '11', '13%', '']);
    expect(row(outputs, 'Residence Order').slice(1, 8)).toEqual(['28', '21.7%', '5', '11.9%', '', '14', '17.1%']);
    expect(body(html)).not.toContain('13.4%');
  });

  it('adds no referral denominators the paper did not print: the NFA row has only its numbers, percentages and arrows', () => {
    expect(row(rows(html, INPUTS), 'Number /proportion of Referrals which were NFAs *').slice(1)).toEqual(['805', '25.1%', '154', '19.6%', '↑', '53', '8.2%', '↑', 'QEC - Referral Workflow']);
    expect(body(html)).not.toContain('3,208');
    // 786 and 643 are on the page only where the paper prints them: the re-referral denominators.
    expect(row(rows(html, OUTPUTS), 'Re-referral rates *').slice(1, 10)).toEqual(['Numerator', '676', '21.3%', '157', '20.0%', '', '180', '28.0%', '↓']);
    expect(rows(html, OUTPUTS).find((cells) => cells[0] === 'Denominator' && cells[1] === '3,178')?.slice(0, 7)).toEqual(['Denominator', '3,178', '', '786', '', '', '643']);
    expect(body(html).match(/>786</g)).toHaveLength(1);
  });

  it("keeps Appendix 2's tables in the paper's shape: its rows, its column groups, its arrows and its sources", () => {
    const processes = rows(html, PROCESSES);
    expect(processes[0]).toEqual(['Activity / Performance Measures', '', '2012/13 Whole Year', '2013/14 Q1 (Apr- Jun)', 'Q2 (Apr - Sep)', 'Source']);
    expect(row(processes, 'Number and timeliness of initial assessments (10 working days)').slice(1)).toEqual(['Numerator', '1,082', '47.4%', '267', '41.8%', '↑', '567', '44.0%', '↑', 'Census - Annual Figure / QEC']);
    expect(row(processes, 'Timeliness of Child Protection Reviews (Rolling Year)').slice(1, 10)).toEqual(['Numerator', '268', '97.8%', '273', '96.8%', '↓', '251', '96.9%', '↔']);
    expect(row(processes, 'Children & Family Court Advisory and Support Services (Cafcass) care applications per 10,000 child population').slice(1, 4)).toEqual(['', '24.8', '[z]']);
    const outputs = rows(html, OUTPUTS);
    expect(row(outputs, 'Number of CIN (excluding CP & LAC) at end of period').slice(1, 10)).toEqual(['', '1,573', '[z]', '1,605', '[z]', '↓', '1,504', '[z]', '↑']);
    expect(row(outputs, 'Care leavers in suitable accommodation (16 - 21 Year Olds)').slice(1, 10)).toEqual(['Numerator', '[x]', '', '32', '94.1%', '', '65', '97.0%', '↑']);
    const inputs = rows(html, INPUTS);
    expect(row(inputs, 'Number of contacts made to children’s social care *').slice(1)).toEqual(['6,859', '[z]', '1,642', '[z]', '↑', '1,642', '[z]', '↔', 'QEC - Referral Workflow']);
    expect(row(inputs, 'Number of total contacts from the various agencies and the number of these that do not meet the threshold for Social Care Intervention *').slice(1)).toEqual(['See Table 1', 'Table 1 from SLCSB Q2 dataset - IN3 Analysis']);
    // The key says what each symbol stands for in the paper: \ (not applicable), N/A or a blank (not available), its arrows.
    expect(html).toContain('<dt>[z]</dt><dd>not applicable: the paper prints \\</dd>');
    expect(html).toContain('<dt>[x]</dt><dd>not available: the paper prints N/A or leaves the cell blank</dd>');
    expect(html).toContain('<dt>↑ ↓ ↔</dt><dd>the paper&#39;s arrows: the direction of travel from the previous quarter, based on polarity of performance</dd>');
  });

  it("shows the small counts Stockton-on-Tees printed, with their percentages, as its disclosure policy says: 1.1% for 2 of 174", () => {
    const outputs = rows(html, OUTPUTS);
    expect(row(outputs, '2nd or subsequent CP Plans').slice(1, 10)).toEqual(['Numerator', '24', '6.0%', '2', '2.7%', '↑', '2', '1.1%', '↑']);
    expect(outputs.find((cells) => cells[0] === 'Denominator' && cells[1] === '402')?.slice(0, 7)).toEqual(['Denominator', '402', '', '75', '', '', '174']);
    expect(row(outputs, 'Stability of Children in Care placements : No. of Placements').slice(1, 10)).toEqual(['Numerator', '40', '11.0%', '2', '0.5%', '↑', '11', '2.9%', '↓']);
    expect(row(outputs, 'CP Plans 2 yrs+').slice(1, 10)).toEqual(['Numerator', '9', '2.9%', '0', '0%', '↑', '4', '2.1%', '↓']);
    const inputs = rows(html, INPUTS);
    expect(['CEC - Other', 'Health - Foundation Trust - Midwives', 'Health - Other', 'Housing'].map((agency) => row(inputs, agency).filter((c) => c !== ''))).toEqual([
      ['CEC - Other', '73', '2', '3'],
      ['Health - Foundation Trust - Midwives', '1', '2', '4'],
      ['Health - Other', '1', '0', '2'],
      ['Housing', '3', '3', '3'],
    ]);
    // Nothing in the paper's text or tables is withheld.
    expect(body(html)).not.toContain('withheld-note');
    expect(body(html).slice(body(html).indexOf('<table><caption>Inputs'))).not.toContain('[c]');
    expect(decode(html)).toContain('Stockton-on-Tees Borough Council publishes its counts as they are, small ones included (Stockton-on-Tees Cabinet paper, 27 November 2013, Appendix 2');
  });

  it("gives Table 1 on the page in the paper's shape: its referrers, its four stages and total, numbers and proportions, and its notes", () => {
    const table = rows(html, TABLE_1);
    expect(table[0]).toEqual(['Referred By', 'Case']);
    expect(table[1]).toEqual(['Contact (Closed & Logged as Enquiry)', 'No Further Action (NFA)', 'Proceeded to Initial Assessment', 'Yet to Proceed to Initial Assessment or be Closed Down as a NFA Referral', 'Total']);
    expect(row(table, 'CESC Others').slice(1)).toEqual(['10', '1.0%', '4', '7.5%', '6', '1.1%', '0', '0.0%', '20', '1.2%']);
    expect(row(table, 'Police').slice(1)).toEqual(['236', '23.6%', '8', '15.1%', '84', '15.9%', '13', '21.7%', '342', '20.8%']);
    expect(row(table, 'Total').slice(1)).toEqual(['999', '100.0%', '53', '100.0%', '529', '100.0%', '60', '100.0%', '1,642', '100.0%']);
    expect(table.filter((cells) => cells.length === 11)).toHaveLength(28);
    expect(decode(html)).toContain('Table 1 - Breakdown of cases and referrers (% of total at each stage)');
    expect(decode(html)).toContain('Cases started during 1st July 2013 to 30th September 2013');
    expect(decode(html)).toContain('Please note the total counts for the four sections above do not add up to 1,642 as one referral was closed during the period with inaccurate / missing data and therefore does not appear in the breakdown above');
  });

  it("keeps the covering sheet's section 4, Members' Interests, in the paper's words", () => {
    const text = decode(html);
    expect(html).toMatch(/<h[23][^>]*>4\. Members’ Interests<\/h[23]>/);
    expect(text).toContain('Members (including co-opted Members) should consider whether they have a personal interest in any item, as defined in paragraphs 9 and 11 of the Council’s code of conduct');
    expect(text).toContain('Disclosable Pecuniary Interests');
    expect(text).toContain('which requires a member to leave the meeting room whilst the meeting is discussing a matter in which that member has a disclosable pecuniary interest (paragraph 22 of the code).');
  });

  it("keeps the paper's capitals: its headings and the report's opening lines as the paper prints them", () => {
    for (const heading of ['CABINET ITEM COVERING SHEET PROFORMA', 'CHILDREN’S SOCIAL CARE ACTIVITY AND PERFORMANCE', 'Current Performance Management Arrangements', 'FINANCIAL IMPLICATIONS', 'LEGAL IMPLICATIONS', 'RISK ASSESSMENT', 'SUSTAINABLE COMMUNITY STRATEGY IMPLICATIONS', 'EQUALITIES IMPACT ASSESSMENT', 'CORPORATE PARENTING', 'CONSULTATION INCLUDING WARD/COUNCILLORS']) {
      expect(html).toMatch(new RegExp(`<h2 id="[^"]*">${heading}</h2>`));
    }
    expect(html).toMatch(/AGENDA ITEM<br\s*\/?>REPORT TO CABINET<br\s*\/?>27 NOVEMBER 2013<br\s*\/?>REPORT OF CORPORATE MANAGEMENT TEAM<br\s*\/?>CABINET DECISION/);
  });

  it("gives the paper's three risks with their current scores, in the paper's words", () => {
    const text = decode(html);
    expect(text).toContain('Demographic changes and demand for services (CESC02) Current score: 16');
    expect(text).toContain('Finance & resource availability in all CESC Services (CESC07) Current score: 12');
    expect(text).toContain('Serious injury or death leading to a Serious Case Review (CESC14) Current score: 15');
  });

  it('gives every table a scope on every header cell, and a caption or a label', () => {
    const tables = [...html.matchAll(/<table([^>]*)>([\s\S]*?)<\/table>/g)];
    expect(tables.length).toBeGreaterThanOrEqual(4);
    for (const [, attributes, table] of tables) {
      expect(/^\s*<caption>[^<]+<\/caption>/.test(table ?? '') || /aria-label(ledby)?="[^"]+"/.test(attributes ?? '')).toBe(true);
      expect(table).not.toMatch(/<th(?=[\s>])(?![^>]*scope="(col|colgroup|row|rowgroup)")[^>]*>/);
    }
  });

  it("shows the paper's cover: Cabinet, 27 November 2013, the Corporate Management Team, the lead member, contacts and recommendations", () => {
    expect(html).toMatch(/<dt>To<\/dt><dd>Cabinet<\/dd>/);
    expect(html).toMatch(/<time datetime="2013-11-27"[^>]*>27 November 2013<\/time>/);
    expect(html).toMatch(/<dt>From<\/dt><dd>Corporate Management Team<\/dd>/);
    expect(decode(html)).toContain('Children and Young People – Lead Cabinet Member – Councillor Mrs McCoy');
    expect(html).toMatch(/<a href="mailto:shaun\.mclurg@stockton\.gov\.uk"[^>]*>shaun\.mclurg@stockton\.gov\.uk<\/a>/);
    expect(decode(html)).toContain('Receive further update reports on a bi monthly basis');
  });
});
