import { theme } from '../site/theme.ts';
import { faviconIco } from '../render/favicon.ts';

/** The site's icon for clients that ask for /favicon.ico without reading the page's links. */
export function GET(): Response {
  return new Response(faviconIco(theme.colours.brand), { headers: { 'content-type': 'image/x-icon' } });
}
