/** An indicator's column in the EES file: EES wants lower-case snake_case names. */
export function eesColumn(indicatorId: string): string {
  return indicatorId.replaceAll('-', '_');
}
