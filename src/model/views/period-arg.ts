import { readPeriod, type Period } from '../../engine/index.ts';

/** A period written by an author in MDX (`2020-10`, `2019/20`, or a paper's "Q3 2021/22", "March 2022" …), or a build-stopping message saying how to write it. */
export function periodArg(text: string, where: string): Period {
  // MDX passes {2025} as a number: say how to write it rather than fail inside the parser.
  if (typeof text !== 'string') throw new Error(`${where}: a period is written as text in quotes, e.g. "2025-01" or "2024/25", not {${String(text)}}`);
  const parsed = readPeriod(text);
  if (!parsed.ok) throw new Error(`${where}: ${parsed.reason}`);
  return parsed.period;
}
