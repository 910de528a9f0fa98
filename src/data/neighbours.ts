import { parseCsvRecords } from './csv.ts';
import { DataError, type DataProblem } from './problems.ts';

/** One council's statistical neighbours from a DfE model, by DfE 3-digit code, closest first. */
export interface NeighbourGroup {
  name: string;
  neighbours: string[];
  /** DfE's closeness label for each neighbour, trimmed ("Close " is written with a space). */
  closeness: string[];
  /** The heading of the block the row sits under, e.g. "Old SNs" for councils since reorganised. */
  section?: string;
}

const NEIGHBOURS = 10;
const DFE_CODE = /^\d{3}$/;

/**
 * Reads a wide neighbour file by position, because DfE's 2021 file repeats the `SNP` header and ends
 * each line with a comma. The code and name are the first two columns; neighbour columns are found
 * by their headers `SN1`…`SN10` or `SN_1`…`SN_10`, and each one's closeness is the column after it.
 */
export function parseNeighbourModel(text: string, file: string): Map<string, NeighbourGroup> {
  const [head, ...body] = parseCsvRecords(text);
  const problems: DataProblem[] = [];
  const model = new Map<string, NeighbourGroup>();
  const positions: number[] = [];
  head?.fields.forEach((name, index) => {
    const match = /^SN_?(\d+)$/.exec(name.trim());
    if (match) positions[Number(match[1]) - 1] = index;
  });
  if (head === undefined || positions.length !== NEIGHBOURS || positions.some((p) => p === undefined)) {
    throw new DataError([{ file, line: head?.line ?? 0, message: `needs neighbour columns SN1 to SN${NEIGHBOURS} (or SN_1 to SN_${NEIGHBOURS})` }]);
  }
  let section: string | undefined;
  for (const { line, fields } of body) {
    const code = (fields[0] ?? '').trim();
    const name = (fields[1] ?? '').trim();
    if (code === '') {
      // A row with only a label heads a block of rows, such as the 2021 file's "Old SNs:".
      section = name.replace(/:$/, '') || section;
      continue;
    }
    if (!DFE_CODE.test(code)) {
      problems.push({ file, line, column: 1, message: `"${code}" is not a 3-digit DfE LA code` });
      continue;
    }
    const neighbours: string[] = [];
    const closeness: string[] = [];
    for (const position of positions) {
      const neighbour = (fields[position] ?? '').trim();
      if (!DFE_CODE.test(neighbour) || neighbour === code) {
        problems.push({ file, line, column: position + 1, message: `neighbour "${neighbour}" is not the 3-digit DfE LA code of another council` });
      }
      neighbours.push(neighbour);
      closeness.push((fields[position + 1] ?? '').trim());
    }
    const first = model.get(code);
    if (first !== undefined) {
      problems.push({ file, line, column: 1, message: `council ${code} appears twice` });
      continue;
    }
    model.set(code, section === undefined ? { name, neighbours, closeness } : { name, neighbours, closeness, section });
  }
  if (problems.length > 0) throw new DataError(problems);
  return model;
}
