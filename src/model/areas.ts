import type { AreaEntry, Dataset } from '../data/dataset.ts';
import type { EesFile } from '../data/ees.ts';
import { dfeRegions, findDfeRow } from './dfe/dfe-row.ts';
import type { FigureIndex } from './figure-index.ts';

/** England's ONS code. */
export const ENGLAND = 'E92000001';

/**
 * The areas a model's figures are of beyond those areas.csv lists: England, regions and councils as
 * DfE's files name them, and each council's statistical neighbours as a group. Each is made once, so
 * every figure of one area holds the same entry.
 */
export class AreaBook {
  readonly #dataset: Dataset;
  readonly #index: FigureIndex;
  readonly #areas = new Map<string, AreaEntry>();

  constructor(dataset: Dataset, index: FigureIndex) {
    this.#dataset = dataset;
    this.#index = index;
  }

  /** England, a region, or a council met in DfE's files, as an area: from areas.csv, or else as DfE's files name it. */
  dfeArea(code: string): AreaEntry | undefined {
    const listed = this.#index.findArea(code);
    if (listed !== undefined) return listed;
    const known = this.#areas.get(code) ?? this.#areas.get(`dfe:${code}`);
    if (known !== undefined) return known;
    let area: AreaEntry | undefined;
    if (code === ENGLAND) area = { code, name: 'England', kind: 'country', dfe_code: undefined, region_code: undefined, source: 'DfE' };
    for (const file of this.#dataset.dfe.values()) {
      if (area !== undefined) break;
      const name = dfeRegions(file).get(code);
      if (name !== undefined) area = { code, name, kind: 'region', dfe_code: undefined, region_code: undefined, source: file.file };
      // A council by its DfE or ONS code, named as the latest year of the file names it.
      const row = name === undefined ? file.rows.findLast((r) => r.geographic_level === 'Local authority' && (r.old_la_code === code || r.new_la_code === code)) : undefined;
      if (row?.old_la_code !== undefined) area = this.dfeCouncilArea(file, Number(row.time_period), row.old_la_code);
    }
    if (area !== undefined) this.#areas.set(code, area);
    return area;
  }

  /** A council's statistical neighbours, as a group area (`<code>-SN`). */
  neighbourArea(council: AreaEntry): AreaEntry {
    const code = `${council.code}-SN`;
    let area = this.#areas.get(code);
    if (area === undefined) {
      area = { code, name: `${council.name}'s statistical neighbours`, kind: 'group', dfe_code: undefined, region_code: undefined, source: council.source };
      this.#areas.set(code, area);
    }
    return area;
  }

  /** A council DfE's file names by its DfE code, from areas.csv or else from the file's own row. */
  dfeCouncilArea(file: EesFile, year: number, dfeCode: string): AreaEntry | undefined {
    const listed = this.#index.findArea(dfeCode);
    if (listed !== undefined) return listed;
    const key = `dfe:${dfeCode}`;
    const known = this.#areas.get(key);
    if (known !== undefined) return known;
    const row = findDfeRow(file, year, { level: 'Local authority', dfeCode }, []);
    if (row === undefined) return undefined;
    const area: AreaEntry = { code: row.new_la_code ?? dfeCode, name: row.la_name ?? dfeCode, kind: 'local-authority', dfe_code: dfeCode, region_code: row.region_code, source: `${file.file}:${row.line}` };
    this.#areas.set(key, area);
    if (!this.#areas.has(area.code)) this.#areas.set(area.code, area);
    return area;
  }
}
