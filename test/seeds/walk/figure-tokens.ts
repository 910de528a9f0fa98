/**
 * The figures in a run of text, read the same way from a paper and from a built page so that the two can
 * be matched: dates, years like 2012/13, money (£58m, £574k, £750,000), numbers with or without % and the
 * marks that stand for a withheld number (the paper's ■, the page's [c]). A number that is part of a word
 * or a code (CS2116, S47, s.47, 1st) is no figure.
 */

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};
const MONTH_WORDS = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

const PATTERN = new RegExp(
  [
    `(?<date>(?<![\\w.])\\d{1,2}\\s?(?:st|nd|rd|th)?\\s(?:${MONTH_WORDS})\\.?,?\\s\\d{4}(?!\\d))`,
    '(?<slash>(?<![\\w./])\\d{1,2}/\\d{1,2}/\\d{4}(?!\\d))',
    '(?<year>(?<![\\w./])\\d{4}[/-]\\d{2}(?![\\d/-]))',
    '(?<withheld>■|\\[c\\])',
    '(?<money>£\\s?\\d[\\d,]*(?:\\.\\d+)?(?:\\s?(?:m|k|million|bn|billion)(?![a-z]))?)',
    // Commas only between groups of three digits: "24,26," in a list of recommendations is two numbers.
    '(?<number>(?<![\\w.£/])(?:\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+)(?:\\.\\d+)?(?![\\w/])(?:\\s?%)?)',
  ].join('|'),
  'gi',
);

export interface TextFigure {
  /** As written: "£3.646m", "1,642", "53.2%", "7 July 2009". */
  raw: string;
  /** What it is, for matching: "£3646000", "1642", "53.2", "9" for 9.0, "2009-07-07", "2012/13", "c". */
  key: string;
  /** Where in the text it starts. */
  at: number;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function money(raw: string): string {
  const match = /£\s?([\d,]+(?:\.\d+)?)\s?(m|k|million|bn|billion)?/i.exec(raw)!;
  const number = match[1]!.replace(/,/g, '');
  const unit = (match[2] ?? '').toLowerCase();
  const shift = unit === 'k' ? 3 : unit === 'm' || unit === 'million' ? 6 : unit === 'bn' || unit === 'billion' ? 9 : 0;
  const [whole = '', fraction = ''] = number.split('.');
  const digits = (whole + fraction.padEnd(shift, '0').slice(0, Math.max(shift, fraction.length))).replace(/^0+(?=\d)/, '');
  const places = Math.max(0, fraction.length - shift);
  return `£${places > 0 ? `${digits.slice(0, -places)}.${digits.slice(-places)}` : digits}`;
}

/** Every figure in `text`, in order. */
export function figuresIn(text: string): TextFigure[] {
  const found: TextFigure[] = [];
  for (const match of text.matchAll(PATTERN)) {
    const groups = match.groups ?? {};
    const raw = match[0];
    let key: string;
    if (groups['date'] !== undefined) {
      const parts = /^(\d{1,2})\s?(?:st|nd|rd|th)?\s([a-z]+)\.?,?\s(\d{4})$/i.exec(raw)!;
      key = `${parts[3]}-${pad(MONTHS[parts[2]!.toLowerCase()]!)}-${pad(Number(parts[1]))}`;
    } else if (groups['slash'] !== undefined) {
      const [d, m, y] = raw.split('/');
      key = `${y}-${pad(Number(m))}-${pad(Number(d))}`;
    } else if (groups['year'] !== undefined) {
      key = raw.replace('-', '/');
    } else if (groups['withheld'] !== undefined) {
      key = 'c';
    } else if (groups['money'] !== undefined) {
      key = money(raw);
    } else {
      // The same number however many noughts follow its point: a table's 9.0 is DfE's 9.
      key = raw.replace(/[,%\s]/g, '').replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
    }
    found.push({ raw: raw.trim(), key, at: match.index });
  }
  return found;
}
