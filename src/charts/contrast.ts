/**
 * WCAG 2.2 contrast, used to prove that every colour a chart draws with can be told apart from the
 * white page (1.4.11 non-text contrast asks for 3:1).
 */

/** Reads `#rgb` or `#rrggbb`; throws on anything else so that a typo in a palette fails loudly. */
export function parseHexColour(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!match?.[1]) throw new Error(`contrast: not a #rgb or #rrggbb colour: ${JSON.stringify(hex)}`);
  const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d).join('') : match[1];
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as [number, number, number];
}

function linearChannel(channel: number): number {
  const srgb = channel / 255;
  // WCAG 2.x still specifies the 0.03928 threshold (IEC 61966-2-1 has 0.04045); both give the same 8-bit results.
  return srgb <= 0.03928 ? srgb / 12.92 : ((srgb + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance, 0 for black to 1 for white. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = parseHexColour(hex).map(linearChannel) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio between two colours, from 1 (same) to 21 (black on white); order does not matter. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
