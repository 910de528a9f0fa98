import { figureChanges, type FigureChange } from './figure-changes.ts';
import type { PublishedVersion } from './published-versions.ts';
import type { Correction } from './version-record.ts';

/** One row of a report's list of versions. */
export interface VersionHistoryEntry {
  version: number;
  published: string;
  note: string | undefined;
  checksum: string;
  /** The version's permanent address. */
  href: string;
  /** Figures that differ from the version before, in words; empty for the first. */
  changes: FigureChange[];
  /** Dated corrections of the version's page since it was published. */
  corrections: Correction[];
}

export function reportHref(id: string): string {
  return `/reports/${id}/`;
}

export function versionHref(id: string, version: number): string {
  return `/reports/${id}/v${version}/`;
}

/** The versions of a report, oldest first, each with the figures it changed. */
export function versionHistory(id: string, versions: readonly PublishedVersion[]): VersionHistoryEntry[] {
  return versions.map((version, index) => {
    const before = versions[index - 1];
    return {
      version: version.version,
      published: version.published,
      note: version.note,
      checksum: version.checksum,
      href: versionHref(id, version.version),
      changes: before === undefined ? [] : figureChanges(before.figures, version.figures),
      corrections: version.corrections ?? [],
    };
  });
}
