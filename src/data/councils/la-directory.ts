import { parseEesText } from '../ees.ts';

/** A local authority as DfE's files name it. */
export interface LocalAuthority {
  dfeCode: string;
  code: string;
  name: string;
  regionCode: string;
  regionName: string;
}

export interface LaDirectory {
  byDfeCode: ReadonlyMap<string, LocalAuthority>;
  byCode: ReadonlyMap<string, LocalAuthority>;
  /** The year of the rows read, e.g. "2024". */
  year: string;
}

/**
 * DfE's files put a London borough in Inner London (E13000001) or Outer London (E13000002), which are
 * not ONS regions: areas.csv and a council's file take the region, London (E12000007), which DfE's
 * files also publish figures for.
 */
const ONS_REGION_OF: Readonly<Record<string, { code: string; name: string }>> = {
  E13000001: { code: 'E12000007', name: 'London' },
  E13000002: { code: 'E12000007', name: 'London' },
};

/**
 * Every local authority in an EES file that gives both codes, as of its latest year: DfE's copy of
 * the ONS population estimates (data/dfe/ons_mid-year_population_estimates_2012_to_2024.csv) names
 * each council with its DfE and ONS codes and its region, which the neighbour model alone does not.
 */
export function laDirectory(text: string, file: string): LaDirectory {
  const ees = parseEesText(text, file);
  if (ees.problems.length > 0) throw new Error(`${file} cannot be read: ${ees.problems[0]?.message ?? ''}`);
  const rows = ees.rows.filter((row) => row.geographic_level === 'Local authority' && row.old_la_code !== undefined && row.new_la_code !== undefined);
  const year = rows.reduce((latest, row) => (row.time_period > latest ? row.time_period : latest), '');
  const byDfeCode = new Map<string, LocalAuthority>();
  const byCode = new Map<string, LocalAuthority>();
  for (const row of rows) {
    if (row.time_period !== year) continue;
    const region = ONS_REGION_OF[row.region_code ?? ''];
    const la: LocalAuthority = {
      dfeCode: row.old_la_code ?? '',
      code: row.new_la_code ?? '',
      name: row.la_name ?? '',
      regionCode: region?.code ?? row.region_code ?? '',
      regionName: region?.name ?? row.region_name ?? '',
    };
    byDfeCode.set(la.dfeCode, la);
    byCode.set(la.code, la);
  }
  return { byDfeCode, byCode, year };
}
