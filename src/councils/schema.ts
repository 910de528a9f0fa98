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
  })
  .strict();

export type Council = z.output<typeof councilSchema>;
export type CouncilTheme = Council['theme'];
