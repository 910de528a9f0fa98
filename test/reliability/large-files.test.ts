/**
 * Large and hostile data files, through the real loader: each stops the build with one problem that
 * names the file (and the line where there is one) and says what to do, never a crash or a hang.
 * Files are made in a temporary copy of the example data and never committed.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../bench/budgets.ts';
import { measuredRun } from '../../bench/measured-run.ts';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { DataError } from '../../src/data/problems.ts';

const scratch = mkdtempSync(join(tmpdir(), 'tabled-large-files-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const HEADER = 'indicator,area,period,breakdown,numerator,denominator,value,marker,note\n';
const FILE = 'data/observations/zz-hostile.csv';

/**
 * The example data's catalogue (indicators, areas, populations) with one observations file,
 * `zz-hostile.csv`, holding `bytes`: the file under test is the only one read besides the catalogue.
 */
function siteWith(name: string, bytes: string | Uint8Array): string {
  const root = join(scratch, name);
  mkdirSync(join(root, 'data', 'observations'), { recursive: true });
  for (const file of ['indicators.csv', 'areas.csv', 'populations.csv']) cpSync(join('data', file), join(root, 'data', file));
  writeFileSync(join(root, FILE), bytes);
  return root;
}

/** The loader's one problem, as the build prints it (location, message and fix), or a failure if it loaded. */
async function onlyProblem(root: string): Promise<string> {
  const error = await loadDataset({ root }).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof DataError)) throw new Error(`expected a DataError, got ${String(error)}`);
  expect(error.problems, error.message).toHaveLength(1);
  return error.message.split('\n').slice(1, -1).join('\n');
}

/** Fictional Borough's early help counts (fictional data), one row per team and month: `teams` × 1,000 rows. */
function observationRows(teams: number): string {
  const chunks = [HEADER];
  for (let team = 1; team <= teams; team += 1) {
    const rows: string[] = [];
    for (let m = 0; m < 1000; m += 1) {
      const period = `${1942 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
      rows.push(`early-help-assessments,X00000001,${period},Team ${team},,,${(team * 7 + m) % 500},,Fictional data\n`);
    }
    chunks.push(rows.join(''));
  }
  return chunks.join('');
}

/** Loads a data folder in a Node process of its own and measures it, as a build would hold the data. */
async function loadMeasured(root: string) {
  const child = resolve('test/reliability/load-dataset-child.ts');
  const run = await measuredRun(process.execPath, ['--experimental-strip-types', '--no-warnings=ExperimentalWarning', child, root], { timeoutSeconds: 120 });
  const line = run.output.split('\n').find((text) => text.startsWith('{'));
  if (line === undefined) throw new Error(`the loader printed no result (exit ${run.exitCode}):\n${run.output}`);
  const result = JSON.parse(line) as { ok: boolean; observations?: number; message?: string; seconds: number };
  const mb = (run.peakBytes / 1024 / 1024).toFixed(0);
  const cpu = run.cpuSeconds === undefined ? '' : ` (${run.cpuSeconds.toFixed(1)} s of CPU)`;
  return { ...result, peakBytes: run.peakBytes, summary: `${run.seconds.toFixed(1)} s${cpu}, peak ${mb} MB` };
}

describe('a very large observations file', () => {
  it('of a million rows stops with one message naming the file and what to do, within the 1.5 GB budget', async () => {
    const root = siteWith('million', observationRows(1000));
    const result = await loadMeasured(root);
    console.log(`1,000,000 rows: refused in ${result.summary}`);
    expect(result.ok).toBe(false);
    expect(result.message).toBe(
      [
        'Data check failed: 1 problem in 1 file',
        `${FILE} has 1,000,000 rows, more than the 250,000 a data file may hold: every row is kept in memory while the site is built`,
        '  fix: keep in this file only the rows your reports use (for example, remove years no report shows); one file is read whole or not at all',
        'Correct each cell named above in the CSV file (line numbers count from 1, header included; columns are positions in the header), then build again. The data contract is in src/data/README.md.',
      ].join('\n'),
    );
    expect(result.peakBytes).toBeLessThan(LIMITS.councilBytes);
  }, 120_000);

  it('of 250,000 rows, the most a file may hold, loads within the 1.5 GB budget', async () => {
    const root = siteWith('limit', observationRows(250));
    const result = await loadMeasured(root);
    console.log(`250,000 rows: loaded in ${result.summary}`);
    expect(result).toMatchObject({ ok: true });
    expect(result.observations).toBe(250_000);
    expect(result.peakBytes).toBeLessThan(LIMITS.councilBytes);
  }, 120_000);
});

describe('several files each within the limit of a file', () => {
  it('of 200,000 rows each stop with one message naming them, before the build runs out of memory', async () => {
    const root = siteWith('two-large', observationRows(200));
    writeFileSync(join(root, 'data/observations/zz-second.csv'), observationRows(200).replaceAll(',Team ', ',Unit '));
    const result = await loadMeasured(root);
    console.log(`2 × 200,000 rows: refused in ${result.summary}`);
    expect(result.ok).toBe(false);
    // The rest of the count is the example catalogue's rows, which change as the catalogue does.
    const [first = '', problem = '', fix = ''] = result.message?.split('\n') ?? [];
    expect(first).toBe('Data check failed: 1 problem in 1 file');
    expect(problem).toMatch(/^data holds 400,\d{3} rows in its CSV files, more than the 300,000 a site's data may hold together: every row is kept in memory while the site is built, and more would run it out of memory \(largest: data\/observations\/zz-hostile\.csv 200,000, data\/observations\/zz-second\.csv 200,000, /);
    expect(fix).toBe('  fix: keep in data/ only the rows your reports use (for example, remove years no report shows), or split the councils into sites of their own');
    expect(result.peakBytes).toBeLessThan(LIMITS.councilBytes);
  }, 120_000);
});

describe('a hostile observations file', () => {
  it('with a 10 MB cell names the line and column, and leaves the long text out of the message', async () => {
    const note = 'x'.repeat(10 * 1024 * 1024);
    const root = siteWith('long-field', `${HEADER}early-help-assessments,X00000001,2024-04,,,,12,,"${note}"\n`);
    expect(await onlyProblem(root)).toBe(
      `${FILE}:2:9 note is 10,485,760 characters long, more than the 10,000 a cell may hold\n` +
        '  fix: no figure or note is this long: check that every quoted cell has its closing quote, or that a document was not pasted into the cell',
    );
  });

  it('saved as Latin-1, with accented names, names the first line that is not UTF-8', async () => {
    const text = `${HEADER}early-help-assessments,X00000001,2024-04,,,,12,,Fictional data\nearly-help-assessments,X00000001,2024-05,Équipe Sud – Brontë House,,,9,,Fictional data\n`;
    const root = siteWith('latin1', Buffer.from(text.replace('–', '-'), 'latin1'));
    expect(await onlyProblem(root)).toBe(
      `${FILE}:3 is not UTF-8 from this line on (it was probably saved as Windows-1252 or Latin-1, where "£" and accented letters are stored differently): save it again as "CSV UTF-8" (Excel: File › Save As › CSV UTF-8 (Comma delimited))`,
    );
  });

  it('saved as UTF-16 without a byte order mark says so, rather than reporting NUL bytes', async () => {
    const root = siteWith('utf16', Buffer.from(`${HEADER}early-help-assessments,X00000001,2024-04,Équipe,,,12,,Fictional data\n`, 'utf16le'));
    expect(await onlyProblem(root)).toBe(
      `${FILE} is saved as UTF-16 ("Unicode text") without a byte order mark, not UTF-8\n` +
        '  fix: open it in the program that made it and save it as "CSV UTF-8 (Comma delimited)"',
    );
  });

  it('that is really a PNG image, or an Excel workbook, says what it is', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.from('IHDR')]);
    expect(await onlyProblem(siteWith('png', png))).toBe(
      `${FILE} is a PNG image, not a CSV file\n  fix: type or export the numbers into a CSV file; an image of a table cannot be read`,
    );
    const xlsx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0]), Buffer.from('[Content_Types].xml')]);
    expect(await onlyProblem(siteWith('xlsx', xlsx))).toBe(
      `${FILE} is a ZIP archive (an Excel .xlsx workbook is one), not a CSV file\n  fix: open it in the program that made it and save it as "CSV UTF-8 (Comma delimited)"`,
    );
  });

  it('of random bytes is refused as binary, at the line of its first NUL byte', async () => {
    // A fixed xorshift sequence: the same "random" file on every run.
    let state = 20261128;
    const bytes = Uint8Array.from({ length: 64 * 1024 }, () => {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      return (state >>> 0) & 0xff;
    });
    const nul = bytes.indexOf(0);
    const line = bytes.subarray(0, nul).filter((byte) => byte === 0x0a).length + 1;
    expect(await onlyProblem(siteWith('random', bytes))).toBe(
      `${FILE}:${line} holds a NUL byte (byte ${(nul + 1).toLocaleString('en-GB')} of the file), which no CSV text has: this is a binary file or a damaged one\n` +
        '  fix: check that this is the file you meant to put there, and if it is, open it in the program that made it and save it as "CSV UTF-8 (Comma delimited)"',
    );
  });

  it('with one NUL byte in an otherwise good file names its line', async () => {
    const text = `${HEADER}early-help-assessments,X00000001,2024-04,,,,12,,Fictional data\nearly-help-assessments,X00000001,2024-05,,,,1\u00003,,Fictional data\n`;
    expect(await onlyProblem(siteWith('nul', text))).toBe(
      `${FILE}:3 holds a NUL byte (byte ${(text.indexOf('\u0000') + 1).toLocaleString('en-GB')} of the file), which no CSV text has: this is a binary file or a damaged one\n` +
        '  fix: check that this is the file you meant to put there, and if it is, open it in the program that made it and save it as "CSV UTF-8 (Comma delimited)"',
    );
  });
});
