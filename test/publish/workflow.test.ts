import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../../src/publish/astro-build.ts';
import { checksumOf, fileDigests } from '../../src/publish/checksum.ts';
import { newReport } from '../../src/publish/new-report.ts';
import { publishVersion } from '../../src/publish/publish-version.ts';
import { verifySite } from '../../src/publish/verify-site.ts';
import { buildSite } from '../support/build-site.ts';

// A copy of test/sites/publishing (Barnsley, July 2022, seed 002) that the steps below edit in turn,
// in a folder of its own: others may run the whole suite in the same checkout at the same time.
mkdirSync(resolve('test/.tmp'), { recursive: true });
const site = mkdtempSync(resolve('test/.tmp/publish-workflow-'));
const id = 'barnsley-looked-after';
const report = join(site, 'content/reports', id);
const rateKey = 'Children in care per 10,000 children, Barnsley, 31 July 2022';
const build = astroBuild(site);
const slow = 400_000;

function textOf(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

describe('publishing a report, revising its data and amending it, in real astro builds', () => {
  afterAll(() => rmSync(site, { recursive: true, force: true }));
  beforeAll(() => {
    cpSync(resolve('test/sites/publishing'), site, { recursive: true, filter: (path) => !/\/(dist|\.astro-cache)(\/|$)/.test(path) });
  });

  it('creates a draft from the template that production builds leave out and draft builds mark as a draft, never indexed', async () => {
    const draft = await newReport({ root: site, council: '370', committee: 'Safeguarding Private Member Briefing', meetingDate: '2022-09-13', period: '2022-07' });
    expect(draft).toBe('barnsley-2022-09-13');
    await expect(newReport({ root: site, council: 'E08000016', committee: 'X', meetingDate: '2022-09-13', period: '2022-07' })).rejects.toThrow('already exists');

    const production = buildSite(site);
    expect(production.ok, production.output).toBe(true);
    expect(production.exists(`reports/${draft}/index.html`)).toBe(false);
    expect(production.file('index.html')).not.toContain(draft);

    const drafts = buildSite(site, { TABLED_DRAFTS: '1' });
    expect(drafts.ok, drafts.output).toBe(true);
    const html = drafts.file(`reports/${draft}/index.html`);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(textOf(html)).toContain('Draft : this report has not been published.');
    expect(html).toContain('<title>Draft: Children&#39;s social care performance report: Barnsley');
  }, slow);

  it('publishes version 1: its MDX, the figures it shows and only the rows it used, with a checksum of them', async () => {
    const result = await publishVersion({ root: site, id, mode: 'publish', date: '2026-11-28', build });
    expect(result).toMatchObject({ version: 1, dir: `content/reports/${id}/versions/1`, changes: [] });

    const dir = join(report, 'versions/1');
    const record = JSON.parse(readFileSync(join(dir, 'version.json'), 'utf8'));
    expect(record).toMatchObject({ version: 1, published: '2026-11-28' });
    expect(record.note).toBeUndefined();
    expect(record.checksum).toBe(checksumOf(await fileDigests(dir, ['version.json'])));
    const figures = JSON.parse(readFileSync(join(dir, 'figures.json'), 'utf8'));
    expect(figures[rateKey]).toBe('71 per 10,000');
    // Each figure once, in words: the six the text and card show, the change the card states, and the rate.
    expect(Object.keys(figures)).toHaveLength(8);
    const rows = readFileSync(join(dir, 'data/observations/barnsley-2022.csv'), 'utf8').trim().split('\n');
    expect(rows.map((row) => row.split(',').slice(0, 3).join(','))).toEqual([
      'indicator,area,period',
      'assessments-within-45-days,E08000016,2022-06',
      'assessments-within-45-days,E08000016,2022-07',
      'assessments-within-45-days,E08000016-SN,2020/21',
      'assessments-within-45-days,E92000001,2020/21',
      'children-in-care,E08000016,2022-06-30',
      'children-in-care,E08000016,2022-07-31',
      'children-in-care-rate,E08000016,2022-07-31',
    ]);
    expect(readFileSync(join(report, 'index.mdx'), 'utf8')).toContain('\nstatus: published\n');
    expect(readFileSync(join(dir, 'index.mdx'), 'utf8')).toBe(readFileSync(join(report, 'index.mdx'), 'utf8'));
  }, slow);

  it('refuses to publish a published report again, and refuses an amendment without a note', async () => {
    await expect(publishVersion({ root: site, id, mode: 'publish', date: '2026-11-29', build })).rejects.toThrow(
      `${id} was published as version 1 on 2026-11-28: to publish a correction, run npm run report:amend`,
    );
    await expect(publishVersion({ root: site, id, mode: 'amend', date: '2026-11-29', note: ' ', build })).rejects.toThrow('an amendment needs a note');
    await expect(publishVersion({ root: site, id, mode: 'amend', date: '2026-11-27', note: 'x', build })).rejects.toThrow('is before the previous version');
  });

  it('after data/ is revised, the published version is unchanged and the production build stops, listing the figure and the way out', () => {
    // 367 children per 10,000 of Barnsley's ONS mid-2022 estimate of 50,706 children (data/dfe/ons_mid-year_population_estimates_2012_to_2024.csv) is 72.4.
    const file = join(site, 'data/observations/barnsley-2022.csv');
    const before = readFileSync(file, 'utf8');
    const after = before.replace(/^(children-in-care-rate,E08000016,2022-07-31,,,,)71\.1,/m, '$172.4,');
    expect(after).not.toBe(before);
    writeFileSync(file, after);

    const production = buildSite(site);
    expect(production.ok).toBe(false);
    expect(production.output).toContain(`content/reports/${id}: the report as it now stands would show 1 figure different from version 1, published 2026-11-28 (published → now):`);
    expect(production.output).toContain(`  ${rateKey}: 71 per 10,000 → 72 per 10,000`);
    expect(production.output).toContain(`To publish the change, run npm run report:amend -- ${id} --note "…"; to undo it, restore the data or MDX from git.`);

    const drafts = buildSite(site, { TABLED_DRAFTS: '1' });
    expect(drafts.ok, drafts.output).toBe(true);
    expect(drafts.output).toContain(`  ${rateKey}: 71 per 10,000 → 72 per 10,000`);
    expect(textOf(drafts.file(`reports/${id}/index.html`))).toContain('a rate of 71 per 10,000');
    expect(textOf(drafts.file(`reports/${id}/v1/index.html`))).toContain('a rate of 71 per 10,000');
    const amendment = textOf(drafts.file(`reports/${id}/draft/index.html`));
    expect(amendment).toContain('a rate of 72 per 10,000');
    expect(amendment).toContain('Draft amendment : this is the text and data the next version would be published from.');
  }, slow);

  it('amends: version 2 shows the revised figure and lists the change, and version 1 stays at its address pointing to the latest', async () => {
    const note = 'Rate of children in care recomputed from the ONS mid-2022 population estimate';
    const result = await publishVersion({ root: site, id, mode: 'amend', date: '2026-12-01', note, build });
    expect(result.version).toBe(2);
    expect(result.changes).toEqual([{ key: rateKey, before: '71 per 10,000', after: '72 per 10,000' }]);

    const built = buildSite(site);
    expect(built.ok, built.output).toBe(true);
    const latest = built.file(`reports/${id}/index.html`);
    const v2 = JSON.parse(readFileSync(join(report, 'versions/2/version.json'), 'utf8'));
    expect(textOf(latest)).toContain('a rate of 72 per 10,000');
    expect(textOf(latest)).toContain('Published 1 December 2026 , version 2 (amended)');
    expect(latest).toContain(`sha256:${v2.checksum}`);
    expect(textOf(latest)).toContain(`Version 1 28 November 2026 First published [z] Version 2 (this page) 1 December 2026 ${note} 1`);
    expect(textOf(latest)).toContain(`Figures changed in version 2 (1 December 2026) Figure Version 1 Version 2 ${rateKey} 71 per 10,000 72 per 10,000`);
    expect(latest).not.toContain('noindex');

    const v1 = built.file(`reports/${id}/v1/index.html`);
    expect(textOf(v1)).toContain('a rate of 71 per 10,000');
    expect(textOf(v1)).toContain('This is an earlier version : version 1, published 28 November 2026. It has been replaced by version 2, published 1 December 2026: read the latest version');
    expect(v1).toMatch(new RegExp(`<a href="/reports/${id}/"[^>]*>read the latest version</a>`));
    expect(v1).toContain('<meta name="robots" content="noindex">');
    expect(textOf(built.file(`reports/${id}/v2/index.html`))).toContain('a rate of 72 per 10,000');
  }, slow);

  it('verification passes, then fails with a clear message once a frozen file is edited by hand', async () => {
    const good = await verifySite({ root: site, build });
    expect(good.ok, good.lines.join('\n')).toBe(true);
    expect(good.lines[0]).toMatch(new RegExp(`^ok   ${id} version 1, published 2026-11-28, sha256:[0-9a-f]{64}$`));

    const frozen = join(report, 'versions/1/data/observations/barnsley-2022.csv');
    writeFileSync(frozen, readFileSync(frozen, 'utf8').replace('children-in-care,E08000016,2022-07-31,,,,367,', 'children-in-care,E08000016,2022-07-31,,,,368,'));
    const bad = await verifySite({ root: site, build });
    expect(bad.ok).toBe(false);
    const message = bad.lines.join('\n');
    expect(message).toContain(`version 1 of content/reports/${id}, published 2026-11-28, has been changed by hand:`);
    expect(message).toContain(`  content/reports/${id}/versions/1/data/observations/barnsley-2022.csv has been edited (its SHA-256 is now`);
    expect(message).toContain(`Restore it with: git checkout -- content/reports/${id}/versions/1`);
    expect(message).toContain('the production build fails');
  }, slow);
});
