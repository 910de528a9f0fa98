import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { canonicalJson, chain, entryHash, GENESIS, ledgerHead, ledgerLine, parseLedger, type LedgerEntry, type NewEntry } from '../../src/publish/ledger.ts';

const first: NewEntry = { type: 'version', report: 'testshire-2025-04', version: 1, published: '2025-04-03', note: null, checksum: 'a'.repeat(64) };
const second: NewEntry = { type: 'version', report: 'testshire-2025-04', version: 2, published: '2025-05-01', note: 'The March figure was revised.', checksum: 'b'.repeat(64) };
const third: NewEntry = { type: 'version', report: 'downshire-2025-03', version: 1, published: '2025-05-02', note: null, checksum: 'c'.repeat(64) };

function ledgerOf(...added: NewEntry[]): LedgerEntry[] {
  const entries: LedgerEntry[] = [];
  for (const entry of added) entries.push(chain(entry, entries.at(-1)));
  return entries;
}
const text = (entries: readonly LedgerEntry[]) => entries.map(ledgerLine).join('');

describe('the ledger’s entries', () => {
  it('are written as canonical JSON, keys sorted, one a line', () => {
    expect(canonicalJson({ b: 1, a: [{ d: null, c: 'x' }], e: undefined })).toBe('{"a":[{"c":"x","d":null}],"b":1}');
    const [entry] = ledgerOf(first);
    expect(ledgerLine(entry!)).toBe(`{"checksum":"${'a'.repeat(64)}","hash":"${entry!.hash}","note":null,"prev":"${GENESIS}","published":"2025-04-03","report":"testshire-2025-04","type":"version","version":1}\n`);
  });

  it('chain by hash: each holds the hash of the one before, the first that of none', () => {
    const entries = ledgerOf(first, second, third);
    expect(entries.map((entry) => entry.prev)).toEqual([GENESIS, entries[0]!.hash, entries[1]!.hash]);
    expect(entries.every((entry) => entry.hash === entryHash(entry))).toBe(true);
    expect(ledgerHead(entries)).toBe(entries[2]!.hash);
    expect(ledgerHead([])).toBe(GENESIS);
  });

  it.skipIf(spawnSync('jq', ['--version']).status !== 0)('hash as the documented recipe does: jq -cS \'del(.hash)\' | tr -d \'\\n\' | sha256sum', () => {
    const [entry] = ledgerOf(second);
    const run = spawnSync('sh', ['-c', "jq -cS 'del(.hash)' | tr -d '\\n' | sha256sum"], { input: ledgerLine(entry!), encoding: 'utf8' });
    expect(run.stdout.split(' ')[0]).toBe(entry!.hash);
  });
});

describe('parseLedger', () => {
  const entries = ledgerOf(first, second, third);
  const lines = text(entries).split('\n');

  it('reads a whole ledger with no problem', () => {
    expect(parseLedger(text(entries))).toEqual({ entries, problems: [], text: text(entries) });
  });

  it('finds an entry changed in place: a forged note, with its hash left as it was', () => {
    const forged = text(entries).replace('The March figure was revised.', 'FORGED NOTE The March figure was revised.');
    const read = parseLedger(forged);
    expect(read.entries).toHaveLength(1);
    expect(read.problems).toEqual([expect.stringMatching(/^content\/ledger\.jsonl:2 has been changed since it was written: its contents hash to [0-9a-f]{64}, not to the [0-9a-f]{64} it records$/)]);
  });

  it('finds an entry removed, or two swapped', () => {
    expect(parseLedger([lines[0], lines[2], ''].join('\n')).problems).toEqual([
      `content/ledger.jsonl:2 does not follow the entry before it: its prev is ${entries[1]!.hash}, but the entry before it has hash ${entries[0]!.hash}. An entry has been removed, inserted or reordered`,
    ]);
    expect(parseLedger([lines[1], lines[0], ''].join('\n')).problems[0]).toMatch(/^content\/ledger\.jsonl:1 does not follow the entry before it/);
  });

  it('finds a last line cut short, a blank line and a line that is not JSON', () => {
    expect(parseLedger(text(entries).slice(0, -1)).problems).toEqual(['content/ledger.jsonl:3 does not end with a line break: an entry was cut short, or the file was edited by hand']);
    expect(parseLedger(`${lines[0]}\n\n${lines[1]}\n`).problems).toEqual(['content/ledger.jsonl:2 is blank: the ledger has one entry on every line']);
    expect(parseLedger(`${lines[0]}\n{"type":\n`).problems[0]).toMatch(/^content\/ledger\.jsonl:2 is not a JSON entry \(/);
  });

  it('refuses a kind of entry it does not know, rather than skipping it', () => {
    const retraction = { type: 'retraction', report: 'testshire-2025-04', version: 1, date: '2025-06-01', note: 'x', prev: entries[2]!.hash };
    const line = canonicalJson({ ...retraction, hash: entryHash(retraction as never) });
    expect(parseLedger(`${text(entries)}${line}\n`).problems).toEqual([
      'content/ledger.jsonl:4 is an entry of kind "retraction", which this version of Tabled does not know how to check: update Tabled before building',
    ]);
  });
});
