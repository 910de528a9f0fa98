import { describe, expect, it } from 'vitest';
import { faviconIco, faviconSvg } from '../../src/render/favicon.ts';

describe('the favicon', () => {
  it('is drawn in the theme’s brand colour as SVG', () => {
    const svg = faviconSvg('#6a1b4d');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#6a1b4d"\/>/);
    expect(svg.match(/fill="#ffffff"/g)).toHaveLength(3);
  });

  it('is a valid 32 × 32 ICO with the brand colour behind white bars and transparent corners', () => {
    const ico = faviconIco('#6a1b4d');
    const view = new DataView(ico.buffer);
    expect([view.getUint16(0, true), view.getUint16(2, true), view.getUint16(4, true)]).toEqual([0, 1, 1]);
    expect([ico[6], ico[7], view.getUint16(12, true)]).toEqual([32, 32, 32]);
    expect(view.getUint32(14, true)).toBe(ico.length - 22);
    // Pixel (x, y) from the top left, in the bottom-up BGRA rows after the 40-byte header.
    const pixel = (x: number, y: number) => [...ico.subarray(62 + ((31 - y) * 32 + x) * 4, 62 + ((31 - y) * 32 + x) * 4 + 4)];
    expect(pixel(16, 2)).toEqual([0x4d, 0x1b, 0x6a, 255]);
    expect(pixel(22, 20)).toEqual([255, 255, 255, 255]);
    expect(pixel(0, 0)).toEqual([0, 0, 0, 0]);
  });
});
