import { theme } from '../site/theme.ts';
import { faviconSvg } from '../render/favicon.ts';

/** The site's icon in its brand colour (src/render/favicon.ts). */
export function GET(): Response {
  return new Response(faviconSvg(theme.colours.brand), { headers: { 'content-type': 'image/svg+xml' } });
}
