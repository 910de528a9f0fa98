/**
 * The site's icon, drawn from its theme: three white bars of a chart on a square of the brand colour
 * (which the theme check holds at 4.5:1 or more against white). One drawing in a 32-unit square, written
 * as SVG for browsers that take it and as a 32 × 32 ICO for those that ask for /favicon.ico.
 */
const SIZE = 32;
const CORNER = 6;
const BARS = [
  { x: 6, y: 18, width: 6, height: 8 },
  { x: 13, y: 12, width: 6, height: 14 },
  { x: 20, y: 6, width: 6, height: 20 },
] as const;

export function faviconSvg(brand: string): string {
  const bars = BARS.map((b) => `<rect x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" fill="#ffffff"/>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}"><rect width="${SIZE}" height="${SIZE}" rx="${CORNER}" fill="${brand}"/>${bars}</svg>\n`;
}

/** Whether a pixel's centre lies inside the rounded square. */
function insideSquare(x: number, y: number): boolean {
  const cx = Math.min(Math.max(x, CORNER), SIZE - CORNER);
  const cy = Math.min(Math.max(y, CORNER), SIZE - CORNER);
  return (x - cx) ** 2 + (y - cy) ** 2 <= CORNER ** 2;
}

/** The same icon as an ICO file holding one 32 × 32 bitmap with an alpha channel. */
export function faviconIco(brand: string): Uint8Array<ArrayBuffer> {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(brand.slice(i, i + 2), 16)) as [number, number, number];
  const pixels = SIZE * SIZE * 4;
  // The AND mask: one bit a pixel, rows padded to 4 bytes; all clear, since the alpha channel decides.
  const mask = SIZE * 4;
  const image = 40 + pixels + mask;
  const bytes = new Uint8Array(6 + 16 + image);
  const view = new DataView(bytes.buffer);
  view.setUint16(2, 1, true); // an icon
  view.setUint16(4, 1, true); // one image
  bytes[6] = SIZE;
  bytes[7] = SIZE;
  view.setUint16(10, 1, true); // planes
  view.setUint16(12, 32, true); // bits a pixel
  view.setUint32(14, image, true);
  view.setUint32(18, 22, true); // where the image starts
  view.setUint32(22, 40, true); // BITMAPINFOHEADER
  view.setInt32(26, SIZE, true);
  view.setInt32(30, SIZE * 2, true); // the colour bitmap and the mask, one above the other
  view.setUint16(34, 1, true);
  view.setUint16(36, 32, true);
  view.setUint32(42, pixels + mask, true);
  for (let row = 0; row < SIZE; row += 1) {
    // Bitmaps are stored bottom row first.
    const y = SIZE - 1 - row;
    for (let x = 0; x < SIZE; x += 1) {
      const at = 62 + (row * SIZE + x) * 4;
      const bar = BARS.some((bar) => x >= bar.x && x < bar.x + bar.width && y >= bar.y && y < bar.y + bar.height);
      if (!insideSquare(x + 0.5, y + 0.5)) continue;
      const [red, green, blue] = bar ? [255, 255, 255] : [r, g, b];
      bytes[at] = blue;
      bytes[at + 1] = green;
      bytes[at + 2] = red;
      bytes[at + 3] = 255;
    }
  }
  return bytes;
}
