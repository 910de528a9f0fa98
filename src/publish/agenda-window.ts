import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { findCouncil } from '../data/councils/find-council.ts';
import { readCouncil } from '../data/councils/read-council.ts';
import type { Council } from '../data/councils/schema.ts';
import { writtenDates } from '../data/reports/frontmatter.ts';

/** What the publication date of a report is checked against, from its front matter and its council's file. */
export interface MeetingFacts {
  meetingDate: string | undefined;
  agendaDays: number | undefined;
}

/** The councils whose files read cleanly; the build reports the others. */
async function councils(root: string): Promise<Council[]> {
  const dir = join(root, 'content', 'councils');
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
  } catch {
    return [];
  }
  const found: Council[] = [];
  for (const name of names) {
    const { council } = readCouncil(await readFile(join(dir, name), 'utf8'), `content/councils/${name}`);
    if (council !== undefined) found.push(council);
  }
  return found;
}

/** The meeting date a report's MDX gives, and its council's agenda window when its file sets one. */
export async function meetingFacts(root: string, mdx: string): Promise<MeetingFacts> {
  const meetingDate = writtenDates(mdx).find((date) => date.key === 'meetingDate')?.text;
  const authority = /^authority:[ \t]*['"]?([^'"\s#]+)/m.exec(mdx)?.[1];
  const council = authority === undefined ? undefined : findCouncil(await councils(root), authority);
  return { meetingDate, agendaDays: council?.agendaDays };
}
