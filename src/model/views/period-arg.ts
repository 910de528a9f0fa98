import { readPeriod, type Period } from '../../engine/index.ts';
import { PropError, type Where } from './where.ts';

/**
 * A period written by an author in MDX (`2020-10`, `2019/20`, or a paper's "Q3 2021/22", "March 2022"
 * …), or a build-stopping message naming the prop and saying how to write it.
 */
export function periodArg(text: string, where: Where | string, prop = 'period'): Period {
  // MDX passes {2025} as a number: say how to write it rather than fail inside the parser.
  const fail = (message: string) => (typeof where === 'string' ? new PropError(prop, `${where}: ${message}`) : where.fail(prop, message));
  if (typeof text !== 'string') throw fail(`a period is written as text in quotes, e.g. ${prop}="2025-01" or ${prop}="2024/25", not ${prop}={${String(text)}}`);
  const parsed = readPeriod(text);
  if (!parsed.ok) throw fail(parsed.reason);
  return parsed.period;
}
