import { z } from 'zod';
import { cell, optional, required, text } from './cells.ts';

/**
 * `data/glossary.csv` (optional): the sector's words for things, as DfE names them in its statistics,
 * with the words labels must not use instead. Every indicator's label and definition is checked
 * against it, and each term against the DfE file that names it.
 */
export const glossarySchema = z.object({
  /** The sector's term, in lower case as it reads mid-sentence. @example "second or subsequent" */
  term: cell(required('the term, e.g. second or subsequent', text)),
  /** Words labels must not use for it, separated by ";". @example "second or later; repeat plan" */
  avoid: cell(required('the words to avoid, separated by ";"', text)),
  /** A file in data/dfe/ that names it, where it is DfE's term. @example "d3_cpps_subsequent_plan_2013_to_2025.csv" */
  dfe_file: cell(optional(text)),
  /** The name in that file that uses the term: a filter value or a column. @example "Child Protection Plans which are a second or subsequent plan" */
  dfe_name: cell(optional(text)),
  /** Why, in words. */
  note: cell(optional(text)),
});

export type GlossaryRow = z.output<typeof glossarySchema>;
export const GLOSSARY_OPTIONAL_COLUMNS = ['dfe_file', 'dfe_name', 'note'] as const;
