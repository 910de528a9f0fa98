import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { nationalCouncils, nationalIndicators, type NationalCouncil } from '../model/views/national.ts';
import { model } from './figures.ts';
import { contentDir } from './paths.ts';

/**
 * `content/national.json`: which councils get a page of their own on the site's national benchmarks,
 * `{ "regions": "all" }` or a list of region codes (a slice of the nation). Without the file there are none.
 */
const scopeSchema = z.object({ regions: z.union([z.literal('all'), z.array(z.string().regex(/^E12\d{6}$/, { error: 'must be a region code such as E12000003' })).min(1)]) }).strict();

function readScope(): 'all' | string[] | undefined {
  const file = resolve(contentDir, 'national.json');
  if (!existsSync(file)) return undefined;
  const parsed = scopeSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`content/national.json: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'} ${i.message}`).join('; ')}. Write {"regions": "all"} or {"regions": ["E12000003"]}.`);
  return parsed.data.regions;
}

const scope = readScope();

/** The councils with a national page in this build, by region then name. */
export const nationalPages: NationalCouncil[] = scope === undefined ? [] : nationalCouncils(model, scope === 'all' ? undefined : scope);

/** The indicators the national pages cover: every one DfE's files give. */
export const nationalIndicatorList = scope === undefined ? [] : nationalIndicators(model);

/** Where a council's national page is, for the indicator's section: undefined when this build has none. */
export function nationalHref(councilCode: string, indicatorId?: string): string | undefined {
  const page = nationalPages.find((p) => p.area.code === councilCode || p.area.dfe_code === councilCode);
  if (page === undefined) return undefined;
  return `/national/${page.slug}/${indicatorId === undefined ? '' : `#${indicatorId}`}`;
}
