import { figureName } from './figure-name.ts';
import { tiedTo } from './figure-ties.ts';
import type { Leak } from './leak.ts';
import { numberTokens, writesValue, type NumberToken } from './number-tokens.ts';
import type { Grid, Place } from './place.ts';
import type { SecretList, SuppressedFigure } from './suppressed-figure.ts';
import { tableReveals } from './table-reveals.ts';
import { normaliseText } from './normalise-text.ts';
import type { Vocabulary } from './vocabulary.ts';

function shown(value: number, decimals: number): string {
  return value.toFixed(Math.max(0, decimals));
}

/** Numbers a figure withholds: its count, and the percentage or rate built on it. */
function secretsOf(figure: SuppressedFigure): number[] {
  return [figure.count, figure.value].filter((v): v is number => v !== undefined);
}

/**
 * Whether a number as written is one the figure withholds: its count exactly, or its percentage or
 * rate to at least the places the indicator shows ("13" beside a withheld 13.3% is not read as it).
 */
function writesSecret(token: NumberToken, figure: SuppressedFigure): boolean {
  if (figure.count !== undefined && token.value === figure.count) return true;
  return figure.value !== undefined && token.decimals >= figure.indicator.decimals && writesValue(token, figure.value);
}

/**
 * (a) A withheld count, percentage or rate written where the words around it say it is of that figure;
 * (c) a related rate or percentage written where it is of that figure's area and period, while its base
 * (the population or denominator) is written anywhere in the site.
 */
/**
 * Whether a place writes any number a withheld figure could be read from: the cheap first test, so a
 * scan keeps only these places of a large site, not every cell of every download.
 */
export function mayLeak(secrets: SecretList): (place: Place) => boolean {
  const values = [...new Set([...secrets.figures.flatMap(secretsOf), ...secrets.rates.map((r) => r.shown)])];
  if (values.length === 0) return () => false;
  return (place) => numberTokens(place.text).some((token) => values.some((value) => writesValue(token, value)));
}

export function placeLeaks(places: readonly Place[], secrets: SecretList, vocabulary: Vocabulary, published: ReadonlySet<number>): Leak[] {
  const leaks: Leak[] = [];
  const candidate = mayLeak(secrets);
  for (const place of places) {
    if (!candidate(place)) continue;
    const tokens = numberTokens(vocabulary.read(place.text).rest);
    if (tokens.length === 0) continue;
    const context = vocabulary.read(place.context);
    const outer = place.outer === undefined ? undefined : vocabulary.read(place.outer);
    for (const figure of secrets.figures) {
      const token = tokens.find((t) => writesSecret(t, figure));
      if (token === undefined) continue;
      const address = { indicator: figure.indicator.id, area: figure.area.code, period: figure.period, breakdown: figure.breakdown };
      if (!tiedTo(address, context, outer, secrets.breakdowns.get(figure.indicator.id))) continue;
      const isCount = figure.count !== undefined && token.value === figure.count;
      const withBase = !isCount && figure.base !== undefined && published.has(figure.base) ? `; with ${figure.base} also published, ${token.text} of ${figure.base} gives ${figure.count ?? 'the count'}` : '';
      leaks.push({
        file: place.file,
        where: place.where,
        kind: withBase === '' ? 'identified' : 'rate',
        figure: figureName(figure),
        detail: `"${token.text}" is the withheld ${isCount ? `count (${figure.count})` : `${figure.indicator.unit} (${shown(figure.value ?? 0, figure.indicator.decimals)})`}${withBase}`,
      });
    }
    for (const rate of secrets.rates) {
      const token = tokens.find((t) => writesValue(t, rate.shown));
      if (token === undefined || !published.has(rate.base)) continue;
      const { secret } = rate;
      const address = { indicator: rate.indicator.id, area: secret.area.code, period: secret.period, breakdown: secret.breakdown };
      if (!tiedTo(address, context, outer, secrets.breakdowns.get(rate.indicator.id))) continue;
      leaks.push({
        file: place.file,
        where: place.where,
        kind: 'rate',
        figure: figureName(secret),
        detail: `${rate.indicator.id} "${token.text}" × ${rate.base} (published) ÷ ${rate.indicator.per} = ${((rate.shown * rate.base) / rate.indicator.per).toFixed(2)}, which can only be the withheld count ${secret.count}`,
      });
    }
  }
  return leaks;
}

/** The withheld figure a revealed cell most likely is: its value, its row or column as breakdown, its indicator in the caption. */
function revealedFigure(secrets: SecretList, vocabulary: Vocabulary, grid: Grid, row: string, column: string, value: number): SuppressedFigure | undefined {
  const caption = vocabulary.read(`${grid.caption} ${row} ${column}`);
  const labels = [normaliseText(row), normaliseText(column)];
  return secrets.figures.find(
    (f) =>
      secretsOf(f).some((v) => Math.abs(v - value) < 0.5) &&
      (caption.indicators.size === 0 || caption.indicators.has(f.indicator.id)) &&
      (f.breakdown === undefined || labels.includes(normaliseText(f.breakdown))),
  );
}

/** (b) Withheld cells that a table's total gives away, named as a figure where one matches. */
export function tableLeaks(grids: readonly Grid[], secrets: SecretList, vocabulary: Vocabulary): Leak[] {
  return grids.flatMap((grid) =>
    tableReveals(grid).map((reveal) => {
      const figure = revealedFigure(secrets, vocabulary, grid, reveal.row, reveal.column, reveal.value);
      return {
        file: grid.file,
        where: `${grid.where} row "${reveal.row}" column "${reveal.column}"`,
        kind: 'table' as const,
        figure: figure === undefined ? `the [c] cell of ${grid.caption || grid.where}` : figureName(figure),
        detail: `withheld as [c], but ${reveal.how} gives ${Number(reveal.value.toFixed(6))}`,
      };
    }),
  );
}
