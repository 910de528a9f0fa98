import { changeLine, type FigureChange } from './figure-changes.ts';
import { plural } from '../engine/plural.ts';

interface Mismatch {
  /** The report's id, e.g. barnsley-2022-09-13. */
  id: string;
  version: number;
  published: string;
  changes: readonly FigureChange[];
}

function listed(changes: readonly FigureChange[]): string[] {
  return changes.map((change) => `  ${changeLine(change)}`);
}

/**
 * The report's current MDX and data/ would show other figures than its latest published version:
 * the data was revised or the MDX edited since. The published page is unaffected; someone must decide.
 */
export function driftMessage({ id, version, published, changes }: Mismatch): string {
  return [
    `content/reports/${id}: the report as it now stands would show ${plural(changes.length, 'figure')} different from version ${version}, published ${published} (published → now):`,
    ...listed(changes),
    `The published version still shows what was frozen when it was published.`,
    `To publish the change, run npm run report:amend -- ${id} --note "…"; to undo it, restore the data or MDX from git.`,
  ].join('\n');
}

/**
 * A version rendered from its own frozen files no longer shows what it showed when published: the
 * code that computes or displays figures has changed, or a frozen file was edited.
 */
export function frozenMessage({ id, version, published, changes }: Mismatch): string {
  return [
    `content/reports/${id}/versions/${version}: version ${version}, published ${published}, no longer renders as published. From its frozen files it would show (published → now):`,
    ...listed(changes),
    `Its frozen files are unchanged, so the code that computes or displays figures has changed. A published version must read the same forever:`,
    `restore the code (git log src/) or change it so that it gives the published figures again. Corrections to the report itself are new versions: npm run report:amend -- ${id} --note "…".`,
  ].join('\n');
}
