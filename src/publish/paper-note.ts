import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { parsePeriod, periodKey } from '../engine/index.ts';
import type { FigureNode } from '../model/figure-node.ts';
import { readPublishedVersions, type PublishedVersion } from './published-versions.ts';
import { versionHistory } from './version-history.ts';

/** The row a mark is about, by what it is rather than where it is (a frozen copy has other line numbers). */
function rowKey(indicator: string, area: string, period: string, breakdown: string): string | undefined {
  const parsed = parsePeriod(period.trim());
  return parsed.ok ? [indicator.trim(), area.trim(), periodKey(parsed.period), breakdown.trim()].join('\u0000') : undefined;
}

const versionsOf = new Map<string, Promise<PublishedVersion[]>>();
const marksOf = new Map<string, Promise<Set<string>>>();

/** The rows of a version's frozen data that say how they differ from the paper. */
function frozenMarks(version: PublishedVersion): Promise<Set<string>> {
  let found = marksOf.get(version.dir);
  if (found === undefined) {
    found = (async () => {
      const keys = new Set<string>();
      const dir = join(version.dir, 'data', 'observations');
      const files = (await readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith('.csv'));
      for (const file of files) {
        for (const row of csvParse(await readFile(join(dir, file), 'utf8'))) {
          if ((row['printed'] ?? '') === '' && (row['not_printed'] ?? '') === '') continue;
          const key = rowKey(row['indicator'] ?? '', row['area'] ?? '', row['period'] ?? '', row['breakdown'] ?? '');
          if (key !== undefined) keys.add(key);
        }
      }
      return keys;
    })();
    marksOf.set(version.dir, found);
  }
  return found;
}

/** Which version a page at `pathname` shows: `/reports/<id>/v2/` is version 2; the report's own address, the latest. */
export function versionShown(pathname: string, versions: readonly PublishedVersion[]): number | undefined {
  const match = /\/v(\d+)\/?$/.exec(pathname);
  return match === null ? versions.at(-1)?.version : Number(match[1]);
}

/**
 * The version whose note explains a figure's difference from the paper, as the page at `pathname` lists
 * the versions: the last one up to the version shown that changed the figure, or else the first whose
 * frozen data marks it. Undefined for a report never published, or a mark no version has published yet.
 */
export async function versionOfMark(reportsDir: string, id: string, pathname: string, node: FigureNode): Promise<number | undefined> {
  let versions = versionsOf.get(id);
  if (versions === undefined) {
    versions = readPublishedVersions(join(reportsDir, id));
    versionsOf.set(id, versions);
  }
  const all = await versions;
  const shown = versionShown(pathname, all) ?? 0;
  const upTo = all.filter((version) => version.version <= shown);
  const changed = versionHistory(id, upTo).filter((entry) => entry.changes.some((change) => change.key === node.of));
  if (changed.length > 0) return changed.at(-1)!.version;
  const codes = [node.area.code, ...(node.area.dfe_code === undefined ? [] : [node.area.dfe_code])];
  for (const version of upTo) {
    const marks = await frozenMarks(version);
    if (codes.some((code) => marks.has([node.indicator.id, code, periodKey(node.period), node.breakdown].join('\u0000')))) return version.version;
  }
  return undefined;
}
