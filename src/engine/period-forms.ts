import { daysInMonth, type Period } from './period.ts';
import { formatPeriod } from './period-format.ts';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "Mar", "March", "Sept": a month's name, or its first three letters or more. */
function monthNumber(word: string): number | undefined {
  const lower = word.toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return undefined;
  const index = MONTHS.findIndex((name) => name.startsWith(lower) || (lower === 'sept' && name === 'september'));
  return index === -1 ? undefined : index + 1;
}

/** The number of single-letter edits between two words: a misspelt month is one or two away. */
function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The month a misspelt name most likely means ("Marhc" → 3), when one is close enough to say so. */
function nearestMonth(word: string): number | undefined {
  const lower = word.toLowerCase();
  if (lower.length < 3) return undefined;
  let best: { month: number; distance: number } | undefined;
  MONTHS.forEach((name, i) => {
    const distance = Math.min(editDistance(lower, name), editDistance(lower, name.slice(0, 3)));
    if (best === undefined || distance < best.distance) best = { month: i + 1, distance };
  });
  return best !== undefined && best.distance <= 2 ? best.month : undefined;
}

/** A financial year written "2021/22", "2021-22", "2021/2022" or "2021-2022": its first year, when the second follows it. */
function financialYear(first: string, second: string): number | undefined {
  const start = Number(first);
  const end = second.length === 4 ? Number(second) : Number(second) + Math.floor((start + 1) / 100) * 100;
  return end === start + 1 ? start : undefined;
}

const QUARTER_FIRST = /^Q([1-4])(?:\s*[-–]\s*Q([1-4]))?\s+(\d{4})\s*[/-]\s*(\d{2}|\d{4})$/i;
const QUARTER_LAST = /^(\d{4})\s*[/-]\s*(\d{2}|\d{4})\s+Q([1-4])(?:\s*[-–]\s*Q([1-4]))?$/i;
const YEAR_PAIR = /^(\d{4})\s*[/-]\s*(\d{2}|\d{4})$/;
const MONTH_YEAR = /^([A-Za-z]+)\.?\s+(\d{4})$/;
const DAY_MONTH_YEAR = /^(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})$/;

function quarter(startYear: number, first: number, last: number | undefined): Period | undefined {
  if (last === undefined) return { kind: 'quarter', startYear, quarter: first as 1 | 2 | 3 | 4, cumulative: false };
  if (first !== 1 || last === 1) return undefined;
  return { kind: 'quarter', startYear, quarter: last as 1 | 2 | 3 | 4, cumulative: true };
}

/**
 * A period in one of the forms committee papers write, besides the canonical ones: "Q3 2021/22",
 * "2021-22" (a financial year), "March 2022" or "Mar 2022" (a month) and "31 March 2022" (a date).
 * "2021-12" stays December 2021: the canonical month wins where the two forms could be read alike.
 */
export function paperForm(text: string): Period | undefined {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  let match = QUARTER_FIRST.exec(trimmed);
  if (match) {
    const year = financialYear(match[3]!, match[4]!);
    return year === undefined ? undefined : quarter(year, Number(match[1]), match[2] === undefined ? undefined : Number(match[2]));
  }
  match = QUARTER_LAST.exec(trimmed);
  if (match) {
    const year = financialYear(match[1]!, match[2]!);
    return year === undefined ? undefined : quarter(year, Number(match[3]), match[4] === undefined ? undefined : Number(match[4]));
  }
  match = YEAR_PAIR.exec(trimmed);
  if (match) {
    const year = financialYear(match[1]!, match[2]!);
    return year === undefined ? undefined : { kind: 'financial-year', startYear: year };
  }
  match = MONTH_YEAR.exec(trimmed);
  if (match) {
    const month = monthNumber(match[1]!);
    return month === undefined ? undefined : { kind: 'month', year: Number(match[2]), month };
  }
  match = DAY_MONTH_YEAR.exec(trimmed);
  if (match) {
    const month = monthNumber(match[2]!);
    const day = Number(match[1]);
    const year = Number(match[3]);
    return month === undefined || day < 1 || day > daysInMonth(year, month) ? undefined : { kind: 'date', year, month, day };
  }
  return undefined;
}

/**
 * What a near miss most likely meant, in canonical text: "Q3 21/22" → 2021/22 Q3, "Marhc 2022" →
 * 2022-03, "2021/22Q3" → 2021/22 Q3. Undefined when nothing close enough reads as a period.
 */
export function suggestPeriod(text: string): string | undefined {
  const spaced = text
    .trim()
    .replace(/(\d)(Q[1-4])/gi, '$1 $2')
    .replace(/(Q[1-4])(\d)/gi, '$1 $2')
    .replace(/\b(\d{2})\s*[/-]\s*(\d{2})\b/g, (_, a: string, b: string) => `20${a}/${b}`);
  const read = paperForm(spaced);
  if (read !== undefined) return formatPeriod(read);
  const named = /^([A-Za-z]+)\.?\s+(\d{4})$/.exec(spaced);
  if (named) {
    const month = nearestMonth(named[1]!);
    if (month !== undefined) return formatPeriod({ kind: 'month', year: Number(named[2]), month });
  }
  return undefined;
}

