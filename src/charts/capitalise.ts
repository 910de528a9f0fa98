/** Upper-cases the first letter, for labels written mid-sentence that also start a chart label or table row. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
