/**
 * A comparator group (statistical neighbours, "good" councils) is stored as an area of its own, named
 * after the council that quotes it: `E10000003-SN`. A breakdown would be wrong, being part of a whole.
 */
export const GROUP_CODE = /^([EWSNX]\d{8})-([A-Z][A-Z0-9]*)$/;

export interface GroupCode {
  /** The code of the council whose comparators these are. @example "E10000003" */
  council: string;
  /** @example "SN" */
  suffix: string;
}

/** The council and suffix of a group code, or undefined when `code` is not one. */
export function parseGroupCode(code: string): GroupCode | undefined {
  const match = GROUP_CODE.exec(code);
  if (match === null) return undefined;
  const [, council = '', suffix = ''] = match;
  return { council, suffix };
}
