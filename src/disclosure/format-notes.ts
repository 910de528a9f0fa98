/** Notes of files not read, one line per reason, naming the files (or how many, past a few). */
export function formatNotes(notes: readonly string[]): string[] {
  const byReason = new Map<string, string[]>();
  for (const note of notes) {
    const split = note.indexOf(': ');
    const [file, reason] = split < 0 ? ['', note] : [note.slice(0, split), note.slice(split + 2)];
    byReason.set(reason, [...(byReason.get(reason) ?? []), file]);
  }
  return [...byReason].map(([reason, files]) => `${files.length > 3 ? `${files.length} files (${files.slice(0, 2).join(', ')} …)` : files.join(', ')}: ${reason}`);
}
