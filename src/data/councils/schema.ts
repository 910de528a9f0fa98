import { z } from 'zod';
import { footerLinkSchema, hexColour } from '../theme/schema.ts';

const DFE_CODE = /^\d{3}$/;

/** One of the council's statistical neighbours, as the DfE model lists it, closest first. */
const neighbourSchema = z
  .object({
    /** DfE 3-digit LA code. @example "372" */
    dfeCode: z.string().regex(DFE_CODE, { message: 'must be a 3-digit DfE LA code such as 372' }),
    /** ONS (GSS) code, where DfE's files give one. @example "E08000018" */
    code: z.string().regex(/^[EW]\d{8}$/, { message: 'must be an ONS code such as E08000018' }).optional(),
    /** @example "Rotherham" */
    name: z.string().min(1, { error: 'must not be empty' }),
    /** DfE's closeness label, trimmed. @example "Very close" */
    closeness: z.string(),
  })
  .strict();

/** Which DfE model the neighbours come from, said in the file so a reader never has to guess. */
const neighboursSchema = z
  .object({
    /** In words, for people. @example "DfE's 2025 statistical neighbour model" */
    model: z.string().min(1, { error: 'must not be empty' }),
    /** The model file the list was read from. @example "data/dfe/sn_model_2025_wide.csv" */
    source: z.string().min(1, { error: 'must not be empty' }),
    councils: z.array(neighbourSchema).length(10, { error: 'must list the 10 neighbours the DfE model gives' }),
  })
  .strict();

/** The council's look on its own report pages; the site keeps content/theme.json. */
const councilThemeSchema = z
  .object({
    colours: z
      .object({
        /** Header band and links. Checked: 4.5:1 with white text. */
        brand: hexColour,
        /** Focus ring and skip link. Checked: 3:1 against the brand colour, 4.5:1 behind the text colour. */
        focus: hexColour,
      })
      .strict(),
    /** A short word mark shown before the name in the header, or left out for none. @example "FSC" */
    logoText: z.string().min(1, { error: 'must not be empty; leave logoText out for no logo' }).max(12, { error: 'must be at most 12 characters: it is a short word mark' }).optional(),
    /** Links in the footer of the council's pages, before the site's own. */
    footerLinks: z.array(footerLinkSchema).default([]),
  })
  .strict();

/**
 * Whether and how the council withholds small numbers in what it publishes. Left out: DfE's convention
 * (counts of 1 to 4 about children withheld, with what would give them away).
 */
const disclosureSchema = z
  .object({
    /** Counts from 1 up to one less than this are withheld; "none": the council publishes counts as they are. @example 5 */
    threshold: z.union([z.number().int().min(2, { error: 'must be 2 or more (5 withholds 1 to 4), or "none"' }), z.literal('none')]),
    /** Whether a count of zero is withheld too. */
    suppressZero: z.boolean().default(false),
    /** "children": counts about children and what is made from them; or the ids of the indicators the rule covers. @example "children" */
    indicators: z.union([z.literal('children'), z.array(z.string().min(1)).min(1)]).default('children'),
    /** Whether further figures are withheld so that a withheld one cannot be worked out (a total less the other parts). */
    secondary: z.boolean().default(true),
    /** Where the council states its rule, or the paper that shows it. @example "Stockton-on-Tees Cabinet paper, 27 November 2013, Appendix 2" */
    source: z.string().min(1, { error: 'must say where the council states its rule' }),
  })
  .strict();

/** How the council rates a figure against its target. Left out: a target's own tolerance only, amber within it. */
const ragSchema = z
  .object({
    /** The tolerance of a target that gives none of its own: in the indicator's unit ("unit", percentage points for a percentage) or as a percentage of the target ("target"). */
    tolerance: z
      .object({
        value: z.number().nonnegative({ error: 'must be 0 or more' }),
        of: z.enum(['unit', 'target'], { error: 'must be "unit" or "target"' }),
      })
      .strict()
      .optional(),
    /** What a figure short of its target but within the tolerance is rated: "amber", or "green" where the council counts it on track. */
    within: z.enum(['amber', 'green'], { error: 'must be "amber" or "green"' }).default('amber'),
    /** Where the council states how it rates. @example "Performance report to Cabinet, 2 April 2014, RAG key" */
    source: z.string().min(1, { error: 'must say where the council states how it rates' }),
  })
  .strict();

/** `content/councils/<slug>.json`: one council whose reports the site publishes. */
export const councilSchema = z
  .object({
    /** As shown in the header of its report pages. @example "Barnsley Metropolitan Borough Council" */
    name: z.string().min(1, { error: 'must not be empty' }),
    /** ONS (GSS) code, or X and 8 digits for a fictional council; the row of data/areas.csv. @example "E08000016" */
    code: z.string().regex(/^(?:[EW]\d{8}|X\d{8})$/, { message: 'must be an ONS code such as E08000016, or X and 8 digits for a fictional council' }),
    /** DfE 3-digit LA code; left out for a fictional council. @example "370" */
    dfeCode: z.string().regex(DFE_CODE, { message: 'must be a 3-digit DfE LA code such as 370' }).optional(),
    /** ONS code of the region. @example "E12000003" */
    region: z.string().regex(/^E12\d{6}$/, { message: 'must be an ONS region code such as E12000003' }).optional(),
    /** Left out where there are none, as for a fictional council. */
    neighbours: neighboursSchema.optional(),
    /**
     * How many days before a meeting the council publishes its papers: the publishing commands refuse
     * an earlier publication date. Left out, 10 (papers go out about a week before the meeting). @example 7
     */
    agendaDays: z.number().int().min(1, { error: 'must be at least 1 day' }).max(90, { error: 'must be at most 90 days' }).optional(),
    theme: councilThemeSchema,
    disclosure: disclosureSchema.optional(),
    rag: ragSchema.optional(),
  })
  .strict();

export type Council = z.output<typeof councilSchema>;
export type CouncilTheme = Council['theme'];
