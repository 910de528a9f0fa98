import type { VersionFacts, VersionRow } from './version-rows.ts';

export interface VersionJson extends VersionFacts {
  title: string;
  /** The SHA-256 over the version's frozen files, as the report page shows it. */
  checksum: string;
  /** One object per figure, with the same fields as the CSV. */
  figures: VersionRow[];
}

export function versionJson(json: VersionJson): string {
  return `${JSON.stringify(json, null, 2)}\n`;
}
