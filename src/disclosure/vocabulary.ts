import { normaliseText } from './normalise-text.ts';
import type { SecretList } from './suppressed-figure.ts';

/** What a piece of text names: indicators and areas by id and code, and the text left over. */
export interface Reading {
  text: string;
  indicators: Set<string>;
  areas: Set<string>;
  /** The text with every name, period and "per 10,000" blanked, so their digits are not read as figures. */
  rest: string;
  /** Whether the text names any period at all (if so, a period in the headings above does not count). */
  namesPeriod: boolean;
}

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const PERIODS = [
  `\\b\\d{1,2} (?:${MONTHS}) \\d{4}\\b`,
  `\\b(?:${MONTHS}) \\d{4}\\b`,
  '\\b\\d{4}-\\d{2}(?:-\\d{2})?\\b',
  '\\b\\d{4}/\\d{2}\\b',
  '\\bq\\d(?:-q\\d)?\\b',
];
/** Any period, as pages and downloads write them. */
const PERIOD_NAMES = new RegExp(PERIODS.join('|'));
/** Words whose digits are not figures: periods, "per 10,000", the count of periods a chart leaves out, and a chart's number. */
const PERIOD_WORDS = new RegExp(
  [
    ...PERIODS,
    '\\bper \\d{1,3}(?:,\\d{3})*\\b',
    // Chart descriptions count the periods they leave out: "13 months are suppressed".
    '\\b\\d+ (?:months?|periods?|quarters?|years?|dates?) (?:is|are) suppressed\\b',
    // A chart's number in its report, in its caption and on its own page: "Figure 3: …", "Figure 3 of …".
    '\\bfigure \\d+(?=:| of\\b)',
  ].join('|'),
  'g',
);

interface Name {
  text: string;
  kind: 'indicator' | 'area';
  id: string;
}

/**
 * The names of a site's indicators and areas, found longest first so that "Cambridgeshire statistical
 * neighbours" is one group, not also Cambridgeshire, and "Referrals per 10,000 children" is not also
 * "Referrals".
 */
export class Vocabulary {
  readonly #names: Name[];

  constructor(secrets: Pick<SecretList, 'indicators' | 'areas'>) {
    const names: Name[] = [];
    for (const i of secrets.indicators) {
      names.push({ text: normaliseText(i.label), kind: 'indicator', id: i.id });
      names.push({ text: i.id.toLowerCase(), kind: 'indicator', id: i.id });
    }
    for (const a of secrets.areas) {
      names.push({ text: normaliseText(a.name), kind: 'area', id: a.code });
      names.push({ text: a.code.toLowerCase(), kind: 'area', id: a.code });
    }
    this.#names = names.filter((n) => n.text.length > 0).sort((a, b) => b.text.length - a.text.length);
  }

  read(raw: string): Reading {
    const text = normaliseText(raw);
    const indicators = new Set<string>();
    const areas = new Set<string>();
    let rest = text;
    for (const name of this.#names) {
      if (!rest.includes(name.text)) continue;
      const pattern = new RegExp(`(?<![\\w-])${name.text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![\\w-])`, 'g');
      if (!pattern.test(rest)) continue;
      (name.kind === 'indicator' ? indicators : areas).add(name.id);
      rest = rest.replace(pattern, ' \u0000 ');
    }
    const blanked = rest.replace(PERIOD_WORDS, ' \u0000 ');
    return { text, indicators, areas, rest: blanked, namesPeriod: PERIOD_NAMES.test(text) };
  }
}
