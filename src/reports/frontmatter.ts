import { z } from 'zod';
import { parsePeriod } from '../engine/period-parse.ts';

// YAML turns an unquoted 2020-12-01 into a Date: bring it back to the text the author wrote.
const isoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written as YYYY-MM-DD, e.g. 2020-12-01' })
  .refine((text) => {
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
  }, { error: 'is not a real date' }),
);

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
