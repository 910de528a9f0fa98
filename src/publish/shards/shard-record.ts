import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseShard, shardName, type Shard } from './shard.ts';

/** Written into a shard's output by `npm run build -- --shard i/n`, read and left out by the merge. */
export const SHARD_RECORD = '.tabled-shard.json';

export function writeShardRecord(outDir: string, shard: Shard): void {
  writeFileSync(join(outDir, SHARD_RECORD), `${JSON.stringify({ shard: shardName(shard) })}\n`);
}

/** Which shard a folder holds, or why it is not a shard's output. */
export function readShardRecord(outDir: string): Shard {
  const path = join(outDir, SHARD_RECORD);
  if (!existsSync(path)) throw new Error(`${outDir} is not the output of a shard: it has no ${SHARD_RECORD}. Build each shard with npm run build -- --shard i/n --outDir <folder>`);
  const record = JSON.parse(readFileSync(path, 'utf8')) as { shard?: unknown };
  return parseShard(String(record.shard));
}
