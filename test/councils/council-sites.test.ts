import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../support/build-site.ts';
import { recordLedger } from '../support/record-ledger.ts';

const SHIRE = { code: 'X00000002', report: 'fictional-shire-council-2025-02-11', config: 'content/councils/fictional-shire.json', observations: 'data/observations/fictional-shire.csv' };
const BOROUGH = { code: 'X00000001', report: 'fictional-borough-2025-03', config: 'content/councils/fictional-borough.json' };

const brandOf = (config: string): string => (JSON.parse(readFileSync(config, 'utf8')) as { theme: { colours: { brand: string } } }).theme.colours.brand;
/**
 * The brand colour a built page gets: from an inline `:root` rule, or (where a Content-Security-Policy
 * forbids inline styles) from /theme.css, by the page's `data-council` or the site's `:root` rule.
 */
function brandColour(site: BuiltSite, page: string): string | undefined {
  const html = site.file(page);
  const inline = /:root\{--brand:(#[0-9a-f]{6});/i.exec(html)?.[1];
  if (inline !== undefined) return inline;
  const css = site.exists('theme.css') ? site.file('theme.css') : '';
  const council = /<html[^>]*\sdata-council="([^"]+)"/.exec(html)?.[1];
  const selector = council === undefined ? ':root{' : `:root[data-council="${council}"]{`;
  const start = css.indexOf(selector);
  return start === -1 ? undefined : /--brand:(#[0-9a-f]{6});/i.exec(css.slice(start))?.[1];
}
const siteName = (html: string): string => (/<a class="site-name"[^>]*>([\s\S]*?)<\/a>/.exec(html)?.[1] ?? '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

/** Only the rows of a CSV file whose first column is one of `codes`, with its header. */
function rowsFor(file: string, codes: readonly string[]): string {
  const [header, ...rows] = readFileSync(file, 'utf8').split('\n');
  return `${[header, ...rows.filter((row) => codes.includes(row.split(',')[0] ?? ''))].join('\n')}\n`;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('the second council, built alone from its data, content and configuration', () => {
  const scenario = 'test/.tmp/councils-shire-alone';
  let site: BuiltSite;

  beforeAll(() => {
    rmSync(scenario, { recursive: true, force: true });
    mkdirSync(`${scenario}/content/reports`, { recursive: true });
    mkdirSync(`${scenario}/content/councils`);
    mkdirSync(`${scenario}/data/observations`, { recursive: true });
    cpSync('content/theme.json', `${scenario}/content/theme.json`);
    cpSync(SHIRE.config, `${scenario}/${SHIRE.config}`);
    cpSync(`content/reports/${SHIRE.report}`, `${scenario}/content/reports/${SHIRE.report}`, { recursive: true });
    cpSync('data/indicators.csv', `${scenario}/data/indicators.csv`);
    // DfE's national files and England's row: the report compares the council with England, as any council's can.
    cpSync('data/dfe', `${scenario}/data/dfe`, { recursive: true });
    cpSync('data/dfe-indicators.csv', `${scenario}/data/dfe-indicators.csv`);
    cpSync(SHIRE.observations, `${scenario}/${SHIRE.observations}`);
    writeFileSync(`${scenario}/data/areas.csv`, rowsFor('data/areas.csv', [SHIRE.code, 'E92000001']));
    writeFileSync(`${scenario}/data/populations.csv`, rowsFor('data/populations.csv', [SHIRE.code]));
    recordLedger(scenario);
    site = buildSite(scenario);
  }, 240_000);

  it('has no file of the first fictional council, and no row of it outside the published version', () => {
    const inputs = [...filesUnder(`${scenario}/content`), ...filesUnder(`${scenario}/data`)];
    expect(inputs.filter((file) => /borough/i.test(file))).toEqual([]);
    // A published version keeps the areas.csv it was published from, as it was: that copy lists every area.
    const mentions = inputs.filter((file) => !file.includes('/versions/') && /X00000001|Fictional Borough|fictional-borough/.test(readFileSync(file, 'utf8')));
    expect(mentions).toEqual([]);
    expect(inputs.length).toBeGreaterThan(8);
  });

  it('builds, and its report page carries its own name and theme colour', () => {
    expect(site.ok, site.output).toBe(true);
    const html = site.file(`reports/${SHIRE.report}/index.html`);
    expect(siteName(html)).toBe('FSC Fictional Shire Council');
    expect(brandColour(site, `reports/${SHIRE.report}/index.html`)).toBe(brandOf(SHIRE.config));
    expect(html).toContain('class="fictional-banner"');
    // The published version renders from its frozen files, with the same look.
    expect(brandColour(site, `reports/${SHIRE.report}/v1/index.html`)).toBe(brandOf(SHIRE.config));
  });

  it('keeps the site theme for pages that are not a council report', () => {
    const siteBrand = (JSON.parse(readFileSync('content/theme.json', 'utf8')) as { colours: { brand: string } }).colours.brand;
    expect(brandColour(site, 'index.html')).toBe(siteBrand);
    expect(siteBrand).not.toBe(brandOf(SHIRE.config));
  });

  it('needs no code that names either fictional council: src/ has neither name, slug nor code', () => {
    const named = filesUnder('src')
      .filter((file) => /\.(ts|astro|mjs|css)$/.test(file))
      .flatMap((file) => {
        // Comments may use a council as an example; code may not depend on one.
        const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
        const found = code.match(/Fictional (?:Shire|Borough)|fictional-(?:shire|borough)|X0000000[2-9]/g) ?? [];
        // X00000001 is the data layer's example of the fictional code format in two error messages.
        const bare = (code.match(/X00000001/g) ?? []).length - (code.match(/such as X00000001/g) ?? []).length;
        return [...found, ...(bare > 0 ? ['X00000001'] : [])].map((what) => `${file}: ${what}`);
      });
    expect(named).toEqual([]);
  });
});

describe("the example site's two fictional councils", () => {
  const scenario = 'test/.tmp/councils-two-fictional';
  let site: BuiltSite;

  beforeAll(() => {
    rmSync(scenario, { recursive: true, force: true });
    mkdirSync(`${scenario}/content/reports`, { recursive: true });
    cpSync('content/theme.json', `${scenario}/content/theme.json`);
    cpSync('content/councils', `${scenario}/content/councils`, { recursive: true });
    for (const { report } of [SHIRE, BOROUGH]) cpSync(`content/reports/${report}`, `${scenario}/content/reports/${report}`, { recursive: true });
    cpSync('data', `${scenario}/data`, { recursive: true });
    recordLedger(scenario);
    site = buildSite(scenario);
  }, 240_000);

  it("carry different theme colours, each its own council's", () => {
    expect(site.ok, site.output).toBe(true);
    const shire = brandColour(site, `reports/${SHIRE.report}/index.html`);
    const borough = brandColour(site, `reports/${BOROUGH.report}/index.html`);
    expect(shire).toBe(brandOf(SHIRE.config));
    expect(borough).toBe(brandOf(BOROUGH.config));
    expect(shire).not.toBe(borough);
    expect(siteName(site.file(`reports/${BOROUGH.report}/index.html`))).toBe('Fictional Borough Council');
  });
});
