import { parsePeriod, type Period } from '../engine/index.ts';

/** A period written by an author in MDX (`2020-10`, `2019/20` …), or a build-stopping message saying how to write it. */
export function periodArg(text: string, where: string): Period {
  const parsed = parsePeriod(text);
  if (!parsed.ok) throw new Error(`${where}: ${parsed.reason}`);
  return parsed.period;
}
