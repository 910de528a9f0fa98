// One WCAG contrast function for the whole project: the chart palette is checked with it too.
import { contrastRatio } from '../../charts/contrast.ts';

/** The page's text colour, `--text` in src/render/styles/global.css (a test keeps the two the same). */
export const TEXT_COLOUR = '#0b0c0c';
const WHITE = '#ffffff';

export interface ThemeColours {
  brand: string;
  focus: string;
}

/** A colour that fails, by field name under `colours`, and what to change. */
export interface ColourProblem {
  field: keyof ThemeColours;
  message: string;
}

interface Pairing {
  field: keyof ThemeColours;
  against: (colours: ThemeColours) => string;
  minimum: number;
  where: string;
  fix: string;
}

/**
 * Where global.css puts each colour, and the WCAG 2.2 AA ratio that use needs: text 4.5:1 (1.4.3),
 * a focus ring 3:1 against what it sits on (1.4.11). On white pages the ring's dark outer shadow does
 * the work, so the ring colour itself is judged only where that shadow does not show: on the header.
 */
const PAIRINGS: readonly Pairing[] = [
  { field: 'brand', against: () => WHITE, minimum: 4.5, where: 'with white text', fix: 'choose a darker colour (the header sets white text on it, and links use it on white)' },
  { field: 'focus', against: (c) => c.brand, minimum: 3, where: 'against the brand colour (the focus ring on header links)', fix: 'choose a lighter focus colour or a darker brand colour' },
  { field: 'focus', against: () => TEXT_COLOUR, minimum: 4.5, where: `behind the page's text colour ${TEXT_COLOUR} (the skip link)`, fix: 'choose a lighter focus colour' },
];

/** Every use of the theme's colours that falls short of WCAG AA, each with the ratio found and the fix. */
export function colourProblems(colours: ThemeColours): ColourProblem[] {
  const problems: ColourProblem[] = [];
  for (const pairing of PAIRINGS) {
    const ratio = contrastRatio(colours[pairing.field], pairing.against(colours));
    if (ratio < pairing.minimum) {
      problems.push({
        field: pairing.field,
        message: `"${colours[pairing.field]}" has contrast ${ratio.toFixed(2)}:1 ${pairing.where}; it needs at least ${pairing.minimum}:1 — ${pairing.fix}`,
      });
    }
  }
  return problems;
}
