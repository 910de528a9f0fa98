/**
 * The scanner on small built folders written here, with what is withheld read by the real loader and
 * engine from a fixture site's CSV (test/sites/leaky-table: Leakyshire, March 2024, where the Health
 * referrals (3) and the children in care (3) are suppressed, and a published rate of 2.3 per 10,000
 * over 13,000 children gives the 3 back).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beginScan, finishScan, scanDistOnThreads, siteSecrets, type ScanResult, type SecretList } from '../../src/disclosure/index.ts';

/** Every file read on this thread. */
const scanHere = (dir: string, list: SecretList): Promise<ScanResult> => scanDistOnThreads(dir, list, { threads: 0 });

const root = resolve(`test/.tmp/disclosure-unit-${process.pid}`);
let secrets: SecretList;
let n = 0;

function site(files: Record<string, string | Buffer>): string {
  n += 1;
  const dir = join(root, String(n));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const page = (body: string): string => `<!doctype html><html lang="en-GB"><head><title>Leakyshire</title></head><body><main><h1>Leakyshire referrals, March 2024</h1>${body}</main></body></html>`;
const table = (health: string, total: string, schools = '30'): string => `
  <table><caption>Referrals by source, Mar 2024</caption>
  <thead><tr><th scope="col">Source</th><th scope="col">Referrals</th></tr></thead>
  <tbody><tr><th scope="row">Police</th><td>40</td></tr><tr><th scope="row">Schools</th><td>${schools}</td></tr>
  <tr><th scope="row">Health</th><td>${health}</td></tr><tr><th scope="row">Total</th><td>${total}</td></tr></tbody></table>`;

beforeAll(async () => {
  secrets = await siteSecrets(resolve('test/sites/leaky-table'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('what the scanner looks for', () => {
  it('reads the withheld figures from the data with the build’s own engine, true values included', async () => {
    const found = secrets.figures.map((f) => `${f.indicator.id} ${f.breakdown ?? ''} ${f.count}`).sort();
    expect(found).toEqual(['children-in-care  3', 'referrals-by-source Health 3', 'referrals-by-source Schools 30']);
    expect(secrets.rates.map((r) => `${r.indicator.id} ${r.shown} × ${r.base}`)).toEqual(['children-in-care-rate 2.3 × 13000']);
  });
});

describe('the scan finds a withheld value', () => {
  it('in a table cell whose row and caption say it is that figure', async () => {
    const { leaks } = await scanHere(site({ 'index.html': page(table('3', '[c]', '[c]')) }), secrets);
    expect(leaks.map((l) => [l.kind, l.where, l.figure])).toEqual([
      ['identified', 'table 1 "Referrals by source, Mar 2024" row "Health" column "Referrals"', 'referrals-by-source, Leakyshire (fictional) (X00000077), 2024-03, breakdown "Health"'],
    ]);
  });

  it('from a total minus the other cells of its column', async () => {
    // Schools (30) is withheld too, as the second cell Tabled hides beside Health: shown, it is a leak of its own.
    const leaks = (await scanHere(site({ 'index.html': page(table('[c]', '73')) }), secrets)).leaks.filter((l) => l.kind === 'table');
    expect(leaks).toHaveLength(1);
    expect(leaks[0]).toMatchObject({ kind: 'table', figure: expect.stringContaining('breakdown "Health"'), detail: expect.stringContaining('gives 3') });
  });

  it('from a total found by arithmetic when no row is headed Total', async () => {
    const html = page(`<table><caption>Referrals by source, Mar 2024</caption><thead><tr><th>Source</th><th>Mar 2024</th><th>Feb 2024</th></tr></thead><tbody>
      <tr><th scope="row">Police</th><td>40</td><td>20</td></tr><tr><th scope="row">Schools</th><td>30</td><td>15</td></tr>
      <tr><th scope="row">Health</th><td>[c]</td><td>10</td></tr><tr><th scope="row">Everyone</th><td>73</td><td>45</td></tr></tbody></table>`);
    const { leaks } = await scanHere(site({ 'index.html': html }), secrets);
    expect(leaks.map((l) => `${l.kind}: ${l.detail}`)).toEqual(['identified: "30" is the withheld count (30)', 'table: withheld as [c], but Everyone 73 minus the other 2 shown gives 3']);
  });

  it('from the sum of the parts when the total is the withheld cell', async () => {
    const leaks = (await scanHere(site({ 'index.html': page(table('5', '[c]')) }), secrets)).leaks.filter((l) => l.kind === 'table');
    expect(leaks.map((l) => l.detail)).toEqual(['withheld as [c], but the sum of the 3 parts shown gives 75']);
  });

  it('in a chart point’s tooltip, an SVG <title>', async () => {
    const svg = '<figure><figcaption>Children in care</figcaption><svg role="img" aria-label="Children in care"><circle r="3"><title>Mar 2024: 3</title></circle></svg></figure>';
    const { leaks } = await scanHere(site({ 'index.html': page(svg) }), secrets);
    expect(leaks.map((l) => [l.where, l.figure])).toEqual([['<title> in <svg>', 'children-in-care, Leakyshire (fictional) (X00000077), 2024-03']]);
  });

  it('in an aria-label or data- attribute', async () => {
    const html = page('<svg role="img" aria-label="Children in care rose to 3 in Mar 2024"></svg><p data-value="3" data-indicator="children-in-care" data-period="2024-03">x</p>');
    const { leaks } = await scanHere(site({ 'index.html': html }), secrets);
    expect(leaks.map((l) => l.where)).toEqual(['attribute aria-label of <svg>']);
  });

  it('in a CSV download row and a JSON field for that figure', async () => {
    const csv = 'indicator_id,area_code,period,breakdown,value\nreferrals-by-source,X00000077,2024-03,Police,40\nreferrals-by-source,X00000077,2024-03,Health,3\n';
    const json = JSON.stringify({ indicator: 'children-in-care', area: 'X00000077', rows: [{ period: '2024-02', value: 6 }, { period: '2024-03', value: 3 }] });
    const { leaks } = await scanHere(site({ 'data/referrals.csv': csv, 'data/cic.json': json }), secrets);
    expect(leaks.map((l) => `${l.file} ${l.where}`).sort()).toEqual(['data/cic.json JSON .rows[1].value', 'data/referrals.csv line 3 column "value"']);
  });

  it('in a long CSV whose blank-breakdown row is the total of the others, with the withheld row marked c', async () => {
    const csv = 'indicator,area,period,breakdown,value,marker\nreferrals-by-source,X00000077,2024-03,Police,40,\nreferrals-by-source,X00000077,2024-03,Schools,30,\nreferrals-by-source,X00000077,2024-03,Health,,c\nreferrals-by-source,X00000077,2024-03,,73,\n';
    const leaks = (await scanHere(site({ 'data.csv': csv }), secrets)).leaks.filter((l) => l.kind === 'table');
    expect(leaks.map((l) => `${l.kind} ${l.where}`)).toEqual(['table rows for referrals-by-source, X00000077, 2024-03 row "Health" column "value"']);
  });

  it('from a published rate tied to the figure’s area and period, with the population it is per written anywhere', async () => {
    const html = page('<h2>Children in care per 10,000 children</h2><p>In Mar 2024 the rate was 2.3 per 10,000.</p><p>Leakyshire has 13,000 children.</p>');
    const { leaks } = await scanHere(site({ 'index.html': html }), secrets);
    expect(leaks.map((l) => [l.kind, l.figure])).toEqual([['rate', 'children-in-care, Leakyshire (fictional) (X00000077), 2024-03']]);
    expect(leaks[0]?.detail).toContain('2.3" × 13000');
  });

  it('in the text of a gzip-compressed Pagefind fragment', async () => {
    const fragment = gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify({ url: '/x/', content: 'Children in care were 3 in Mar 2024.', meta: {} })}`));
    const { leaks } = await scanHere(site({ 'pagefind/fragment/en_1.pf_fragment': fragment }), secrets);
    expect(leaks.map((l) => l.file)).toEqual(['pagefind/fragment/en_1.pf_fragment']);
  });

  it('in a feed, with the page inside it escaped', async () => {
    const xml = '<rss><channel><item><description>&lt;p&gt;Children in care were 3 in Mar 2024.&lt;/p&gt;</description></item></channel></rss>';
    const { leaks } = await scanHere(site({ 'feed.xml': xml }), secrets);
    expect(leaks.map((l) => l.file)).toEqual(['feed.xml']);
  });
});

describe('the scan leaves alone', () => {
  it('a table hiding a second cell beside the withheld one, as Tabled’s own does', async () => {
    expect((await scanHere(site({ 'index.html': page(table('[c]', '73', '[c]')) }), secrets)).leaks).toEqual([]);
  });

  it('a plain 3 where nothing ties it to a withheld figure, and the same 3 for another month or area', async () => {
    const html = page('<p>There are 3 sections in this report.</p><p>Children in care were 3 in Mar 2023.</p><p>England: children in care were 3 in Mar 2024.</p><figure><figcaption>Children in care</figcaption><svg role="img" aria-label="Children in care"><text>3</text></svg></figure>');
    expect((await scanHere(site({ 'index.html': html }), secrets)).leaks).toEqual([]);
  });

  it('an axis tick label, drawn from a scale no withheld figure reaches, beside a label of the point that is read', async () => {
    const chart = (mark: string) => page(`<figure><figcaption>Children in care in Mar 2024</figcaption><svg role="img" aria-label="Children in care in Mar 2024"><g data-mark="${mark}"><text>3</text></g></svg></figure>`);
    expect((await scanHere(site({ 'index.html': chart('y-axis tick label') }), secrets)).leaks).toEqual([]);
    expect((await scanHere(site({ 'index.html': chart('text') }), secrets)).leaks.map((l) => l.where)).toEqual(['<text> in <svg>']);
  });

  it('the rate when the population it is per is published nowhere', async () => {
    const html = page('<h2>Children in care per 10,000 children</h2><p>In Mar 2024 the rate was 2.3 per 10,000.</p>');
    expect((await scanHere(site({ 'index.html': html }), secrets)).leaks).toEqual([]);
  });

  it('version numbers and codes in a download row', async () => {
    const csv = 'report_version,indicator_id,area_code,period,value\n3,children-in-care,X00000077,2024-03,[c]\n';
    expect((await scanHere(site({ 'figures.csv': csv }), secrets)).leaks).toEqual([]);
  });
});

describe('scanDistOnThreads', () => {
  it('finds what one thread finds, in the same order, with the files shared between threads', async () => {
    // The rate is in one file and the population that turns it back into a count in another, so the
    // threads' numbers must meet before the rate is judged.
    const dir = site({
      'a/index.html': page('<h2>Children in care per 10,000 children</h2><p>In Mar 2024 the rate was 2.3 per 10,000.</p>'),
      'b/index.html': page('<p>Leakyshire has 13,000 children.</p>'),
      'c/index.html': page(table('3', '[c]', '[c]')),
      'd/index.html': page(table('[c]', '73')),
      'feed.xml': '<rss><channel><item><description>&lt;p&gt;Children in care were 3 in Mar 2024.&lt;/p&gt;</description></item></channel></rss>',
      'logo.png': Buffer.from([137, 80, 78, 71, 0]),
    });
    const alone = await scanHere(dir, secrets);
    const shared = await scanDistOnThreads(dir, secrets, { threads: 3, filesPerThread: 1 });
    expect(shared).toEqual(alone);
    expect(new Set(alone.leaks.map((l) => l.kind))).toEqual(new Set(['identified', 'table', 'rate']));
    expect(alone.leaks.map((l) => l.file)).toContain('a/index.html');
  });
});

describe('beginScan and finishScan', () => {
  it('read again at the finish what was written, changed or removed after the begun scan listed the site', async () => {
    const dir = site({
      'a/index.html': page('<p>Leakyshire has 13,000 children.</p>'),
      'b/index.html': page(table('[c]', '73', '[c]')),
      'gone/index.html': page(table('3', '[c]', '[c]')),
    });
    const begun = beginScan(dir, secrets, { threads: 2, filesPerThread: 1 });
    expect(begun.stamps.size).toBe(3);
    // Written while the threads read: a leaky rate, a clean table made leaky, and a leaky page removed.
    writeFileSync(join(dir, 'pagefind-like.html'), page('<h2>Children in care per 10,000 children</h2><p>In Mar 2024 the rate was 2.3 per 10,000.</p>'));
    writeFileSync(join(dir, 'b/index.html'), page(table('3', '[c]', '[c]')));
    rmSync(join(dir, 'gone'), { recursive: true });
    const result = await finishScan(begun);
    expect(result).toEqual(await scanHere(dir, secrets));
    expect(result.files).toBe(3);
    expect(result.leaks.map((l) => `${l.kind} ${l.file}`).sort()).toEqual(['identified b/index.html', 'rate pagefind-like.html']);
  });

  it('leave a site of too few files for a thread to the finish', async () => {
    const dir = site({ 'index.html': page(table('3', '[c]', '[c]')) });
    const begun = beginScan(dir, secrets);
    expect(begun.shares).toEqual([]);
    expect((await finishScan(begun)).leaks.map((l) => l.file)).toEqual(['index.html']);
  });
});

describe('files the scanner cannot read', () => {
  it('are listed in its notes, not passed over in silence', async () => {
    const result = await scanHere(site({ 'blob.bin': Buffer.from([0, 1, 2, 3]), 'logo.png': Buffer.from([137, 80, 78, 71, 0]), 'index.html': page('') }), secrets);
    expect(result.files).toBe(3);
    expect(result.notes).toEqual(['blob.bin: unknown binary file, not read', 'logo.png: png file, not read (holds no text)']);
  });
});

describe('scanDist with the figure model’s secrets (test/sites/derived-leaks)', () => {
  let model: SecretList;
  beforeAll(async () => {
    model = await siteSecrets(resolve('test/sites/derived-leaks'));
  });

  it('looks for what the model withholds beyond small counts: a second part, a 12-month total beside its withheld average', async () => {
    const found = model.figures.filter((f) => !f.key.includes('|year to date') && !f.key.includes('total to ')).map((f) => `${f.indicator.id} ${f.breakdown ?? ''} ${f.reason} ${f.count}`).sort();
    expect(found).toEqual([
      'contacts-12-months  secondary 45',
      'cp-plans On a plan for 2 years or less secondary 117',
      'referrals  primary 3',
      'referrals-by-source Health primary 3',
      'referrals-by-source Schools secondary 30',
    ]);
  });

  it('finds a year to date that, beside the other months, gives a withheld month away', async () => {
    const html = `<!doctype html><html lang="en-GB"><head><title>Leakshire</title></head><body><main><h1>Leakshire performance</h1><p>Referrals in the year to date to March 2025: 602.</p></main></body></html>`;
    const { leaks } = await scanHere(site({ 'index.html': html }), model);
    expect(leaks.map((l) => [l.kind, l.figure, l.detail])).toEqual([['identified', 'referrals, Leakshire (fictional) (X00000088), 2025-03', '"602" is the withheld count (602)']]);
  });
});
