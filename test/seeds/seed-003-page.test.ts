import { beforeAll, describe, expect, it } from 'vitest';
import type { BuiltSite } from '../support/build-site.ts';
import { buildOneReport } from '../support/build-one-report.ts';
import { decode } from '../support/page-text.ts';
import { walkChecks } from './walk/walk-checks.ts';

/**
 * The Cambridgeshire Cabinet paper of 7 July 2009 (seed 003) as its report page shows it: built with the
 * real `astro build` from the repository's theme, this report alone and the whole of data/, then read
 * back as HTML. Figures and words are the paper's, typed here from test/seeds/papers/003.txt (a copy of
 * /work/shared/seeds/003_d8928102ae735658.txt).
 */

const SLUG = 'cambridgeshire-2009-07-07';
const SCENARIO = 'test/.tmp/seeds/003';

function tableRows(html: string, caption: string): Map<string, string[]> {
  const tables = [...html.matchAll(/<table[^>]*>([\s\S]*?)<\/table>/g)].map((m) => m[1] ?? '');
  const found = tables.find((body) => decode(/<caption>([\s\S]*?)<\/caption>/.exec(body)?.[1] ?? '') === caption);
  if (found === undefined) throw new Error(`no table captioned "${caption}"`);
  const rows = new Map<string, string[]>();
  for (const row of found.matchAll(/<tr[^>]*>\s*<th scope="row">([\s\S]*?)<\/th>([\s\S]*?)<\/tr>/g)) {
    rows.set(decode(row[1] ?? ''), [...(row[2] ?? '').matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => decode(m[1] ?? '')));
  }
  return rows;
}

/** A numbered paragraph's text: the plugin numbers `p` (3.2); the paper's third level (3.1.1) is a `div`. */
function paragraph(html: string, label: string): string {
  const id = `para-${label.replace(/\./g, '-')}`;
  const found = new RegExp(`<(p|div) id="${id}" class="numbered">([\\s\\S]*?)</\\1>`).exec(html);
  if (found === null) throw new Error(`no paragraph ${label}`);
  return decode(found[2] ?? '');
}

/** The text after a paragraph up to the next numbered one: its table, chart and comment. */
function after(html: string, label: string): string {
  const start = html.indexOf(`id="para-${label.replace(/\./g, '-')}"`);
  const next = html.slice(start + 1).search(/id="para-\d/);
  return decode(html.slice(start, next < 0 ? undefined : start + 1 + next));
}

/** Section 3.1's six tables as printed, each under its title: Cambridgeshire, statistical neighbours, England; a blank cell is [x]. */
const TABLES = [
  { paragraph: '3.1.1', caption: 'Referrals per 10,000 population under 18', cambs: ['562', '519', '317'], neighbours: ['358', '303', '[x]'], england: ['496', '490', '[x]'] },
  { paragraph: '3.1.2', caption: '% Referrals that are repeat referrals within 12 months of a previous referral Referrals per 10,000 population under 18', cambs: ['34.4%', '32.0%', '26.3%'], neighbours: ['23.2%', '22.9%', '[x]'], england: ['22.7%', '24.3%', '[x]'] },
  { paragraph: '3.1.3', caption: 'NI 68 % Referrals that led to Initial Assessments', cambs: ['37.1%', '42.7%', '53.6%'], neighbours: ['59.0%', '67.6%', '[x]'], england: ['56.0%', '59.4%', '[x]'] },
  { paragraph: '3.1.4', caption: 'National Indicator (NI) 59 % Initial Assessments completed within 7 days', cambs: ['69.0%', '67.2%', '61.9%'], neighbours: ['62.8%', '64.3%', '[x]'], england: ['68.4%', '70.7%', '[x]'] },
  { paragraph: '3.1.5', caption: '% children subject to a CP Plan who are not allocated to a qualified social worker', cambs: ['4.4%', '2.8%', '0.0%'], neighbours: ['0.4%', '1.1%', '[x]'], england: ['0.3%', '0.4%', '[x]'] },
  { paragraph: '3.1.6', caption: 'Looked After Children (LAC) allocated to a Qualified Social Worker', cambs: ['60.0%', '62.7%', '69.8% [p]'], neighbours: ['94.7%', '96.2%', '[x]'], england: ['95.5%', '97.0%', '[x]'] },
] as const;

/** The report's own text and tables: not the site's notices, its statement of rules, or the list of versions (which names earlier versions' figures). */
function body(html: string): string {
  const start = html.indexOf('<header class="report-header"');
  return html.slice(start, html.indexOf('<section class="report-policies"', start));
}

describe('seed 003: the Cambridgeshire July 2009 paper as a report page', () => {
  let site: BuiltSite;
  let html: string;

  beforeAll(() => {
    site = buildOneReport(SLUG, SCENARIO);
    html = site.file(`reports/${SLUG}/index.html`);
  }, 240_000);

  walkChecks('003', () => html);

  it('numbers every paragraph as the paper does, down to 3.1.1 and 3.4.6, each with its own anchor', () => {
    const labels = [
      '1.1', '1.2', '1.3',
      '2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7',
      '3.1', '3.1.1', '3.1.2', '3.1.3', '3.1.4', '3.1.5', '3.1.6', '3.2', '3.3', '3.4',
      '3.4.1', '3.4.2', '3.4.3', '3.4.4', '3.4.5', '3.4.6',
      '4.1', '4.2', '4.3',
      '5.1', '5.2', '5.3', '5.4', '5.5',
      '6.1', '6.2',
    ];
    for (const label of labels) {
      const id = `para-${label.replace(/\./g, '-')}`;
      expect(html, label).toContain(`id="${id}" class="numbered"><a class="para-number" href="#${id}" aria-label="Paragraph ${label}">${label}</a>`);
    }
    expect(html.match(/class="para-number"/g)).toHaveLength(labels.length);
    expect(paragraph(html, '1.3')).toMatch(/^1\.3 More recently the tragic death of Baby Peter/);
    expect(paragraph(html, '2.7')).toMatch(/^2\.7 Government Response to the Laming Review\s*In reality as described in this report/);
    expect(paragraph(html, '3.4')).toBe('3.4 Workforce Reform');
    expect(paragraph(html, '4.1')).toBe('4.1 The caseload weighting exercise in Cambridgeshire identified a shortfall in the number of social workers required to manage the workload.');
  });

  it.each(TABLES)("shows the table of paragraph $paragraph in the paper's shape: its years, and Cambridgeshire with the paper's neighbour and England comparators", (table) => {
    const rows = tableRows(html, table.caption);
    expect([...rows.keys()]).toEqual(['Cambridgeshire', 'Statistical Neighbours', 'England']);
    expect(rows.get('Cambridgeshire')).toEqual(table.cambs);
    expect(rows.get('Statistical Neighbours')).toEqual(table.neighbours);
    expect(rows.get('England')).toEqual(table.england);
    const shown = [...html.matchAll(/<table[^>]*>([\s\S]*?)<\/table>/g)].map((m) => m[1] ?? '').find((t) => decode(/<caption>([\s\S]*?)<\/caption>/.exec(t)?.[1] ?? '') === table.caption) ?? '';
    expect([...shown.matchAll(/<th scope="col"[^>]*>([^<]*)<\/th>/g)].map((m) => m[1])).toEqual(['2006/07', '2007/08', '2008/09']);
    // The table sits under its own paragraph, before the next, as the paper prints it.
    const from = html.indexOf(`id="para-${table.paragraph.replace(/\./g, '-')}"`);
    const next = from + 1 + html.slice(from + 1).search(/id="para-\d/);
    const at = html.indexOf(`<caption>${table.caption}</caption>`, from);
    expect(at).toBeGreaterThan(from);
    expect(at).toBeLessThan(next);
  });

  it('states the children on a plan at the end of 2008/09 and the increase of 3 in the paper\'s words, adding no 358 of its own', () => {
    expect(paragraph(html, '3.1.5')).toBe(
      '3.1.5 Children subject to a Child Protection (CP) Plan. At the end of 2008/09 there were 361 children in Cambridgeshire subject to a child protection plan, an increase of 3 since last year. Rates per 10,000 population are significantly higher than our statistical neighbours',
    );
    // 358 is on the page once: the neighbours' 2006/07 referral rate the paper prints in 3.1.1.
    expect(body(html).match(/>358</g)).toHaveLength(1);
    expect(tableRows(html, TABLES[0].caption).get('Statistical Neighbours')?.[0]).toBe('358');
  });

  it("shows Table 1 as the paper prints it, with the County Total's 21 marked in place as corrected to 20.1, and why", () => {
    const rows = tableRows(html, 'Table 1');
    expect(Object.fromEntries(rows)).toEqual({
      Huntingdonshire: ['908', '41.3', '22'],
      'South Cambridgeshire and Cambridge City': ['804', '47', '17'],
      'East Cambridgeshire and Fenland': ['684', '31', '22'],
      'County Total': ['2,396', '119.3', '20.1 (the paper gave 21: 2,396 open cases over 119.3 FTE is 20.1 cases a worker; see the note to version 2)'],
    });
    expect(html).toMatch(/<span class="value corrected"[^>]*>20\.1<\/span><span class="paper-diff"> \(the paper gave <span class="paper-printed">21<\/span>: [^)]*<a href="#version-2">see the note to version 2<\/a>\)<\/span>/);
  });

  it('states the recruitment, the posts added and the money in the paper\'s words', () => {
    expect(paragraph(html, '3.4.1')).toContain('In the past 18 months there has been success in recruiting to 55 social workers, 20 senior social workers and 20 Team Managers posts.');
    expect(paragraph(html, '3.3')).toContain('a successful bid for funding of £750,000 over two years');
    expect(paragraph(html, '4.3')).toContain('The funding has been used to recruit to 15 additional social worker posts');
    // Money of a million pounds or more as the paper writes it.
    expect(after(html, '4.3')).toContain('The DCSF has announced an additional resource of £58m for child protection services across the country');
    expect(body(html)).not.toContain('£58,000,000');
  });

  it('says the recommendations were numbered 5.1 and 5.2 in the paper, and numbers them once', () => {
    expect(paragraph(html, '6.1')).toBe('6.1 Cabinet is asked to note the progress made in Cambridgeshire following the review of Safeguarding arrangements.');
    expect(html).toMatch(/<div class="added added-block" role="note"><p class="added-label">Added to the web version<\/p><p>The paper numbers these two recommendations as it numbers the first two paragraphs of section 5; they are numbered here in their own section so that each paragraph has one number\.<\/p>/);
  });

  it("keeps the paper's own spellings and words: indentified, Climbie, the Governments response, Integrated Children system, and £485k as the paper writes it", () => {
    expect(paragraph(html, '1.3')).toContain('The subsequent report by Lord Laming was published in March 2009 and the Governments response, which accepted all 58 recommendations in full');
    expect(after(html, '2.6')).toContain('A stock take against the recommendations in the Victoria Climbie report has been concluded');
    expect(paragraph(html, '2.7')).toContain('Government Response to the Laming Review');
    expect(paragraph(html, '2.7')).toContain('much of the work currently underway in Cambridgeshire is in the direction of travel of the reports recommendations.');
    expect(paragraph(html, '2.7')).toContain('Many of the workforce reforms are also indentified as a priority for Cambridgeshire');
    expect(paragraph(html, '3.2')).toContain('The impact of the new Information Technology (IT) system, Integrated Children system (ICS) has been significant on front line staff.');
    expect(paragraph(html, '4.3')).toContain('Cabinet agreed to a funding uplift of £485k for social care in March 2009.');
    const text = decode(body(html));
    for (const normalised of ['Climbié', 'also identified as a priority', "Integrated Children's System", '£485,000', "the Government's response"]) expect(text).not.toContain(normalised);
  });

  it("gives section 5 in the paper's words, capitals and punctuation: 5.1's bullets, 5.2's and 5.4's wording", () => {
    expect(html).toMatch(/<h2[^>]*>\s*<span class="section-number">5\.<\/span> SIGNIFICANT IMPLICATIONS<\/h2>/);
    expect(paragraph(html, '5.1')).toBe(
      '5.1 Resources And Performance (this heading includes Finance, Property and Facilities Management, Information and Communication Technology (ICT) Human Resources, Performance, Risk and Best Practice and where significant, they are set out below)',
    );
    expect(after(html, '5.1')).toContain('Section 3, paragraph 3.1 to 3.3 details performance implications.');
    expect(after(html, '5.1')).toContain('Section 4 paragraph 4.1 to 4.3 details resource implications.');
    expect(paragraph(html, '5.2')).toBe('5.2 Statutory Requirements and Partnership Working');
    expect(after(html, '5.2')).toContain('paragraph 2.7 and the Appendix 1 details implications for partner organisations.');
    expect(paragraph(html, '5.4')).toBe(
      '5.4 Access and Inclusion (includes inclusion, crime and disorder, the voluntary Sector, equality and diversity and transport implication and where significant, they are set out below)',
    );
    expect(after(html, '5.4')).toMatch(/Section 3\.4 will impact on delivery to all children including disabled children(?!\.)/);
  });

  it("keeps the Laming appendix as the paper's table: recommendation numbers, action and commentary, one row per action", () => {
    const table = [...html.matchAll(/<table[^>]*>([\s\S]*?)<\/table>/g)].map((m) => m[1] ?? '').find((t) => /^<caption>Implications for Local Authorities<br\s*\/?>National Leadership and Accountability<\/caption>/.test(t)) ?? '';
    expect([...table.matchAll(/<th scope="col"[^>]*>([^<]*)<\/th>/g)].map((m) => m[1])).toEqual(['no.', 'Action', 'Commentary']);
    const rows = [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].slice(1).map((m) => [...(m[1] ?? '').matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => decode(c[1] ?? '')));
    expect(rows[0]).toEqual(['2', 'A new Chief Adviser on the Safety of Children', 'Appointed – Sir Roger Singleton']);
    expect(rows.map((cells) => cells[0])).toContain('11, 13, 14, 16, 19, 20, 21, 23, 25, 29, 30');
    expect(html).toContain('<a href="#8-appendix-1-key-recommendations-from-the-laming-report-and-the-governments-action-plan">Appendix 1</a>');
    expect(html).toMatch(/<p class="added-label">Added to the web version<\/p><p>The first column gives the numbers of the Laming recommendations each action answers\.<\/p>/);
  });

  it('withholds nothing, since the paper gives no small counts of children, and keys the blanks and the provisional figure as the paper writes them', () => {
    expect(body(html)).not.toContain('[c]');
    expect(html).toContain('<dt>[x]</dt><dd>not available: the paper leaves the cell blank</dd>');
    expect(html).toContain('<dt>[p]</dt><dd>provisional: the paper writes (provisional)</dd>');
  });

  it('gives every table a caption and a scope on every header cell', () => {
    const tables = [...body(html).matchAll(/<table[^>]*>([\s\S]*?)<\/table>/g)].map((m) => m[1] ?? '');
    expect(tables).toHaveLength(9); // the paper's six in 3.1, Table 1, the source documents and the Laming appendix
    for (const table of tables) {
      // A caption of two lines, as the paper's heading rows are, has a line break between them.
      expect(table).toMatch(/^\s*<caption>[^<]+(?:<br\s*\/?>[^<]+)*<\/caption>/);
      expect(table).not.toMatch(/<th(?=[\s>])(?![^>]*scope="(col|row)")[^>]*>/);
    }
  });

  it("holds every field of the paper's cover: agenda item, To, meeting date, From, Electoral division(s), Forward Plan ref 2009/041, Key decision", () => {
    expect(html).toContain(
      '<dl class="facts cover"><dt>Agenda item</dt><dd>11</dd><dt>To</dt><dd>Cabinet</dd><dt>Meeting date</dt><dd><time datetime="2009-07-07">7 July 2009</time></dd><dt>From</dt><dd>Executive Director Children and Young People Services</dd><dt>Electoral division(s)</dt><dd>All</dd><dt>Forward Plan ref</dt><dd>2009/041</dd><dt>Key decision</dt><dd>No</dd></dl>',
    );
    expect(html).toMatch(/<a href="mailto:Nicola\.Clemo@cambridgeshire\.gov\.uk"[^>]*>/);
    expect(html).toMatch(/<strong[^>]*>Councillor Martin Curtis<\/strong>/);
  });
});
