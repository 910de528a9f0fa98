/** Where a data row came from, as the data layer names it: `data/observations/x.csv:14`. */
export interface SourceRef {
  file: string;
  line: number;
}

export function parseSourceRef(source: string): SourceRef {
  const colon = source.lastIndexOf(':');
  const line = Number(source.slice(colon + 1));
  if (colon <= 0 || !Number.isInteger(line) || line < 1) {
    throw new Error(`source "${source}" does not name a file and line such as data/observations/x.csv:14`);
  }
  return { file: source.slice(0, colon), line };
}
