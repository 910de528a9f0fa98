import type { PeriodResult } from './period.ts';
import { paperForm, suggestPeriod } from './period-forms.ts';
import { parsePeriod } from './period-parse.ts';

/**
 * Reads a period an author wrote in a report: the canonical texts (`2021/22 Q3`, `2022-03`, …) and the
 * forms papers use ("Q3 2021/22", "2021-22", "March 2022"). A near miss says what it most likely meant,
 * in canonical text.
 */
export function readPeriod(text: string): PeriodResult {
  const canonical = parsePeriod(text);
  if (canonical.ok) return canonical;
  const paper = typeof text === 'string' ? paperForm(text) : undefined;
  if (paper !== undefined) return { ok: true, period: paper };
  const meant = typeof text === 'string' ? suggestPeriod(text) : undefined;
  if (meant !== undefined && meant !== text.trim()) return { ok: false, reason: `"${text}" is not a period: did you mean ${meant}? Write ${meant}` };
  return { ok: false, reason: `${canonical.reason}; papers' forms such as Q3 2021/22, 2021-22 and March 2022 are read too` };
}
