/**
 * A generous estimate of a text's width in pixels. There is no font metrics at build time, and
 * margins that are too wide only waste space while margins too narrow clip labels.
 */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  return Math.ceil([...text].length * fontSize * (bold ? 0.64 : 0.6));
}
