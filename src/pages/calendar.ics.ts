import type { APIContext } from 'astro';
import { releaseCalendar } from '../publish/discovery/release-calendar.ts';
import { releases } from '../site/releases.ts';
import { theme } from '../site/theme.ts';

/** The release calendar as an iCalendar feed (the list is also at /calendar/). */
export async function GET(context: APIContext): Promise<Response> {
  const site = context.site;
  if (site === undefined) throw new Error('the release calendar needs the site address (content/theme.json address)');
  const body = releaseCalendar(await releases(), { name: theme.name, address: site.href, page: '/calendar/' });
  return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
}
