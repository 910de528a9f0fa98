import { councils, theme } from '../site/theme.ts';
import { themeStylesheet } from '../render/styles/theme-stylesheet.ts';

/** /theme.css: the theme's colours as a file, so that no page needs an inline style. */
export function GET(): Response {
  return new Response(themeStylesheet(theme.colours, councils), { headers: { 'content-type': 'text/css; charset=utf-8' } });
}
