import { spawnSync } from 'node:child_process';

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error) throw new Error(`${command}: ${result.error.message}. Install poppler-utils: apt-get install -y poppler-utils`);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

/** The PDF's text as poppler's pdftotext reads it, in reading order. */
export function pdfText(file: string): string {
  return run('pdftotext', ['-enc', 'UTF-8', file, '-']);
}

/** pdfinfo's fields, e.g. `Tagged` → `yes`, `Pages` → `3`. */
export function pdfInfo(file: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const line of run('pdfinfo', [file]).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match?.[1] && match[2] !== undefined) fields[match[1].trim()] = match[2].trim();
  }
  return fields;
}

/** Each word of a page with its box in points (pdftotext -bbox), e.g. to measure the size of text. */
export function pdfWords(file: string, page: number): { word: string; height: number; yMin: number }[] {
  const xhtml = run('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-']);
  return [...xhtml.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    word: m[3] ?? '',
    yMin: Number(m[1]),
    height: Number(m[2]) - Number(m[1]),
  }));
}

/** The fonts pdffonts lists: name ("[none]" when unnamed) and type, e.g. "Type 3". */
export function pdfFonts(file: string): { name: string; type: string }[] {
  return run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [name = '', ...rest] = line.trim().split(/\s+/);
      const type = /^(Type 3|Type 1C?|TrueType|CID TrueType|CID Type 0C?|Type 1)/.exec(rest.join(' '))?.[1] ?? rest.slice(0, 2).join(' ');
      return { name, type };
    });
}
