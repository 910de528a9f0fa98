import type { AreaEntry } from '../../data/dataset.ts';
import type { GeographicLevel } from '../../data/ees.ts';

export const EES_GEOGRAPHY_COLUMNS = [
  'geographic_level',
  'country_code',
  'country_name',
  'region_code',
  'region_name',
  'old_la_code',
  'new_la_code',
  'la_name',
] as const;

export type EesGeography = Record<(typeof EES_GEOGRAPHY_COLUMNS)[number], string> & { geographic_level: GeographicLevel };

/**
 * An area in EES's geography columns: England as National, a region as Regional, a council (real or
 * fictional) as Local authority, each with the areas above it. A group of councils that a paper quotes
 * is no geography EES knows, so it has none (undefined).
 */
export function eesGeography(area: AreaEntry, areas: ReadonlyMap<string, AreaEntry>): EesGeography | undefined {
  const country = countryOf(area, areas);
  const region = area.region_code === undefined ? undefined : areas.get(area.region_code);
  const top = { country_code: country?.code ?? '', country_name: country?.name ?? '' };
  const none = { region_code: '', region_name: '', old_la_code: '', new_la_code: '', la_name: '' };
  switch (area.kind) {
    case 'country':
      return { geographic_level: 'National', ...none, country_code: area.code, country_name: area.name };
    case 'region':
      return { geographic_level: 'Regional', ...top, ...none, region_code: area.code, region_name: area.name };
    case 'local-authority':
    case 'fictional':
      return {
        geographic_level: 'Local authority',
        ...top,
        region_code: region?.code ?? '',
        region_name: region?.name ?? '',
        old_la_code: area.dfe_code ?? '',
        new_la_code: area.code,
        la_name: area.name,
      };
    default:
      return undefined;
  }
}

/** The country an area is in: the one whose ONS code starts with the same letter, else the only one there is. */
function countryOf(area: AreaEntry, areas: ReadonlyMap<string, AreaEntry>): AreaEntry | undefined {
  const countries = [...areas.values()].filter((candidate) => candidate.kind === 'country');
  return countries.find((country) => country.code[0] === area.code[0]) ?? (countries.length === 1 ? countries[0] : undefined);
}
