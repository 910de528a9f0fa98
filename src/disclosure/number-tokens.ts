/** A number as written on a page: "1,234" is 1234 with 0 places, "0.5%" is 0.5 with 1 place. */
export interface NumberToken {
  text: string;
  value: number;
  decimals: number;
}

// A number not glued to letters or other digits: "Q2", "3rd" and "E10000003" hold no figure.
const NUMBER = /(?<![\p{L}\p{N}_.,\-−])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![\p{L}\p{N}_]|[.,]\d)/gu;

const DIGIT = /\d/;

export function numberTokens(text: string): NumberToken[] {
  const found: NumberToken[] = [];
  // Most of a page's text has no digit at all, and this test is far cheaper than the full pattern.
  if (!DIGIT.test(text)) return found;
  for (const match of text.matchAll(NUMBER)) {
    const whole = (match[1] ?? '').replace(/,/g, '');
    const fraction = match[2] ?? '';
    found.push({ text: match[0], value: Number(fraction === '' ? whole : `${whole}.${fraction}`), decimals: fraction.length });
  }
  return found;
}

/**
 * Whether a number as written could be `value` rounded to the places it shows: "0.5" and "1" both
 * come from 0.526, "3" and "3.0" from 3. Rounding half away from zero, as the engine does.
 */
export function writesValue(token: NumberToken, value: number): boolean {
  const half = 0.5 * 10 ** -token.decimals;
  const gap = value - token.value;
  return gap >= -half - 1e-9 && gap < half - 1e-9;
}
