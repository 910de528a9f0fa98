import type { DataProblem } from '../problems.ts';
import { lineOf } from './json-lines.ts';
import type { ReadCouncil } from './read-council.ts';
import type { Council } from './schema.ts';

/** What a council file is checked against: a row of data/areas.csv, by code. */
export interface AreaRow {
  code: string;
  dfeCode: string;
  kind: string;
}

export interface CouncilFile extends ReadCouncil {
  file: string;
}

/**
 * Checks the councils against each other and against data/areas.csv: a council is a row of kind
 * local-authority or fictional there, with the same DfE code, and has one file only.
 */
export function checkCouncils(files: readonly CouncilFile[], areas: ReadonlyMap<string, AreaRow>, areasFile: string): { councils: Council[]; problems: DataProblem[] } {
  const problems: DataProblem[] = files.flatMap((f) => f.problems);
  const councils: Council[] = [];
  const seen = new Map<string, string>();
  for (const { file, council, lines } of files) {
    if (council === undefined) continue;
    const at = (...path: string[]) => ({ file, line: lineOf(lines, path) });
    const before = seen.get(council.code);
    if (before !== undefined) {
      problems.push({ ...at('code'), message: `code: "${council.code}" is already configured in ${before}`, fix: 'keep one file per council: merge the two and delete the other' });
      continue;
    }
    seen.set(council.code, file);
    const area = areas.get(council.code);
    if (area === undefined) {
      problems.push({
        ...at('code'),
        message: `code: "${council.code}" (${council.name}) is not in ${areasFile}`,
        fix: council.code.startsWith('X')
          ? `add the row "${council.code},,${council.name},fictional," to ${areasFile}`
          : `run npm run council:new -- --code ${council.code}, which adds its rows, or add its row to ${areasFile} by hand`,
      });
      continue;
    }
    if (area.kind !== 'local-authority' && area.kind !== 'fictional') {
      problems.push({ ...at('code'), message: `code: "${council.code}" is of kind ${area.kind} in ${areasFile}; a council file is for kind local-authority or fictional` });
      continue;
    }
    if ((council.dfeCode ?? '') !== area.dfeCode) {
      problems.push({
        ...at(council.dfeCode === undefined ? 'code' : 'dfeCode'),
        message: `dfeCode: "${council.dfeCode ?? ''}" differs from ${areasFile}, which gives "${area.dfeCode}" for ${council.code}`,
        fix: 'make the two the same (DfE codes are listed in data/dfe/sn_model_2025_wide.csv)',
      });
      continue;
    }
    councils.push(council);
  }
  return { councils, problems };
}
