import type { EesFile } from './ees.ts';
import type { ProblemLog } from './problems.ts';
import type { GlossaryRow, Indicator } from './schemas/index.ts';
import type { ValidatedTable } from './load-dataset.ts';

/** A glossary term with what to avoid, and where it came from. */
export interface GlossaryTerm {
  term: string;
  avoid: string[];
  source: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether `text` holds `phrase` as whole words (or their plural), in any case. */
function says(text: string, phrase: string): boolean {
  return new RegExp(`\\b${escapeRegExp(phrase)}s?\\b`, 'i').test(text);
}

/** `text` with the avoided phrase replaced by the term, keeping a capital where the phrase had one. */
function corrected(text: string, phrase: string, term: string): string {
  return text.replace(new RegExp(`\\b${escapeRegExp(phrase)}\\b`, 'gi'), (found) => (found[0] === found[0]!.toUpperCase() ? term[0]!.toUpperCase() + term.slice(1) : term));
}

/**
 * Checks the glossary against DfE's files (each term is in the name it cites, and that name is in the
 * file) and the catalogue against the glossary: no indicator's label or definition may use the words a
 * term replaces. Each problem names the cell and what to write instead.
 */
export function checkGlossary(
  table: ValidatedTable<GlossaryRow>,
  catalogue: ValidatedTable<Indicator>,
  dfe: ReadonlyMap<string, EesFile>,
  dfeDir: string,
  log: ProblemLog,
): GlossaryTerm[] {
  const terms: GlossaryTerm[] = [];
  for (const { file, line, row } of table.rows) {
    const at = (name: string, message: string) => {
      const column = table.column(name);
      log.problem({ file, line, ...(column === undefined ? {} : { column }), message });
    };
    const avoid = row.avoid.split(';').map((phrase) => phrase.trim()).filter(Boolean);
    if (row.dfe_file !== undefined) {
      const ees = dfe.get(`${dfeDir}/${row.dfe_file}`);
      const name = row.dfe_name ?? '';
      if (ees === undefined) {
        at('dfe_file', `dfe_file "${row.dfe_file}" is not a DfE file in ${dfeDir}/: name one of its files, or leave dfe_file blank for a term DfE does not use.`);
      } else if (!says(name, row.term)) {
        at('dfe_name', `dfe_name "${name}" does not use the term "${row.term}": give the name in ${row.dfe_file} that does.`);
      } else if (!ees.rows.some((r) => Object.values(r.cells).some((cell) => cell.text.toLowerCase() === name.toLowerCase())) && !ees.columns.some((c) => c.name.toLowerCase() === name.toLowerCase())) {
        at('dfe_name', `dfe_name "${name}" is not a name in ${row.dfe_file}: copy it from the file as DfE writes it.`);
      }
    }
    terms.push({ term: row.term, avoid, source: `${file}:${line}` });
  }
  for (const { file, line, row } of catalogue.rows) {
    for (const column of ['label', 'definition'] as const) {
      for (const { term, avoid, source } of terms) {
        const phrase = avoid.find((words) => says(row[column], words));
        if (phrase === undefined) continue;
        const position = catalogue.column(column);
        log.problem({
          file,
          line,
          ...(position === undefined ? {} : { column: position }),
          message: `${column} says "${phrase}", where the sector's term is "${term}" (${source}): write "${corrected(row[column], phrase, term)}".`,
        });
      }
    }
  }
  return terms;
}
