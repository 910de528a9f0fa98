import { beforeAll, describe, expect, it } from 'vitest';
import type { BuiltSite } from '../support/build-site.ts';
import { buildOneReport } from '../support/build-one-report.ts';
import { decode } from '../support/page-text.ts';

/**
 * The Cambridgeshire Cabinet paper of 7 July 2009 (seed 003) as its report page shows it: built with the
 * real `astro build` from the repository's theme, this report alone and the whole of data/, then read
 * back as HTML. Figures are the paper's, typed here from /work/shared/seeds/003_d8928102ae735658.txt.
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

const YEARS = ['2006/07', '2007/08', '2008/09'] as const;

/** Section 3.1's six tables as printed: Cambridgeshire, statistical neighbours, England; blank is "". */
const TABLES = [
  { paragraph: '3.1.1', indicator: 'Referrals per 10,000 children', unit: ' per 10,000', cambs: ['562', '519', '317'], neighbours: ['358', '303', ''], england: ['496', '490', ''] },
  { paragraph: '3.1.2', indicator: 'Re-referrals within 12 months', unit: '%', cambs: ['34.4', '32.0', '26.3'], neighbours: ['23.2', '22.9', ''], england: ['22.7', '24.3', ''] },
  { paragraph: '3.1.3', indicator: 'Referrals leading to an initial assessment', unit: '%', cambs: ['37.1', '42.7', '53.6'], neighbours: ['59.0', '67.6', ''], england: ['56.0', '59.4', ''] },
  { paragraph: '3.1.4', indicator: 'Initial assessments within 7 working days', unit: '%', cambs: ['69.0', '67.2', '61.9'], neighbours: ['62.8', '64.3', ''], england: ['68.4', '70.7', ''] },
  { paragraph: '3.1.5', indicator: 'Children on a plan without a qualified social worker', unit: '%', cambs: ['4.4', '2.8', '0.0'], neighbours: ['0.4', '1.1', ''], england: ['0.3', '0.4', ''] },
  { paragraph: '3.1.6', indicator: 'Children in care with a qualified social worker', unit: '%', cambs: ['60.0', '62.7', '69.8'], neighbours: ['94.7', '96.2', ''], england: ['95.5', '97.0', ''] },
] as const;

/** Where the page cannot show what the paper printed, and why. */
const KNOWN_DISCREPANCIES = [
  {
    where: 'Table 1 (para 4.2), County Total average caseload',
    printed: '21',
    shown: '20.1',
    reason: '2396 open cases over 119.3 FTE is 20.1 (the three areas\' averages give 20.3): the page computes it and says the paper\'s differs',
  },
  {
    where: 'Table 1 (para 4.2), the area averages',
    printed: '22, 17, 22',
    shown: '22.0, 17.1, 22.1',
    reason: 'the paper rounds to whole numbers; the catalogue shows caseloads to one place and no component takes a number of places',
  },
  {
    where: 'Table 1 (para 4.2), FTE of the two merged rows',
    printed: '"804 4717" and "684 3122" in the text layer',
    shown: '47 and 31 FTE',
    reason: 'read as 47 FTE / 17 and 31 FTE / 22: 41.3 + 47 + 31 = 119.3, and 804 / 47 and 684 / 31 give 17.1 and 22.1',
  },
  {
    where: 'section 6, the recommendations',
    printed: '5.1 and 5.2',
    shown: '6.1 and 6.2',
    reason: 'the paper repeats the numbers of section 5; the page gives each paragraph one number and says so',
  },
  {
    where: 'section 3.1, statistical neighbour and England cells for 2008/09',
    printed: 'blank',
    shown: '[x]',
    reason: 'not published when the paper was written',
  },
] as const;

describe('seed 003: the Cambridgeshire July 2009 paper as a report page', () => {
  let site: BuiltSite;
  let html: string;

  beforeAll(() => {
    site = buildOneReport(SLUG, SCENARIO);
    html = site.file(`reports/${SLUG}/index.html`);
  }, 240_000);

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
    expect(paragraph(html, '2.7')).toMatch(/^2\.7 Government response to the Laming Review\./);
    expect(paragraph(html, '3.4')).toBe('3.4 Workforce Reform');
    expect(paragraph(html, '4.1')).toBe('4.1 The caseload weighting exercise in Cambridgeshire identified a shortfall in the number of social workers required to manage the workload.');
  });

  it.each(TABLES)('shows the table of paragraph $paragraph: Cambridgeshire as a trend, with the paper\'s neighbour and England figures', (table) => {
    const rows = tableRows(html, `${table.indicator}, Cambridgeshire, 2006/07 to 2008/09`);
    const shown = (printed: string) => (table.unit === '%' ? `${printed}%` : printed);
    expect(YEARS.map((year) => rows.get(year)?.[0])).toEqual(table.cambs.map((v, i) => (table.paragraph === '3.1.6' && i === 2 ? `${shown(v)} [p]` : shown(v))));
    const text = after(html, table.paragraph);
    const inText = (printed: string) => `${printed}${table.unit}`;
    // Markdown's typography turns the prose's apostrophes into ’.
    expect(text).toContain(`the statistical neighbours’ average, ${inText(table.neighbours[0])} in 2006/07 and ${inText(table.neighbours[1])} in 2007/08, and England’s, ${inText(table.england[0])} and ${inText(table.england[1])}. Both are blank for 2008/09 ([x])`);
  });

  it('states the children on a plan at the end of 2008/09 and the increase of 3 since the year before', () => {
    expect(paragraph(html, '3.1.5')).toContain('there were 361 children in Cambridgeshire subject to a child protection plan, an increase on the 358 of last year (up 3).');
  });

  it('shows Table 1 with averages computed from open cases and FTE, not the County Total the paper printed', () => {
    const rows = tableRows(html, 'Table 1: average caseload by worker (open cases per full-time equivalent practitioner), by area, Cambridgeshire, at the time of the audit');
    expect(Object.fromEntries(rows)).toEqual({
      Huntingdonshire: ['22.0'],
      'South Cambridgeshire and Cambridge City': ['17.1'],
      'East Cambridgeshire and Fenland': ['22.1'],
      'County Total': ['20.1'],
    });
    expect(after(html, '4.2')).toContain(
      'Huntingdonshire 908 cases and 41.3 FTE; South Cambridgeshire and Cambridge City 804 cases and 47 FTE; East Cambridgeshire and Fenland 684 cases and 31 FTE; County Total 2,396 cases and 119.3 FTE.',
    );
    expect(after(html, '4.2')).toContain('its County Total average is not what its own open cases and FTE give');
    expect(KNOWN_DISCREPANCIES.map((d) => d.printed)).toContain('21');
    expect([...rows.values()].flat()).not.toContain('21');
  });

  it('states the recruitment, the posts added and the money from the data', () => {
    expect(paragraph(html, '3.4.1')).toContain('recruiting to 55 social workers, 20 senior social workers and 20 Team Managers posts');
    expect(Object.fromEntries(tableRows(html, 'Posts recruited to in the 18 months to July 2009, Cambridgeshire'))).toEqual({
      'Social workers': ['55'],
      'Senior social workers': ['20'],
      'Team managers': ['20'],
    });
    expect(paragraph(html, '3.3')).toContain('a successful bid for funding of £750,000 over two years');
    expect(paragraph(html, '4.3')).toContain('a funding uplift of £485,000 for social care in March 2009');
    expect(paragraph(html, '4.3')).toContain('to recruit to 15 additional social worker posts');
    expect(after(html, '4.3')).toContain('an additional resource of £58,000,000 for child protection services');
  });

  it('says the recommendations were numbered 5.1 and 5.2 in the paper, and numbers them once', () => {
    expect(paragraph(html, '6.1')).toBe('6.1 Cabinet is asked to note the progress made in Cambridgeshire following the review of Safeguarding arrangements.');
    expect(after(html, '6.2')).toContain('The paper numbers these two recommendations as it numbers the first two paragraphs of section 5');
    expect(KNOWN_DISCREPANCIES).toHaveLength(5);
  });

  it('keeps the Laming appendix as a text table with a caption, one row per action', () => {
    const rows = tableRows(html, 'Key recommendations from the Laming Report and in the Government’s Action Plan, with Cambridgeshire’s commentary');
    expect(rows.size).toBe(16);
    expect(rows.get('34')).toEqual([expect.stringMatching(/^Action to clarify the role and responsibilities of GPs/), 'No commentary given']);
    expect(rows.get('54, 55')?.[0]).toMatch(/robustly challenged annually by Government Offices$/);
    expect(html).toContain('<a href="#8-appendix-1-key-recommendations-from-the-laming-report-and-the-governments-action-plan">Appendix 1</a>');
    expect(html).toContain('id="8-appendix-1-key-recommendations-from-the-laming-report-and-the-governments-action-plan"');
  });

  it('suppresses nothing, since the paper gives no small counts of children, and marks only blanks and the provisional figure', () => {
    expect(html).not.toContain('[c]');
    expect(html).toContain('<dt>[p]</dt><dd>provisional</dd>');
    expect(html).toContain('<dt>[x]</dt><dd>not available</dd>');
  });

  it('gives every table a caption and a scope on every header cell', () => {
    const tables = [...html.matchAll(/<table[^>]*>([\s\S]*?)<\/table>/g)].map((m) => m[1] ?? '');
    expect(tables).toHaveLength(11); // ten of the paper's, and the list of published versions
    for (const table of tables) {
      expect(table).toMatch(/^\s*<caption>[^<]+<\/caption>/);
      expect(table).not.toMatch(/<th(?=[\s>])(?![^>]*scope="(col|row)")[^>]*>/);
    }
  });

  it('shows the paper\'s front matter: committee, date, contacts and recommendations', () => {
    expect(html).toContain('Report to the Cabinet');
    expect(html).toMatch(/<time datetime="2009-07-07"[^>]*>7 July 2009<\/time>/);
    expect(html).toMatch(/<a href="mailto:Nicola\.Clemo@cambridgeshire\.gov\.uk"[^>]*>/);
    expect(html).toMatch(/<strong[^>]*>Councillor Martin Curtis<\/strong>/);
    expect(html).toMatch(/<dt[^>]*>Key decision<\/dt><dd[^>]*>No<\/dd>/);
  });
});
