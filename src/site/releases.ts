import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import { upcomingReleases, type Release } from '../publish/discovery/release-calendar.ts';
import { model } from './figures.ts';
import { contentDir } from './paths.ts';

/** The site's release calendar: drafts never published, by meeting date (src/publish/discovery/release-calendar.ts). */
export async function releases(): Promise<Release[]> {
  const reports = (await getCollection('reports')).filter((entry) => !/\/versions\/\d+$/.test(entry.id));
  return upcomingReleases(
    reports,
    (id) => existsSync(join(contentDir, 'reports', id, 'versions')),
    (authority) => model.findArea(authority)?.name ?? authority,
  );
}
