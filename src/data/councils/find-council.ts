import type { Council } from './schema.ts';

/** The council a report is about, by the ONS or DfE code its front matter gives as `authority`. */
export function findCouncil(councils: readonly Council[], authority: string): Council | undefined {
  return councils.find((council) => council.code === authority || (council.dfeCode !== undefined && council.dfeCode === authority));
}
