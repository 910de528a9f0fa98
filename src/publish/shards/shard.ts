/**
 * A share of a site's build (`npm run build -- --shard i/n`): every report of the councils that fall
 * to shard i (`shardOfCouncil`), and in shard 1, the site shard, every site-wide page as well. Shards are joined by
 * `npm run build:merge` (./merge-shards.ts), which runs the whole-site checks over the joined output.
 */
export interface Shard {
  /** 1 to `count`. */
  index: number;
  count: number;
}

/** The shard that builds the site-wide pages: the home page, indicators, downloads, national pages, feed. */
export const SITE_SHARD = 1;

/** The most shards a build may be split into: more would leave most with no council at all. */
const MOST_SHARDS = 64;

export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (match === null || count < 1 || count > MOST_SHARDS || index < 1 || index > count) {
    throw new Error(`--shard must be i/n, the i-th of n shards (1 ≤ i ≤ n ≤ ${MOST_SHARDS}), such as --shard 2/4; "${text}" is not`);
  }
  return { index, count };
}

export function shardName({ index, count }: Shard): string {
  return `${index}/${count}`;
}

/** The shard a build runs as (TABLED_SHARD, set by `npm run build -- --shard i/n`), or undefined for the whole site. */
export function shardOfBuild(env: NodeJS.ProcessEnv = process.env): Shard | undefined {
  const asked = env['TABLED_SHARD'];
  return asked === undefined || asked === '' ? undefined : parseShard(asked);
}

/** Whether a build makes the site-wide pages: a whole-site build, or the site shard. */
export function buildsSiteWide(shard: Shard | undefined): boolean {
  return shard === undefined || shard.index === SITE_SHARD;
}

/**
 * The shard that builds a council's reports: from its code alone (FNV-1a, 32-bit), so that any
 * process, reading one report or all, deals a council to the same shard, and adding a council never
 * moves another. Shares are near-equal across many councils, not exact across a few.
 */
export function shardOfCouncil(code: string, count: number): number {
  let hash = 0x811c9dc5;
  for (const char of code) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % count) + 1;
}

/** Whether a council's reports are built by `shard` (always, in a whole build). */
export function buildsCouncil(shard: Shard | undefined, code: string): boolean {
  return shard === undefined || shardOfCouncil(code, shard.count) === shard.index;
}
