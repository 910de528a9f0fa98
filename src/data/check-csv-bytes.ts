import type { DataProblem } from './problems.ts';
import { MAX_CSV_BYTES } from '../adapters/build-tuning.ts';

/** Most bytes a data file may be (build-tuning.ts). */
export { MAX_CSV_BYTES };

const EXPORT = 'open it in the program that made it and save it as "CSV UTF-8 (Comma delimited)"';

/** Files that are often given a .csv name by mistake, by the bytes they start with. */
const SIGNATURES: readonly { bytes: readonly number[]; what: string; fix: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image', fix: 'type or export the numbers into a CSV file; an image of a table cannot be read' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image', fix: 'type or export the numbers into a CSV file; an image of a table cannot be read' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF', fix: 'export the table from the document it came from as CSV UTF-8' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (an Excel .xlsx workbook is one)', fix: EXPORT },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an Excel 97–2003 (.xls) or other Office file', fix: EXPORT },
];

const BYTE_ORDER_MARK_16 = (bytes: Uint8Array) => (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);

/** Text saved as UTF-16 without a byte order mark: the zero high byte of each ASCII letter, every other byte. */
function looksUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 200);
  let even = 0;
  let odd = 0;
  sample.forEach((byte, i) => {
    if (byte !== 0) return;
    if (i % 2 === 0) even += 1;
    else odd += 1;
  });
  const half = sample.length / 2;
  return sample.length >= 4 && Math.max(even, odd) >= half * 0.6 && Math.min(even, odd) === 0;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) if (bytes[i] === 0x0a) line += 1;
  return line;
}

const en = new Intl.NumberFormat('en-GB');

/** A file too large to read: checked from its size, before it is read into memory. */
export function checkCsvSize(size: number, file: string): DataProblem | undefined {
  if (size <= MAX_CSV_BYTES) return undefined;
  return {
    file,
    line: 0,
    message: `is ${en.format(Math.round(size / 1024 / 1024))} MB, more than the ${MAX_CSV_BYTES / 1024 / 1024} MB a data file may be`,
    fix: 'keep in data/ only the rows your reports use, or check that this is the file you meant to put there',
  };
}

/**
 * What stops `bytes` being read as the text of a CSV file, before any decoding: an image, PDF or
 * workbook saved with a .csv name, or a NUL byte, which no CSV text holds and which marks a binary or
 * damaged file (or UTF-16 without a byte order mark). Undefined when none. Files starting with a
 * UTF-16 byte order mark are left to decodeText, which names that encoding.
 */
export function checkCsvBytes(bytes: Uint8Array, file: string): DataProblem | undefined {
  const known = SIGNATURES.find(({ bytes: start }) => start.every((byte, i) => bytes[i] === byte));
  if (known !== undefined) return { file, line: 0, message: `is ${known.what}, not a CSV file`, fix: known.fix };
  if (BYTE_ORDER_MARK_16(bytes)) return undefined;
  const nul = bytes.indexOf(0);
  if (nul < 0) return undefined;
  if (looksUtf16(bytes)) {
    return { file, line: 0, message: 'is saved as UTF-16 ("Unicode text") without a byte order mark, not UTF-8', fix: EXPORT };
  }
  return {
    file,
    line: lineAt(bytes, nul),
    message: `holds a NUL byte (byte ${en.format(nul + 1)} of the file), which no CSV text has: this is a binary file or a damaged one`,
    fix: `check that this is the file you meant to put there, and if it is, ${EXPORT}`,
  };
}
