import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseEesText, type EesFile } from '../../src/data/ees.ts';

const dfeDir = fileURLToPath(new URL('../../data/dfe/', import.meta.url));
const eesFiles = readdirSync(dfeDir).filter((name) => name.endsWith('.csv') && readFileSync(`${dfeDir}${name}`, 'utf8').replace(/^\uFEFF/, '').startsWith('time_period,'));

/** A committed DfE file read as the loader reads it. */
function readEes(path: string, file = path): EesFile {
  return parseEesText(readFileSync(path, 'utf8'), file);
}

function dataLines(path: string): number {
  const text = readFileSync(path, 'utf8');
  return text.split('\n').filter((line) => line !== '').length - 1;
}

describe('parseEesText on the DfE files as published', () => {
  it('finds the eight EES tidy files', () => {
    expect(eesFiles).toHaveLength(8);
  });

  it.each(eesFiles)('reads %s with every row and no problem', async (name) => {
    const ees = readEes(`${dfeDir}${name}`, `data/dfe/${name}`);
    expect(ees.problems).toEqual([]);
    expect(ees.rows).toHaveLength(dataLines(`${dfeDir}${name}`));
  });

  it('types the geography columns, and reads values exactly with the published text kept', async () => {
    const ees = readEes(`${dfeDir}c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv`);
    const row = ees.rows.find((r) => r.old_la_code === '873' && r.time_period === '2025');
    expect(row).toMatchObject({ geographic_level: 'Local authority', new_la_code: 'E10000003', la_name: 'Cambridgeshire', region_code: 'E12000006', time_identifier: 'Reporting year' });
    expect(row?.cells['category']).toEqual({ raw: 'Referrals and Re-referrals', text: 'Referrals and Re-referrals' });
    const percent = row?.cells['rereferral_percent'];
    expect(percent?.value).toBe(Number(percent?.raw));
    const national = ees.rows.find((r) => r.geographic_level === 'National' && r.time_period === '2025');
    expect(national?.cells['rereferral_percent']).toEqual({ raw: '22.6', text: '22.6', value: 22.6 });
    expect(national?.old_la_code).toBeUndefined();
  });

  it('maps the bare letters DfE writes to GSS symbols, k to low', async () => {
    const ees = readEes(`${dfeDir}la_care_leavers_accommodation_suitability.csv`);
    const symbols = new Set(ees.rows.flatMap((r) => Object.values(r.cells).flatMap((c) => (c.symbol ? [c.symbol] : []))));
    expect([...symbols].sort()).toEqual(['c', 'low', 'z']);
    const k = ees.rows.flatMap((r) => Object.values(r.cells)).find((c) => c.raw === 'k');
    expect(k).toEqual({ raw: 'k', text: 'k', symbol: 'low' });
  });

  it('reads a bare u, which DfE writes instead of a number of low reliability, as symbol u with no value', async () => {
    const ees = readEes(`${dfeDir}c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv`);
    // Hampshire, one of Cambridgeshire's statistical neighbours, has no 2024 figures: every value is u.
    const hampshire = ees.rows.find((r) => r.old_la_code === '850' && r.time_period === '2024');
    expect(hampshire?.cells['referral_count']).toEqual({ raw: 'u', text: 'u', symbol: 'u' });
    expect(hampshire?.cells['rereferral_percent']?.value).toBeUndefined();
    const valueColumns = ees.columns.filter((c) => c.kind === 'value').map((c) => c.name);
    expect(valueColumns).toHaveLength(10);
    for (const name of valueColumns) expect(hampshire?.cells[name]).toEqual({ raw: 'u', text: 'u', symbol: 'u' });
    // Barnet's 2024 row mixes published numbers with u.
    const barnet = ees.rows.find((r) => r.old_la_code === '302' && r.time_period === '2024');
    expect(barnet?.cells['referral_count']).toEqual({ raw: '2843', text: '2843', value: 2843 });
    expect(barnet?.cells['no_further_action_count']).toEqual({ raw: 'u', text: 'u', symbol: 'u' });
  });

  it('reads quoted empty fields "" as blank geography', async () => {
    const ees = readEes(`${dfeDir}d3_cpps_subsequent_plan_2013_to_2025.csv`);
    expect(ees.rows[0]).toMatchObject({ geographic_level: 'National' });
    expect(ees.rows[0]?.region_code).toBeUndefined();
    expect(ees.rows[0]?.la_name).toBeUndefined();
  });
});

describe('parseEesText', () => {
  const header = 'time_period,time_identifier,geographic_level,old_la_code,la_name,breakdown,count\n';

  it('trims labels on purpose for matching but keeps what was published', () => {
    const ees = parseEesText(`${header}2025,Reporting year,Local authority,873,Cambridgeshire ,Close ,12\n`, 'x.csv');
    expect(ees.rows[0]?.la_name).toBe('Cambridgeshire');
    expect(ees.rows[0]?.cells['breakdown']).toEqual({ raw: 'Close ', text: 'Close' });
    expect(ees.columns.map((c) => c.kind)).toEqual(['label', 'label', 'label', 'label', 'label', 'label', 'value']);
  });

  it('reports every unknown marker in a value column with file:line:column', () => {
    const ees = parseEesText(`${header}2025,Reporting year,National,,,All,NA\n2025,Reporting year,National,,,All,5\n2024,Reporting year,National,,,All,-\n`, 'data/dfe/x.csv');
    expect(ees.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`)).toEqual([
      'data/dfe/x.csv:2:7 count "NA" is neither a number nor a known symbol (c, x, z, u, k, low)',
      'data/dfe/x.csv:4:7 count "-" is neither a number nor a known symbol (c, x, z, u, k, low)',
    ]);
    expect(ees.rows).toHaveLength(1);
  });

  it('reads a filter column of numbers as labels when told to', () => {
    const text = 'time_period,time_identifier,geographic_level,year_group,count\n2025,Reporting year,National,7,10\n2025,Reporting year,National,Total,20\n';
    expect(parseEesText(text, 'x.csv').problems).toHaveLength(1);
    const ees = parseEesText(text, 'x.csv', { labels: ['year_group'] });
    expect(ees.problems).toEqual([]);
    expect(ees.rows[0]?.cells['year_group']).toEqual({ raw: '7', text: '7' });
  });

  it('reports an unknown geographic level and a missing time column', () => {
    expect(parseEesText(`${header}2025,Reporting year,County,,,All,1\n`, 'x.csv').problems[0]?.message).toBe(
      'geographic_level "County" is not an EES geographic level such as National, Regional or Local authority',
    );
    expect(parseEesText('time_period,geographic_level\n2025,National\n', 'x.csv').problems[0]?.message).toBe(
      'column "time_identifier" is missing: EES tidy files need time_period, time_identifier and geographic_level',
    );
  });
});
