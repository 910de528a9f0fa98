/** Colours as the theme files give them, checked there to be hex colours (so nothing else reaches the CSS). */
export interface ThemeColours {
  brand: string;
  focus: string;
}

const HEX = /^#[0-9a-fA-F]{3,8}$/;

function rule(selector: string, colours: ThemeColours): string {
  for (const colour of [colours.brand, colours.focus]) {
    if (!HEX.test(colour)) throw new Error(`theme colour "${colour}" is not a hex colour such as #1d4f91`);
  }
  return `${selector}{--brand:${colours.brand};--focus:${colours.focus};}`;
}

/**
 * The site's colours, and each council's on pages marked `data-council="<code>"`, as a stylesheet
 * file: the Content-Security-Policy allows styles from the site's own files only, never inline.
 */
export function themeStylesheet(site: ThemeColours, councils: readonly { code: string; theme: { colours: ThemeColours } }[]): string {
  return [rule(':root', site), ...councils.map((council) => rule(`:root[data-council="${council.code}"]`, council.theme.colours))].join('\n') + '\n';
}
