import { readFile } from 'node:fs/promises';

/** Files read at once while the one before them is worked on. */
const AHEAD = 8;

/**
 * The text of each file, in the order given, with the next few already being read: a check that
 * parses a site's pages one by one otherwise waits for the disk between every two of them. At most
 * `ahead` files are held beyond the one being worked on.
 */
export async function* readAhead(paths: readonly string[], ahead = AHEAD): AsyncGenerator<{ path: string; text: string }> {
  const reading: Promise<string>[] = [];
  let next = 0;
  const fill = () => {
    while (next < paths.length && reading.length < ahead) {
      const read = readFile(paths[next] ?? '', 'utf8');
      // A failure is rethrown when its turn comes; until then it must not count as unhandled.
      read.catch(() => undefined);
      reading.push(read);
      next += 1;
    }
  };
  for (let at = 0; at < paths.length; at += 1) {
    fill();
    const text = await reading.shift();
    yield { path: paths[at] ?? '', text: text ?? '' };
  }
}
