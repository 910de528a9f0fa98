export const ENGLAND = 'E92000001';

/** `X00000001` for the first council: fictional codes, which the data contract reserves for made-up areas. */
export function councilCode(index: number): string {
  return `X${String(index + 1).padStart(8, '0')}`;
}

/** `Fictional Borough 001` */
export function councilName(index: number): string {
  return `Fictional Borough ${String(index + 1).padStart(3, '0')}`;
}

/** data/areas.csv: England (the one benchmark line) and the councils. */
export function areaRows(councils: number): Record<string, string>[] {
  return [
    { code: ENGLAND, dfe_code: '', name: 'England', kind: 'country', region_code: '' },
    ...Array.from({ length: councils }, (_, i) => ({ code: councilCode(i), dfe_code: '', name: councilName(i), kind: 'fictional', region_code: '' })),
  ];
}
