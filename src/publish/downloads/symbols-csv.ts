import { SYMBOLS, symbolText, type SymbolCode } from '../../engine/index.ts';
import { tidyCsv } from './tidy-csv.ts';

/** The GSS symbols legend, from the project's one definition of them. */
export function symbolsCsv(): string {
  const rows = (Object.keys(SYMBOLS) as SymbolCode[]).map((code) => ({
    symbol: symbolText(code),
    meaning: SYMBOLS[code].meaning,
    stands_instead_of_a_number: SYMBOLS[code].replaces ? 'yes' : 'no',
  }));
  return tidyCsv(rows, ['symbol', 'meaning', 'stands_instead_of_a_number']);
}
