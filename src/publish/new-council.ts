import { NEIGHBOUR_MODELS } from '../model/dfe/neighbour-model-for.ts';
import type { NeighbourGroup } from '../data/neighbours.ts';
import { reportSlug } from './report-template.ts';
import { isSlug, SLUG_RULE } from '../data/reports/slug.ts';
import { colourProblems, type ThemeColours } from '../data/theme/colour-problems.ts';
import { areaRowsToAdd, type AreaCsvRow } from './area-rows-to-add.ts';
import type { LaDirectory, LocalAuthority } from '../data/councils/la-directory.ts';
import type { Council } from '../data/councils/schema.ts';

/** A request the command refuses, with one line saying why and what to do. */
export class CouncilRefusal extends Error {
  override name = 'CouncilRefusal';
}

export interface NewCouncilRequest {
  /** DfE 3-digit LA code or ONS (GSS) code. */
  code: string;
  name?: string | undefined;
  brand?: string | undefined;
  focus?: string | undefined;
  slug?: string | undefined;
}

export interface NewCouncilSources {
  /** The latest model of NEIGHBOUR_MODELS, read from data/dfe. */
  model: ReadonlyMap<string, NeighbourGroup>;
  directory: LaDirectory;
  areasCsv: string;
  /** Councils already configured, with the file each is in. */
  existing: readonly { file: string; code: string }[];
  /** Colours used when none are given: the site theme's. */
  defaultColours: ThemeColours;
}

export interface NewCouncilPlan {
  slug: string;
  /** content/councils/<slug>.json */
  file: string;
  council: Council;
  json: string;
  areasCsv: string;
  addedAreas: AreaCsvRow[];
}

/** The model new councils get: the latest DfE statistical neighbour model. */
export const LATEST_MODEL = NEIGHBOUR_MODELS.at(-1) ?? { file: 'sn_model_2025_wide.csv', name: "DfE's 2025 statistical neighbour model", from: 2025 };

const HEX = /^#[0-9a-fA-F]{6}$/;

function checkColour(option: string, value: string): void {
  if (!HEX.test(value)) throw new CouncilRefusal(`--${option} "${value}" is not a colour: give six hex digits such as #005a30`);
}

function findCouncil(code: string, sources: NewCouncilSources): LocalAuthority {
  const modelFile = `data/dfe/${LATEST_MODEL.file}`;
  if (/^X\d{8}$/.test(code)) {
    throw new CouncilRefusal(`${code} is a fictional code, which DfE's model does not have: write content/councils/<slug>.json by hand as docs/guides/publishers.md shows`);
  }
  const la = /^\d{3}$/.test(code) ? sources.directory.byDfeCode.get(code) : /^[EW]\d{8}$/.test(code) ? sources.directory.byCode.get(code) : undefined;
  if (la === undefined || !sources.model.has(la.dfeCode)) {
    throw new CouncilRefusal(
      `"${code}" is not a council in ${LATEST_MODEL.name} (${modelFile}): give a current DfE LA code such as 370 or an ONS code such as E08000016`,
    );
  }
  return la;
}

/**
 * Works out everything `npm run council:new` writes, from the files' texts, without touching the
 * disk: the council's file with its neighbours from the latest DfE model, and data/areas.csv with
 * any rows it lacks. Throws a CouncilRefusal for an unknown code, a council already configured or
 * a colour that is invalid or fails the same contrast checks as every theme.
 */
export function planNewCouncil(request: NewCouncilRequest, sources: NewCouncilSources): NewCouncilPlan {
  const code = request.code.trim();
  const colours = { brand: request.brand ?? sources.defaultColours.brand, focus: request.focus ?? sources.defaultColours.focus };
  if (request.brand !== undefined) checkColour('brand', request.brand);
  if (request.focus !== undefined) checkColour('focus', request.focus);
  const contrast = colourProblems(colours)[0];
  if (contrast !== undefined) throw new CouncilRefusal(`--${contrast.field} ${contrast.message}`);

  const la = findCouncil(code, sources);
  const name = request.name?.trim() || la.name;
  const slug = request.slug ?? reportSlug(name, '').replace(/-$/, '');
  if (!isSlug(slug)) throw new CouncilRefusal(`--slug "${slug}" must be ${SLUG_RULE.replace('barnsley-2022-09-13', 'barnsley')}`);
  const file = `content/councils/${slug}.json`;
  const already = sources.existing.find((c) => c.code === la.code || c.file === file);
  if (already !== undefined) {
    throw new CouncilRefusal(
      already.code === la.code
        ? `${la.name} (${la.code}) already has ${already.file}: edit that file instead`
        : `${already.file} already exists for another council: choose another --slug`,
    );
  }

  const group = sources.model.get(la.dfeCode);
  const neighbours = (group?.neighbours ?? []).map((dfeCode, index) => {
    const found = sources.directory.byDfeCode.get(dfeCode);
    const closeness = group?.closeness[index] ?? '';
    return { la: found, entry: { dfeCode, ...(found ? { code: found.code } : {}), name: found?.name ?? dfeCode, closeness } };
  });
  const council: Council = {
    name,
    code: la.code,
    dfeCode: la.dfeCode,
    ...(la.regionCode === '' ? {} : { region: la.regionCode }),
    neighbours: { model: LATEST_MODEL.name, source: `data/dfe/${LATEST_MODEL.file}`, councils: neighbours.map((n) => n.entry) },
    theme: { colours, footerLinks: [] },
  };
  // areas.csv keeps DfE's short names ("Barnsley"), as its other rows do; the header shows `name`.
  const areas = areaRowsToAdd(sources.areasCsv, la, neighbours.flatMap((n) => (n.la === undefined ? [] : [n.la])));
  return { slug, file, council, json: councilJson(council), areasCsv: areas.text, addedAreas: areas.added };
}

/** Indented JSON, with each innermost object (a neighbour, the colours) on one line so the file reads as a list. */
function councilJson(council: Council): string {
  const text = JSON.stringify(council, null, 2).replace(/\{\n([^{}[\]]*?)\n\s*\}/g, (_, body: string) => `{ ${body.trim().split(/,\n\s*/).join(', ')} }`);
  return `${text}\n`;
}
