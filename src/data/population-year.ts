import { periodSpan, type Period } from '../engine/periods.ts';

/**
 * The ONS mid-year estimate a rate for `period` is per: the latest 30 June on or before the period
 * ends. So 31 March 2020 and 2019/20 use mid-2019, as DfE does; October 2020 uses mid-2020.
 */
export function populationYear(period: Period): number {
  const { last } = periodSpan(period);
  const year = Math.floor(last / 10000);
  return last % 10000 >= 630 ? year : year - 1;
}
