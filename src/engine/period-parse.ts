import { daysInMonth, type Period, type PeriodResult } from './period.ts';
import { financialYearText, longMonthName } from './period-format.ts';
import { suggestPeriod } from './period-forms.ts';

const EXAMPLES = 'write 2020-03-31, 2020-10, 2019/20, 2013/14 Q2 or 2020';

const MONTH = /^(\d{4})-(\d{2})$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const FINANCIAL_YEAR = /^(\d{4})\/(\d{2})$/;
const QUARTER = /^(\d{4})\/(\d{2}) Q(\d)(?:[-–]Q(\d))?$/;
const CALENDAR_YEAR = /^\d{4}$/;

function fail(reason: string): PeriodResult {
  return { ok: false, reason };
}

function ok(period: Period): PeriodResult {
  return { ok: true, period };
}

function checkFinancialYear(text: string, start: string, end: string): string | undefined {
  const startYear = Number(start);
  const expected = financialYearText(startYear);
  if (Number(end) !== (startYear + 1) % 100) {
    return `"${text}" is not a financial year: the year after ${startYear} ends in ${expected.slice(-2)}, so write ${expected}`;
  }
  return undefined;
}

function parseQuarter(text: string, match: RegExpExecArray): PeriodResult {
  const [, start = '', end = '', first = '', last] = match;
  const yearProblem = checkFinancialYear(text, start, end);
  if (yearProblem) return fail(yearProblem);
  const startYear = Number(start);
  const firstQuarter = Number(first);
  const lastQuarter = last === undefined ? firstQuarter : Number(last);
  for (const q of [firstQuarter, lastQuarter]) {
    if (q < 1 || q > 4) {
      return fail(`"${text}" is not a real quarter: financial quarters run from Q1 (Apr–Jun) to Q4 (Jan–Mar)`);
    }
  }
  const quarter = lastQuarter as 1 | 2 | 3 | 4;
  if (last === undefined) return ok({ kind: 'quarter', startYear, quarter, cumulative: false });
  if (firstQuarter !== 1) {
    return fail(`"${text}" is not a period: quarters added together start at Q1 (1 April), e.g. ${financialYearText(startYear)} Q1-Q${lastQuarter}`);
  }
  if (lastQuarter === 1) {
    return fail(`"${text}" runs from Q1 to Q1: write ${financialYearText(startYear)} Q1`);
  }
  return ok({ kind: 'quarter', startYear, quarter, cumulative: true });
}

function startYearOf(p: Period): number {
  return p.kind === 'financial-year' || p.kind === 'quarter' ? p.startYear : p.year;
}

/**
 * Reads a period in its canonical text: a month `2020-10`, a date `2020-03-31`, a financial year
 * `2019/20`, a quarter `2013/14 Q2` or quarters to date `2013/14 Q1-Q2`, or a calendar year `2020`.
 * On failure the reason quotes the text and says what to write instead.
 */
export function parsePeriod(text: string): PeriodResult {
  const read = readPeriodText(text);
  // "0202-10" is a typo for 2020-10, not October 202; and a year below 1000 has no four-digit text to write back.
  if (read.ok && startYearOf(read.period) < 1000) {
    return fail(`"${text}" is not a period: the year ${text.slice(0, 4)} starts with 0; write the year in full, e.g. 2020`);
  }
  return read;
}

function readPeriodText(text: string): PeriodResult {
  if (text.trim() === '') return fail(`A period is empty: ${EXAMPLES}`);

  const date = DATE.exec(text);
  if (date) {
    const [year, month, day] = [Number(date[1]), Number(date[2]), Number(date[3])];
    if (month < 1 || month > 12) return fail(`"${text}" is not a real date: months run from 01 to 12`);
    const days = daysInMonth(year, month);
    if (day < 1 || day > days) {
      return fail(`"${text}" is not a real date: ${longMonthName(month)} ${year} has ${days} days`);
    }
    return ok({ kind: 'date', year, month, day });
  }

  const month = MONTH.exec(text);
  if (month) {
    const [year, m] = [Number(month[1]), Number(month[2])];
    if (m < 1 || m > 12) return fail(`"${text}" is not a real month: months run from 01 to 12`);
    return ok({ kind: 'month', year, month: m });
  }

  const financial = FINANCIAL_YEAR.exec(text);
  if (financial) {
    const problem = checkFinancialYear(text, financial[1] ?? '', financial[2] ?? '');
    return problem ? fail(problem) : ok({ kind: 'financial-year', startYear: Number(financial[1]) });
  }

  const quarter = QUARTER.exec(text);
  if (quarter) return parseQuarter(text, quarter);

  if (CALENDAR_YEAR.test(text)) return ok({ kind: 'calendar-year', year: Number(text) });

  // A paper's form ("Q3 2021/22", "March 2022") or a near miss of one: say its canonical text.
  const meant = suggestPeriod(text);
  return fail(`"${text}" is not a period: ${meant === undefined ? EXAMPLES : `write ${meant}`}`);
}

/**
 * Reads EES tidy-data `time_period` with its `time_identifier`.
 * - "Financial year" `201920` → 2019/20.
 * - "Reporting year" `2020` is a snapshot or count for the year ending 31 March 2020 in DfE's children's
 *   social care files, so it is the financial year 2019/20.
 * - "Calendar year" `2020` → 2020.
 * - "Financial year Q1"…"Q4" `201920` → that quarter alone.
 * - "January"…"December" `2020` → that month.
 */
export function parseEesTimePeriod(timePeriod: string, timeIdentifier: string): PeriodResult {
  const identifier = timeIdentifier.trim();
  const shown = `"${timePeriod}" (${identifier})`;
  const sixDigits = /^(\d{4})(\d{2})$/.exec(timePeriod);
  const fourDigits = /^\d{4}$/.test(timePeriod) ? Number(timePeriod) : undefined;

  if (identifier === 'Financial year' || /^Financial year Q[1-4]$/.test(identifier)) {
    if (!sixDigits) return fail(`${shown} is not a financial year: EES writes 2019/20 as 201920`);
    const problem = checkFinancialYear(`${sixDigits[1]}/${sixDigits[2]}`, sixDigits[1] ?? '', sixDigits[2] ?? '');
    if (problem) return fail(`${shown} is not a financial year: EES writes 2019/20 as 201920`);
    const startYear = Number(sixDigits[1]);
    if (identifier === 'Financial year') return ok({ kind: 'financial-year', startYear });
    const quarter = Number(identifier.slice(-1)) as 1 | 2 | 3 | 4;
    return ok({ kind: 'quarter', startYear, quarter, cumulative: false });
  }

  if (identifier === 'Reporting year' || identifier === 'Calendar year') {
    if (fourDigits === undefined) return fail(`${shown} is not a year: EES writes a ${identifier.toLowerCase()} as four digits, e.g. 2020`);
    return identifier === 'Reporting year'
      ? ok({ kind: 'financial-year', startYear: fourDigits - 1 })
      : ok({ kind: 'calendar-year', year: fourDigits });
  }

  const monthIndex = [
    'January', 'February', 'March', 'April', 'May', 'June',
    'July', 'August', 'September', 'October', 'November', 'December',
  ].indexOf(identifier);
  if (monthIndex >= 0) {
    if (fourDigits === undefined) return fail(`${shown} is not a year: EES writes the year of a month as four digits, e.g. 2020`);
    return ok({ kind: 'month', year: fourDigits, month: monthIndex + 1 });
  }

  return fail(
    `EES time identifier "${identifier}" is not one this project reads: use Financial year, Financial year Q1–Q4, Reporting year, Calendar year or a month name`,
  );
}
