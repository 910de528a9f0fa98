import { COMPARE_BASES, type CompareBasis } from '../figure-model.ts';
import type { Where } from './where.ts';

/** A component's `compare` prop: what a figure is compared with, or a build-stopping message saying what to write. */
export function compareArg(text: unknown, where: Where): CompareBasis {
  if (text === undefined) return 'previous';
  if (typeof text === 'string' && (COMPARE_BASES as readonly string[]).includes(text)) return text as CompareBasis;
  throw where.fail(
    'compare',
    `compare=${typeof text === 'string' ? `"${text}"` : `{${String(text)}}`} is not a comparison: write compare="previous" (the period before), compare="latest" (the latest earlier figure there is) or compare="last-year" (the same period a year before)`,
  );
}
