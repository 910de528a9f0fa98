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
