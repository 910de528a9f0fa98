import { z } from 'zod';
import { parsePeriod } from '../../engine/period-parse.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Why `text` (YYYY-MM-DD) is not a day on the calendar, or undefined when it is one. JavaScript's Date
 * rolls an impossible day over into the next month (2025-02-30 is 2 March), so the parts are checked.
 */
export function calendarDateProblem(text: string): string | undefined {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (parts === null) return 'is not a date written as YYYY-MM-DD';
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  if (month < 1 || month > 12) return `is not a date: the month is ${parts[2]}, and months run from 01 to 12`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return `is not a date: ${MONTHS[month - 1]} ${year} has ${days} days`;
  return undefined;
}

// A date that YAML did not already turn into a Date (the report loader gives back the text as written).
const isoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written as YYYY-MM-DD, e.g. 2020-12-01' })
    .superRefine((text, context) => {
      const problem = calendarDateProblem(text);
      if (problem !== undefined) context.addIssue({ code: 'custom', message: `${text} ${problem}` });
    }),
);

/** A front matter value that looks like a date, as the author wrote it, and where. */
export interface WrittenDate {
  key: string;
  text: string;
  line: number;
  column: number;
}

/**
 * The top-level front matter values of `source` (a whole MDX file) that look like dates, as written.
 * YAML turns an unquoted 2025-02-30 into a Date, silently moved to 2 March, and 2025-13-01 into
 * 1 January 2026, so only the text can say what the author meant.
 */
export function writtenDates(source: string): WrittenDate[] {
  const lines = source.split(/\r?\n/);
  if (lines[0]?.replace(/^\uFEFF/, '').trim() !== '---') return [];
  const found: WrittenDate[] = [];
  for (let i = 1; i < lines.length && lines[i]?.trim() !== '---'; i += 1) {
    const match = /^([A-Za-z_][\w-]*):([ \t]*)(['"]?)(\d{4}-\d{1,2}-\d{1,2}(?:[Tt ][^'"#]*?)?)\3[ \t]*(?:#.*)?$/.exec(lines[i] ?? '');
    if (match === null) continue;
    const [, key = '', space = '', quote = '', text = ''] = match;
    found.push({ key, text: text.trim(), line: i + 1, column: key.length + 2 + space.length + quote.length });
  }
  return found;
}

/**
 * Front matter as parsed, with each date given back as the text the author wrote; throws at the line
 * and column of a date that is not on the calendar, with what to write instead. `file` names the file
 * in the message; `path` is where it is, for the error's location (`loc`, which Astro prints).
 */
export function datesAsWritten(data: Record<string, unknown>, source: string, file: string, path = file): Record<string, unknown> {
  const fixed = { ...data };
  for (const written of writtenDates(source)) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(written.text)) {
      const problem = calendarDateProblem(written.text);
      if (problem !== undefined) {
        const [year, month] = written.text.split('-').map(Number) as [number, number];
        const example = month >= 1 && month <= 12 ? `${written.text.slice(0, 8)}${String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0')}` : `${year}-12-31`;
        const message = `${file}:${written.line}:${written.column} ${written.key}: ${written.text} ${problem}. Write a real date as YYYY-MM-DD, e.g. ${example}.`;
        throw Object.assign(new Error(message), { loc: { file: path, line: written.line, column: written.column } });
      }
    }
    if (fixed[written.key] instanceof Date) fixed[written.key] = written.text;
  }
  return fixed;
}

/** A person a reader can contact about the report. */
const contactSchema = z
  .object({
    name: z.string().min(1),
    /** Job title or role, e.g. "Service Director Children & Safeguarding" or "Chair". */
    post: z.string().min(1),
    email: z.email().optional(),
    phone: z.string().optional(),
  })
  .strict();

/**
 * The front matter of a report: the anatomy of a committee paper.
 * @example
 * title: "Service Director's Report: Children and Safeguarding"
 * committee: Children and Young People Committee
 * meetingDate: 2020-12-01
 * authority: E10000003
 */
export const reportFrontmatterSchema = z
  .object({
    title: z.string().min(1),
    committee: z.string().min(1),
    meetingDate: isoDate,
    /** The council the report is about: an area code from data/areas.csv (ONS or DfE code). */
    authority: z.string().min(1),
    /** The period the figures cover, in the engine's period grammar, e.g. "2020-10" or "2013/14 Q1-Q2". */
    period: z
      .string()
      .min(1)
      .superRefine((text, context) => {
        const parsed = parsePeriod(text);
        if (!parsed.ok) context.addIssue({ code: 'custom', message: parsed.reason });
      }),
    /** Words for the period covered, as the paper puts it, e.g. "The 12 months to the end of October 2020". */
    periodCovered: z.string().min(1),
    /** Who the paper is from, e.g. "Executive Director People and Communities". */
    from: z.string().min(1).optional(),
    authors: z.array(contactSchema).min(1),
    memberContacts: z.array(contactSchema).default([]),
    purpose: z.string().min(1),
    recommendations: z.array(z.string().min(1)).min(1),
    keyDecision: z.boolean().optional(),
    /** The paper's agenda item number, as its cover gives it, e.g. "11". */
    agendaItem: z.string().min(1).optional(),
    /** The paper's own reference, e.g. "CS2116". */
    reference: z.string().min(1).optional(),
    /** The electoral divisions or wards the paper concerns, as its cover gives them, e.g. "All". */
    electoralDivisions: z.string().min(1).optional(),
    /** The forward plan reference, e.g. "2009/041" or "n/a". */
    forwardPlanRef: z.string().min(1).optional(),
    /** The kind of decision the cover names, e.g. "Cabinet decision". */
    decision: z.string().min(1).optional(),
    /** The heading the paper gives its purpose, e.g. "Outcome" or "Summary" (default "Purpose"). */
    purposeLabel: z.string().min(1).optional(),
    /**
     * Set when the report republishes a paper tabled elsewhere: the paper in words, e.g. "the paper to
     * Cambridgeshire County Council's Cabinet". The page then marks what it adds as added to the web version.
     */
    republishedFrom: z.string().min(1).optional(),
    /** Parts of the cover the web version wrote because the paper has none: each is marked as added. */
    addedToWebVersion: z.array(z.enum(['purpose', 'recommendations', 'contacts'])).optional(),
    /** True for demonstration reports about a fictional council: every page then says so. */
    fictional: z.boolean().default(false),
    status: z.enum(['draft', 'published']).default('draft'),
    /** "sections" (2.15, the usual) or "flat" (paragraphs 1, 2, 3 … through the sections, as some papers number them). */
    numbering: z.enum(['sections', 'flat']).default('sections'),
  })
  .strict();

export type ReportFrontmatter = z.output<typeof reportFrontmatterSchema>;
