/**
 * `npm run council:new -- --code <DfE LA code or ONS code> [--name "…"] [--brand #rrggbb] [--focus #rrggbb] [--slug …]`
 * Writes content/councils/<slug>.json with the council's statistical neighbours from DfE's 2025 model,
 * adds its rows (and its neighbours', its regions' and its neighbour group's) to data/areas.csv where
 * missing, and prints what to do next. Refuses with exit code 2 and one line saying why.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { laDirectory } from '../src/data/councils/la-directory.ts';
import { CouncilRefusal, LATEST_MODEL, planNewCouncil } from '../src/publish/new-council.ts';
import { parseNeighbourModel } from '../src/data/neighbours.ts';

const usage = 'usage: npm run council:new -- --code <DfE LA code such as 370, or ONS code such as E08000016> [--name "<name>"] [--brand #rrggbb] [--focus #rrggbb] [--slug <file name>]';
const DIRECTORY = 'data/dfe/ons_mid-year_population_estimates_2012_to_2024.csv';

function read(root: string, file: string): string {
  const path = join(root, file);
  if (!existsSync(path)) throw new CouncilRefusal(`${file} is missing: it comes with the repository (DfE's published file); restore it with git checkout -- ${file}`);
  return readFileSync(path, 'utf8');
}

function existingCouncils(root: string): { file: string; code: string }[] {
  const dir = join(root, 'content/councils');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => {
      const file = `content/councils/${name}`;
      let code = '';
      try {
        code = String((JSON.parse(readFileSync(join(root, file), 'utf8')) as { code?: unknown }).code ?? '');
      } catch {
        // A broken file is the build's to report; here it only must not be overwritten, which its name ensures.
      }
      return { file, code };
    });
}

function siteColours(root: string): { brand: string; focus: string } {
  try {
    const theme = JSON.parse(readFileSync(join(root, 'content/theme.json'), 'utf8')) as { colours?: { brand?: string; focus?: string } };
    return { brand: theme.colours?.brand ?? '#1d4f91', focus: theme.colours?.focus ?? '#ffbf47' };
  } catch {
    return { brand: '#1d4f91', focus: '#ffbf47' };
  }
}

try {
  const { values } = parseArgs({
    options: {
      code: { type: 'string' },
      name: { type: 'string' },
      brand: { type: 'string' },
      focus: { type: 'string' },
      slug: { type: 'string' },
    },
  });
  if (values.code === undefined) throw new CouncilRefusal(`--code is required. ${usage}`);
  const root = process.env['TABLED_SITE'] ?? '.';
  const modelFile = `data/dfe/${LATEST_MODEL.file}`;
  const plan = planNewCouncil(
    { code: values.code, name: values.name, brand: values.brand, focus: values.focus, slug: values.slug },
    {
      model: parseNeighbourModel(read(root, modelFile), modelFile),
      directory: laDirectory(read(root, DIRECTORY), DIRECTORY),
      areasCsv: read(root, 'data/areas.csv'),
      existing: existingCouncils(root),
      defaultColours: siteColours(root),
    },
  );
  mkdirSync(join(root, 'content/councils'), { recursive: true });
  writeFileSync(join(root, plan.file), plan.json, { flag: 'wx' });
  if (plan.addedAreas.length > 0) writeFileSync(join(root, 'data/areas.csv'), plan.areasCsv);
  const { council } = plan;
  const lines = [
    `Wrote ${plan.file}: ${council.name} (${council.code}, DfE ${council.dfeCode ?? ''}) with its 10 statistical neighbours from ${LATEST_MODEL.name}.`,
    plan.addedAreas.length === 0
      ? 'data/areas.csv already had every row it needs.'
      : `Added ${plan.addedAreas.length} row${plan.addedAreas.length === 1 ? '' : 's'} to data/areas.csv: ${plan.addedAreas.map((row) => `${row[0]} ${row[2]}`).join('; ')}.`,
    'Next:',
    `  1. Put the council's figures in data/observations/${plan.slug}.csv (one row per indicator, area and period; see docs/guides/analysts.md), and its populations in data/populations.csv.`,
    `  2. Check the look in ${plan.file} (theme.colours, logoText, footerLinks); npm run build checks it.`,
    `  3. Start a report: npm run report:new -- --council ${council.code} --committee "<committee>" --date <YYYY-MM-DD> --period <YYYY-MM>`,
    '  4. Preview with TABLED_DRAFTS=1 npm run dev, then publish with npm run report:publish -- <report id> (docs/guides/publishers.md).',
  ];
  console.log(lines.join('\n'));
} catch (error) {
  if (error instanceof CouncilRefusal) {
    console.error(`council:new: ${error.message}`);
    process.exitCode = 2;
  } else {
    console.error(`council:new: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
