import { beforeAll, describe, expect, it } from 'vitest';
import type { BuiltSite } from '../support/build-site.ts';
import { buildOneReport } from '../support/build-one-report.ts';
import { walkChecks } from './walk/walk-checks.ts';

/**
 * The Cambridgeshire Children and Young People Committee paper of 1 December 2020 (seed 000) as its
 * report page shows it, built with the real `astro build` from this report alone and the whole of data/.
 * Figures and words are the paper's, typed here from test/seeds/papers/000.txt (a copy of
 * /work/shared/seeds/000_1032f5bd7595acb4.txt).
 */
const SLUG = 'cambridgeshire-2020-12-01';
const SCENARIO = 'test/.tmp/seeds/000';

function text(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

function paragraph(html: string, number: string): string {
  const id = `para-${number.replace('.', '-')}`;
  const found = new RegExp(`<p id="${id}"[^>]*>([\\s\\S]*?)</p>`).exec(html)?.[1];
  if (found === undefined) throw new Error(`no paragraph ${number}`);
  return text(found);
}

/** Each row of the table with this caption, as the cells a reader sees (headers and data alike). */
function rows(html: string, caption: string): string[][] {
  const table = [...html.matchAll(/<table[^>]*>([\s\S]*?)<\/table>/g)].map((m) => m[1] ?? '').find((t) => t.startsWith(`<caption>${caption}</caption>`));
  if (table === undefined) throw new Error(`no table captioned "${caption}"`);
  return [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) => [...(row[1] ?? '').matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => text(c[1] ?? '')));
}

describe('seed 000: Cambridgeshire, 1 December 2020, as a web page', () => {
  let site: BuiltSite;
  let html: string;
  beforeAll(() => {
    site = buildOneReport(SLUG, SCENARIO);
    html = site.file(`reports/${SLUG}/index.html`);
  }, 240_000);

  walkChecks('000', () => html);

  it('numbers paragraphs 1.1 to 5.1 as the paper does, with anchors a member can link to', () => {
    for (const [section, last] of [[1, 2], [2, 36], [3, 4], [4, 7], [5, 1]] as const) {
      for (let n = 1; n <= last; n += 1) expect(html, `${section}.${n}`).toContain(`href="#para-${section}-${n}"`);
      expect(html).not.toContain(`href="#para-${section}-${last + 1}"`);
    }
  });

  it('para 2.11: 86% of assessments completed within 45 working days in October', () => {
    expect(paragraph(html, '2.11')).toContain('Performance in October was that 86% of assessments were completed within the required timescale.');
  });

  it('para 2.12: statistical neighbours 81%, England 83%, last financial year 81%', () => {
    expect(paragraph(html, '2.12')).toContain('compared with our statistical neighbours [81%] and England averages [83%]');
    expect(paragraph(html, '2.12')).toContain('was 81%.');
  });

  it('para 2.15: 99 enquiries, 55 to conference; 54% against 41% and 38%, in the paper\'s words with no share of October\'s added', () => {
    expect(paragraph(html, '2.15')).toBe(
      '2.15 The chart indicates that 99 children were the subject of a child protection enquiry in October, with 55 progressing to a child protection conference. Child protection enquiries are stressful for families and very intrusive. For this reason, we do not want to put too many families through the process where the outcome is that a conference is not required. Our current performance is that 54% of enquiries progress to conference, which compares with an average of 41% among our statistical neighbours and 38% in England as a whole.',
    );
    // Only the list of versions names the 55.6% an earlier version added.
    expect(html.slice(html.indexOf('<header class="report-header"'), html.indexOf('<section class="version-history"'))).not.toContain('55.6');
  });

  it('para 2.17: 29.2 on a child protection plan, against 36 per 10,000 for the neighbours, as the paper words it', () => {
    expect(paragraph(html, '2.17')).toContain('Expressed as a rate per 10,000 population aged 0-19, our current rate is 29.2, which is below the average of our statistical neighbours at 36 per 10,000.');
  });

  it("para 2.19: the care-proceedings table in the paper's shape: DfE codes, the paper's order, the neighbours' averages, East of England's dashes and England", () => {
    const table = rows(html, 'Statistical Neighbours');
    expect(table[0]).toEqual(['DfE code', 'Local authority', '2017', '2018', '2019', '2020']);
    expect(table.slice(1).map((cells) => cells.slice(0, 2).join(' '))).toEqual([
      '919 Hertfordshire', '869 West Berkshire', '850 Hampshire', '873 Cambridgeshire', '865 Wiltshire', '803 South Gloucestershire', '931 Oxfordshire',
      '800 Bath and North East Somerset', '885 Worcestershire', '938 West Sussex', '916 Gloucestershire', ' Statistical Neighbours', '985 East of England', '970 England',
    ]);
    const row = (name: string) => table.find((cells) => cells[1] === name)?.slice(2);
    expect(row('Cambridgeshire')).toEqual(['12.00', '11.10', '10.30', '8.00']);
    expect(row('Statistical Neighbours')).toEqual(['9.03', '8.61', '9.21', '8.95']);
    expect(row('East of England')).toEqual(['[x]', '[x]', '[x]', '[x]']);
    expect(row('England')).toEqual(['12.30', '11.90', '11.30', '10.80']);
    expect(html).toContain('<dt>[x]</dt><dd>not available: the paper printed a dash</dd>');
  });

  it("para 2.24: 681 children in care at 51.2 per 10,000, with the paper's 50 beside it in place, why, and a marked note on 'almost exactly in line'", () => {
    const p = paragraph(html, '2.24');
    expect(p).toContain(
      'The 681 children in care as of the end of October equates to a rate of 51.2 per 10,000 (the paper gave 50 per 10,000: 681 children in care over the ONS mid-2020 estimate of 132,989 children aged 0 to 17 is 51.2 per 10,000; the paper does not say which population it used; see the note to version 2) – almost exactly in line with the average rate of our statistical neighbours.',
    );
    expect(p).toContain('between 600 and 620');
    expect(html).toMatch(/<span class="value corrected"[^>]*>51\.2 per 10,000<\/span><span class="paper-diff"> \(the paper gave <span class="paper-printed">50 per 10,000<\/span>: [^)]*<a href="#version-2">see the note to version 2<\/a>\)<\/span>/);
    const note = html.slice(html.indexOf('id="para-2-24"'), html.indexOf('id="para-2-25"'));
    expect(note).toMatch(/<div class="added added-block" role="note"><p class="added-label">Added to the web version<\/p><p>The paper’s “almost exactly in line with” compares the rate the paper gave, shown beside the corrected rate above, with the average rate of Cambridgeshire’s statistical neighbours, which the paper does not give\./);
    const first = site.file(`reports/${SLUG}/v1/index.html`);
    expect(paragraph(first, '2.24')).toContain('equates to a rate of 50 per 10,000');
  });

  it("keeps the paper's capitals in its headings: Main Issues, Significant Implications and the seven kinds of implication", () => {
    expect(html).toMatch(/<h2[^>]*>\s*<span class="section-number">2\.<\/span> Main Issues<\/h2>/);
    expect(html).toMatch(/<h2[^>]*>\s*<span class="section-number">4\.<\/span> Significant Implications<\/h2>/);
    const kinds = ['Resource Implications', 'Procurement/Contractual/Council Contract Procedure Rules Implications', 'Statutory, Legal and Risk Implications', 'Equality and Diversity Implications', 'Engagement and Communications Implications', 'Localism and Local Member Involvement', 'Public Health Implications'];
    kinds.forEach((kind, i) => expect(paragraph(html, `4.${i + 1}`)).toBe(`4.${i + 1} ${kind}`));
    expect(html).toContain('<p>Have the resource implications been cleared by Finance? Yes</p>');
    expect(html).toContain('<p>Name of Financial Officer: Roger Brett</p>');
  });

  it('para 2.27: keeps the paper\'s range, between 90 and 95% of visits', () => {
    expect(paragraph(html, '2.27')).toBe(
      '2.27 Local performance monitoring is indicating that between 90 and 95% of visits to children in care are taking place within the required timeframe. Until the system error can be addressed, however, it is not possible to confirm this through the central reporting system.',
    );
  });

  it('lists its versions, and the figure the amendment changed', () => {
    expect(text(html)).toMatch(/50 per 10,000\s*51\.2 per 10,000/);
  });

  it("holds every field of the paper's cover: To, Meeting Date, From, Electoral division(s), Forward Plan ref, Key decision", () => {
    expect(html).toContain(
      '<dl class="facts cover"><dt>To</dt><dd>Children and Young People Committee</dd><dt>Meeting date</dt><dd><time datetime="2020-12-01">1 December 2020</time></dd><dt>From</dt><dd>Executive Director People and Communities</dd><dt>Electoral division(s)</dt><dd>All</dd><dt>Forward Plan ref</dt><dd>n/a</dd><dt>Key decision</dt><dd>No</dd></dl>',
    );
  });

  it('paras 2.29 and 2.31: 7% with 3 or more placements (England 10%, neighbours 11%); health assessments 88% to 86%', () => {
    expect(paragraph(html, '2.29')).toContain('with 7% of children and young people in care');
    expect(paragraph(html, '2.29')).toContain('10% of children experience three or more placement moves, while the average performance of our statistical neighbours is 11%');
    expect(paragraph(html, '2.31')).toContain('from 88% to 86% of health assessments');
  });

  it('paras 2.32, 2.35 and 2.36: caseload targets 15 and 20, the caseload table, turnover and recruitment', () => {
    expect(paragraph(html, '2.32')).toContain('is 15 children per full time equivalent social worker post, and 20 in the leaving care service');
    expect(rows(html, 'Average caseloads by service')).toEqual([
      ['Service', 'Average caseload per FTE'],
      ['Assessment', '14.5'],
      ['Family Safeguarding', '17.0'],
      ['Adolescent teams', '10.0'],
      ['Corporate Parenting', '19.5'],
      ['Leaving Care', '20.5 [but UASC team is 25]'],
    ]);
    expect(paragraph(html, '2.35')).toContain('was 12.4%, which means that we now have a lower rate than the national average rate of 16% and a rate of 19% in 2018/19');
    expect(paragraph(html, '2.36')).toContain('32 social workers have been offered and appointed to roles in Cambridgeshire, with 21 having started, a further 5 having start dates and the remaining 6');
  });

  it('marks every chart the paper lost as not available, as added to the web version, instead of inventing its months', () => {
    // paras 2.5, 2.9, 2.11, 2.14, 2.16, 2.21, 2.23, 2.28, 2.30
    expect(html.match(/<aside class="lost-chart added" aria-label="Chart not available"><p class="added-label">Added to the web version<\/p><p><strong>Chart not available \[x\]\.<\/strong>/g)).toHaveLength(9);
  });

  it('keys the [e] it puts on the paper\'s "around £5,000" a week', () => {
    expect(paragraph(html, '2.25')).toContain('is more likely to cost around £5,000 [e] per week.');
    expect(html.slice(html.indexOf('id="para-2-25"'), html.indexOf('id="para-2-26"'))).toContain('<dt>[e]</dt><dd>estimated</dd>');
  });
});
