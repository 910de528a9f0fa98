import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { colourProblems, TEXT_COLOUR } from '../../src/data/theme/colour-problems.ts';

describe('colourProblems', () => {
  it('passes the example site theme and both fictional councils', () => {
    const files = ['content/theme.json', 'content/councils/fictional-borough.json', 'content/councils/fictional-shire.json'];
    for (const file of files) {
      const json = JSON.parse(readFileSync(file, 'utf8')) as { colours?: { brand: string; focus: string }; theme?: { colours: { brand: string; focus: string } } };
      const colours = json.colours ?? json.theme?.colours;
      if (colours === undefined) throw new Error(`${file} has no colours`);
      expect(colourProblems(colours), file).toEqual([]);
    }
  });

  it('judges the focus ring against the brand colour, and the skip link text against the focus colour', () => {
    expect(colourProblems({ brand: '#1d4f91', focus: '#2b6cb0' }).map((p) => p.field)).toEqual(['focus', 'focus']);
    expect(colourProblems({ brand: '#1d4f91', focus: '#ffffff' })).toEqual([]);
  });

  it("uses the page's text colour as global.css sets it", () => {
    const css = readFileSync('src/render/styles/global.css', 'utf8');
    expect(/--text:\s*(#[0-9a-f]{6})/i.exec(css)?.[1]).toBe(TEXT_COLOUR);
  });
});
