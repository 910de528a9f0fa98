import { describe, expect, it } from 'vitest';
import { contrastRatio, parseHexColour, relativeLuminance } from '../../src/charts/contrast.ts';
import { PALETTE, REFERENCE_LINE_STYLES, TARGET_LINE_STYLE } from '../../src/charts/palette.ts';

describe('relativeLuminance', () => {
  it('is 0 for black and 1 for white', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#fff')).toBe(1);
  });

  it('weights green far above blue, as the eye does', () => {
    expect(relativeLuminance('#00ff00')).toBeCloseTo(0.7152, 4);
    expect(relativeLuminance('#0000ff')).toBeCloseTo(0.0722, 4);
  });
});

describe('contrastRatio', () => {
  it('is 21 for black on white and 1 for a colour on itself', () => {
    expect(contrastRatio('#000', '#ffffff')).toBe(21);
    expect(contrastRatio('#1d70b8', '#1d70b8')).toBe(1);
  });

  it('gives 4.54 for #767676 on white, the lightest grey that passes AA for text', () => {
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#ffffff', '#767676')).toBeCloseTo(4.54, 2);
  });

  it('finds a light grey too faint for a graphical object', () => {
    expect(contrastRatio('#b1b4b6', '#ffffff')).toBeLessThan(3);
  });
});

describe('parseHexColour', () => {
  it('reads short and long hex', () => {
    expect(parseHexColour('#1d70b8')).toEqual([29, 112, 184]);
    expect(parseHexColour('#abc')).toEqual([170, 187, 204]);
  });

  it('rejects a colour name so that a palette typo fails loudly', () => {
    expect(() => parseHexColour('red')).toThrow('contrast: not a #rgb or #rrggbb colour: "red"');
  });
});

describe('the chart palette', () => {
  const colours = [
    ...Object.entries(PALETTE).filter(([name]) => name !== 'background'),
    ...REFERENCE_LINE_STYLES.map((s, i) => [`reference line ${i + 1}`, s.stroke] as const),
    ['target line', TARGET_LINE_STYLE.stroke] as const,
  ];

  it.each(colours)('has %s (%s) at 3:1 or more against white', (_name, colour) => {
    expect(contrastRatio(colour, PALETTE.background)).toBeGreaterThanOrEqual(3);
  });

  it('has text at 4.5:1 or more against white', () => {
    expect(contrastRatio(PALETTE.text, PALETTE.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(PALETTE.mutedText, PALETTE.background)).toBeGreaterThanOrEqual(4.5);
  });

  it('gives every reference line a different dash pattern, so colour is not needed to tell them apart', () => {
    const dashes = [...REFERENCE_LINE_STYLES, TARGET_LINE_STYLE].map((s) => s.strokeDasharray);
    expect(new Set(dashes).size).toBe(dashes.length);
  });
});
