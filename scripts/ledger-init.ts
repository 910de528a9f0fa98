/**
 * `npm run ledger:init [-- --tag]`: records in content/ledger.jsonl every frozen version it does not yet
 * hold (versions frozen before the ledger existed), oldest publication first, after checking that each
 * is unchanged and its date passes the publishing rules; with --tag, makes each new entry's git tag.
 * report:publish and report:amend record their own versions: this is for the ones before them.
 */
import { parseArgs } from 'node:util';
import { describeEntry } from '../src/publish/ledger.ts';
import { recordUnrecordedVersions } from '../src/publish/ledger-init.ts';

try {
  const { values } = parseArgs({ options: { tag: { type: 'boolean', default: false } } });
  const root = process.env['TABLED_SITE'] ?? '.';
  const result = await recordUnrecordedVersions({ root, today: new Date().toISOString().slice(0, 10), tag: values.tag ?? false });
  if (result.added.length === 0) {
    console.log('ledger:init: every frozen version and correction is already in content/ledger.jsonl; nothing added.');
  } else {
    for (const entry of result.added) console.log(`recorded ${describeEntry(entry)} (entry ${entry.hash})`);
    for (const tag of result.tags) console.log(tag.made ? `tagged ${tag.tag}` : `not tagged ${tag.tag}: ${tag.reason ?? ''}`);
    console.log(`ledger:init: ${result.added.length} entr${result.added.length === 1 ? 'y' : 'ies'} recorded. Commit content/ledger.jsonl.`);
  }
} catch (error) {
  console.error(`ledger:init: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
