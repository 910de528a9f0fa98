import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFrameworkSite } from '../../../bench/peer/framework-site.ts';
import { writeSyntheticSite } from '../../../bench/site/write-site.ts';

describe('writeFrameworkSite', () => {
  const site = writeSyntheticSite(resolve('test/.tmp/bench-peer-site'), { name: 'peer', councils: 1, reports: 2, indicators: 5 });
  const folder = resolve('test/.tmp/bench-peer');
  writeFrameworkSite(site, folder);

  it('writes one page per report and a data file for each', () => {
    expect(readdirSync(join(folder, 'src')).filter((f) => f.endsWith('.md')).sort()).toEqual(['fictional-borough-001-2025-02.md', 'fictional-borough-001-2025-03.md', 'index.md']);
    const data = JSON.parse(readFileSync(join(folder, 'src/data/fictional-borough-001-2025-03.json'), 'utf8')) as Record<string, { period: string }[]>;
    expect(Object.keys(data)).toHaveLength(5);
    expect(data['measure-01']).toHaveLength(24);
    expect(data['measure-01']?.at(-1)?.period).toBe('2025-03');
  });

  it('draws each indicator with a Plot code block that imports Plot from node_modules, not from a CDN', () => {
    const page = readFileSync(join(folder, 'src/fictional-borough-001-2025-03.md'), 'utf8');
    expect(page).toContain('import * as Plot from "@observablehq/plot";');
    expect(page).not.toContain('npm:');
    expect(page.match(/display\(Plot\.plot/g)).toHaveLength(5);
    expect(page.match(/<table>/g)).toHaveLength(5);
  });

  it('shows the same latest figure as the data: a percentage from its numerator and denominator', () => {
    const rows = readFileSync(join(site.folder, 'data/observations/x00000001.csv'), 'utf8').split('\n');
    const march = rows.find((r) => r.startsWith('measure-02,X00000001,2025-03,'))!.split(',');
    const percent = ((100 * Number(march[3])) / Number(march[4])).toFixed(1);
    const page = readFileSync(join(folder, 'src/fictional-borough-001-2025-03.md'), 'utf8');
    expect(page).toContain(`In March 2025 the figure was ${percent}%`);
  });
});
