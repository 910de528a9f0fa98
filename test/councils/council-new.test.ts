import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCouncils, type AreaRow } from '../../src/data/councils/check-councils.ts';
import { readCouncil } from '../../src/data/councils/read-council.ts';
import { parseCsvText } from '../../src/data/csv.ts';
import { loadDataset } from '../../src/data/load-dataset.ts';

/**
 * Runs the real command on a temporary copy of the example site's data/ (the real DfE files) and
 * content/: never on the repository's own data/.
 */
let site: string;

function councilNew(...args: string[]) {
  const run = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', 'scripts/council-new.ts', ...args], {
    env: { ...process.env, TABLED_SITE: site },
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const read = (file: string): string => readFileSync(join(site, file), 'utf8');

/** The 2025 model's row for a council, read straight from DfE's file: SN_1 … SN_10 are every other column from the fifth. */
function modelRow(dfeCode: string): string[] {
  const line = read('data/dfe/sn_model_2025_wide.csv').split(/\r?\n/).find((l) => l.startsWith(`${dfeCode},`));
  if (line === undefined) throw new Error(`no row for ${dfeCode}`);
  return line.split(',').slice(4).filter((_, i) => i % 2 === 0);
}

function areas(): Map<string, AreaRow> {
  const table = parseCsvText(read('data/areas.csv'), 'data/areas.csv');
  return new Map(table.rows.map(({ record }) => [record['code'] ?? '', { code: record['code'] ?? '', dfeCode: record['dfe_code'] ?? '', kind: record['kind'] ?? '' }]));
}

beforeAll(() => {
  site = mkdtempSync(join(tmpdir(), 'tabled-council-new-'));
  cpSync('data', join(site, 'data'), { recursive: true });
  mkdirSync(join(site, 'content'));
  cpSync('content/theme.json', join(site, 'content/theme.json'));
  cpSync('content/councils', join(site, 'content/councils'), { recursive: true });
});

afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('npm run council:new', () => {
  it('writes a council by its DfE code with its ten neighbours from the 2025 model, saying which model', () => {
    const before = read('data/areas.csv');
    const run = councilNew('--code', '873', '--name', 'Cambridgeshire County Council', '--brand', '#5a2a82');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const council = JSON.parse(read('content/councils/cambridgeshire-county-council.json'));
    expect(council).toMatchObject({ name: 'Cambridgeshire County Council', code: 'E10000003', dfeCode: '873', region: 'E12000006' });
    expect(council.neighbours.model).toBe("DfE's 2025 statistical neighbour model");
    expect(council.neighbours.source).toBe('data/dfe/sn_model_2025_wide.csv');
    expect(council.neighbours.councils.map((n: { dfeCode: string }) => n.dfeCode)).toEqual(modelRow('873'));
    expect(council.theme.colours).toEqual({ brand: '#5a2a82', focus: '#ffbf47' });
    // Cambridgeshire was already in areas.csv: only rows it lacked were added, after the existing bytes.
    const after = read('data/areas.csv');
    expect(after.startsWith(before)).toBe(true);
    expect(after.match(/^E10000003,/gm)).toHaveLength(1);
    expect(after).toContain('\nE10000003-SN,');
    expect(run.stdout).toContain('npm run report:new -- --council E10000003');
    expect(run.stdout).toContain('data/observations/cambridgeshire-county-council.csv');
  });

  it('takes an ONS code, adds the council, its neighbours, their regions and its group to areas.csv, and the build accepts the result', async () => {
    const run = councilNew('--code', 'E06000047');
    expect(run.status).toBe(0);
    const council = JSON.parse(read('content/councils/county-durham.json'));
    expect(council.dfeCode).toBe('840');
    const rows = areas();
    expect(rows.get('E06000047')).toEqual({ code: 'E06000047', dfeCode: '840', kind: 'local-authority' });
    expect(rows.get('E06000047-SN')?.kind).toBe('group');
    for (const dfeCode of modelRow('840')) expect([...rows.values()].some((r) => r.dfeCode === dfeCode)).toBe(true);
    expect(rows.get('E12000001')?.kind).toBe('region');
    // What the build checks: the file alone, then against areas.csv.
    const files = ['county-durham.json', 'cambridgeshire-county-council.json'].map((name) => {
      const file = `content/councils/${name}`;
      return { file, ...readCouncil(read(file), file) };
    });
    expect(checkCouncils(files, rows, 'data/areas.csv').problems).toEqual([]);
    const dataset = await loadDataset({ root: site });
    expect(dataset.areas.get('E06000047')?.name).toBe('County Durham');
    expect(dataset.warnings.filter((w) => w.file === 'data/areas.csv')).toEqual([]);
  });

  it('puts a London borough in the region London, not the Inner or Outer London of DfE\'s files, and the build accepts it', async () => {
    const run = councilNew('--code', '202');
    expect(run.status).toBe(0);
    expect(JSON.parse(read('content/councils/camden.json'))).toMatchObject({ code: 'E09000007', region: 'E12000007' });
    const rows = areas();
    expect(rows.get('E12000007')?.kind).toBe('region');
    expect(rows.has('E13000001') || rows.has('E13000002')).toBe(false);
    const dataset = await loadDataset({ root: site });
    expect(dataset.areas.get('E09000007')?.name).toBe('Camden');
    expect(dataset.warnings.filter((w) => w.file === 'data/areas.csv')).toEqual([]);
  });

  it.each([
    [['--code', '999'], /^council:new: "999" is not a council in DfE's 2025 statistical neighbour model \(data\/dfe\/sn_model_2025_wide\.csv\): give a current DfE LA code such as 370 or an ONS code such as E08000016\n$/],
    [['--code', 'E06000047'], /^council:new: County Durham \(E06000047\) already has content\/councils\/county-durham\.json: edit that file instead\n$/],
    [['--code', '370', '--brand', 'purple'], /^council:new: --brand "purple" is not a colour: give six hex digits such as #005a30\n$/],
    [['--code', '370', '--brand', '#7fa7d9'], /^council:new: --brand "#7fa7d9" has contrast 2\.\d\d:1 with white text; it needs at least 4\.5:1 — choose a darker colour/],
    [['--code', 'X00000009'], /^council:new: X00000009 is a fictional code, which DfE's model does not have: write content\/councils\/<slug>\.json by hand/],
  ])('refuses %j with exit code 2 and one line, writing nothing', (args, message) => {
    const before = read('data/areas.csv');
    const run = councilNew(...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(read('data/areas.csv')).toBe(before);
    expect(existsSync(join(site, 'content/councils/barnsley.json'))).toBe(false);
  });
});
