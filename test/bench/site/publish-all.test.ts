/**
 * The benchmark's published council: every synthetic report frozen as version 1 from one recording
 * build, then built for real, as a council's site stands after years of meetings.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishAll, PUBLISHED } from '../../../bench/site/publish-all.ts';
import { writeSyntheticSite } from '../../../bench/site/write-site.ts';
import { buildSite } from '../../support/build-site.ts';

describe('publishAll', () => {
  it('freezes every report as version 1, and the site then builds from the frozen versions without a warning', async () => {
    const site = writeSyntheticSite(resolve(`test/.tmp/bench-publish-all-${process.pid}`), { name: 'published', councils: 1, reports: 2, indicators: 3 });
    await publishAll(site);
    for (const { slug } of site.reports) {
      const version = join(site.folder, 'content/reports', slug, 'versions/1');
      expect(JSON.parse(readFileSync(join(version, 'version.json'), 'utf8'))).toMatchObject({ version: 1, published: PUBLISHED });
      expect(Object.keys(JSON.parse(readFileSync(join(version, 'figures.json'), 'utf8'))).length).toBeGreaterThan(0);
    }
    const built = buildSite(site.folder);
    expect(built.ok, built.output).toBe(true);
    expect(built.output).not.toContain('never been frozen');
    expect(built.file(`reports/${site.reports[0]?.slug}/index.html`)).toContain(`/reports/${site.reports[0]?.slug}/v1/`);
  }, 120_000);
});
