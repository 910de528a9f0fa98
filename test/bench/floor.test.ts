import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderFloor } from '../../bench/floor.ts';
import { writeSyntheticSite } from '../../bench/site/write-site.ts';

describe('renderFloor', () => {
  it('renders every report of a site to one HTML string with a chart per TrendChart and a figure per Value', async () => {
    const site = writeSyntheticSite(resolve('test/.tmp/bench-floor'), { name: 'floor', councils: 1, reports: 2, indicators: 5 });
    const result = await renderFloor(site.folder, join(site.folder, 'floor'));
    expect(result).toMatchObject({ pages: 2, charts: 10 });
    const html = readFileSync(join(site.folder, 'floor/reports/fictional-borough-001-2025-03/index.html'), 'utf8');
    expect(html.match(/<svg /g)).toHaveLength(5);
    expect(html.match(/<table>/g)).toHaveLength(5);
    expect(html).toContain('<span class="value">Mar 2025</span>');
    expect(html).not.toContain('<Value');
  });
});
