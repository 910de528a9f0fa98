/**
 * A share of a site's build (`npm run build -- --shard i/n`): every report of the councils that fall
 * to shard i, and in shard 1, the site shard, every site-wide page as well. Shards are joined by
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
 * Which councils a shard builds: the councils with reports, by code, dealt in turn to shards 1 to n,
 * so that each shard gets a near-equal share, and the same content always deals the same way.
 */
export function councilsOfShard(councils: Iterable<string>, shard: Shard): Set<string> {
  const dealt = [...new Set(councils)].sort();
  return new Set(dealt.filter((_, at) => (at % shard.count) + 1 === shard.index));
}
