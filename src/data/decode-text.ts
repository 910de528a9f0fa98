import type { DataProblem } from './problems.ts';

const SAVE_AS = 'save it again as "CSV UTF-8" (Excel: File › Save As › CSV UTF-8 (Comma delimited))';

/**
 * The text of a CSV file, which must be UTF-8. Reading any other encoding as UTF-8 would quietly turn
 * "£" or "é" into "�" on the published page, so the file is refused with the line of the first bad byte.
 */
export function decodeText(bytes: Uint8Array, file: string): { text: string } | { problem: DataProblem } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: { file, line: 0, message: `is saved as UTF-16 ("Unicode text"), not UTF-8: ${SAVE_AS}` } };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const good = new TextDecoder('utf-8').decode(bytes);
    const bad = good.indexOf('\uFFFD');
    const line = good.slice(0, bad).split(/\r\n|\r|\n/).length;
    return {
      problem: {
        file,
        line,
        message: `is not UTF-8 from this line on (it was probably saved as Windows-1252 or Latin-1, where "£" and accented letters are stored differently): ${SAVE_AS}`,
      },
    };
  }
}
