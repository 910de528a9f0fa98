import { subtractDecimals, toDecimal, decimalToString } from './decimal.ts';
import { directionOfTravel } from './direction.ts';
import type { Figure, Polarity, Unit } from './figure.ts';
import { roundHalfAway, roundRatioDigits } from './rounding.ts';
import { symbolReplacesValue, symbolText } from './symbols.ts';
import { plural } from './plural.ts';

/** U+2212, the typographic minus that screen readers announce as "minus". */
const MINUS = '−';

function group(whole: string): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * en-GB digits with thousands separators and a real minus sign: 1728 → "1,728", -2.5 → "−2.5".
 * With `decimals`, rounds half away from zero on the exact decimal and always shows that many places.
 */
export function formatNumber(value: number | string, decimals?: number): string {
  const wanted = decimals ?? toDecimal(value).scale;
  // Rounding to tens or hundreds (national counts) still shows whole numbers.
  const exact = toDecimal(wanted < 0 ? roundHalfAway(value, wanted) : value);
  const places = Math.max(0, wanted);
  const digits = roundRatioDigits(exact, { digits: 1n, scale: 0 }, places);
  const negative = digits < 0n;
  const text = (negative ? -digits : digits).toString().padStart(places + 1, '0');
  const whole = places > 0 ? text.slice(0, -places) : text;
  const fraction = places > 0 ? `.${text.slice(-places)}` : '';
  return `${negative ? MINUS : ''}${group(whole)}${fraction}`;
}

/**
 * A sum of a million pounds or more in millions, as GOV.UK writes money and committee papers do:
 * 58000000 → "58m", 1242000 → "1.242m". Only where millions give the exact sum in at most three
 * decimals (whole thousands); otherwise undefined, and the sum is written in full.
 */
function pounds(value: number, decimals: number): string | undefined {
  if (decimals > 0 || !Number.isInteger(value) || Math.abs(value) < 1_000_000 || value % 1000 !== 0) return undefined;
  const thousands = toDecimal(value / 1000);
  const millions = decimalToString({ digits: thousands.digits, scale: thousands.scale + 3 });
  return `${millions.startsWith('-') ? MINUS + millions.slice(1) : millions}m`;
}

function withUnit(value: number, unit: Unit, decimals: number, per: number | undefined): string {
  const shown = formatNumber(value, decimals);
  switch (unit) {
    case 'percent':
      return `${shown}%`;
    case 'rate':
      return per === undefined ? shown : `${shown} per ${formatNumber(per)}`;
    case 'days':
      return plural(shown, 'day');
    case 'weeks':
      return plural(shown, 'week');
    case 'months':
      return plural(shown, 'month');
    case 'currency': {
      const money = pounds(value, decimals) ?? shown;
      return money.startsWith(MINUS) ? `${MINUS}£${money.slice(1)}` : `£${money}`;
    }
    case 'count':
    case 'ratio':
      return shown;
  }
}

/**
 * A figure as a reader sees it: "86.0%", "29.2 per 10,000", "17.0", "101.7 days", "£1,035,000".
 * A symbol that stands instead of a number shows alone ("[c]"); a qualifier follows the number ("12.4% [p]").
 */
export function formatFigure(figure: Figure): string {
  if (figure.symbol !== undefined && symbolReplacesValue(figure.symbol)) return symbolText(figure.symbol);
  if (figure.value === undefined) return symbolText('x');
  const shown = withUnit(figure.value, figure.unit, figure.decimals, figure.per);
  return figure.symbol === undefined ? shown : `${shown} ${symbolText(figure.symbol)}`;
}

function shownValue(figure: Figure): number | undefined {
  if (figure.symbol !== undefined && symbolReplacesValue(figure.symbol)) return undefined;
  return figure.value;
}

/**
 * The change from `previous` to `current` in words, worked out from the values readers see:
 * "up 2.0 percentage points", "down 12", "up 1.3 per 10,000", "no change".
 * Percentages change by percentage points, never by a percent of a percent.
 */
export function formatChange(current: Figure, previous: Figure): string {
  if (current.unit !== previous.unit) {
    throw new RangeError(`Cannot compare a ${current.unit} with a ${previous.unit}`);
  }
  const now = shownValue(current);
  const before = shownValue(previous);
  if (now === undefined || before === undefined) return 'no comparison: a figure is missing';
  const decimals = Math.max(current.decimals, previous.decimals);
  const change = subtractDecimals(toDecimal(now), toDecimal(before));
  if (change.digits === 0n) return 'no change';
  const size = decimalToString({ digits: change.digits < 0n ? -change.digits : change.digits, scale: change.scale });
  const direction = change.digits > 0n ? 'up' : 'down';
  if (current.unit === 'percent') {
    const points = formatNumber(size, decimals);
    return `${direction} ${plural(points, 'percentage point')}`;
  }
  return `${direction} ${withUnit(Number(size), current.unit, decimals, current.per ?? previous.per)}`;
}

/**
 * Direction of travel in one phrase with the earlier figure, e.g. "up from 81.0% — worse",
 * "down from 1,200" (not judged), "no change from 81.0%". The judgement always comes in words.
 */
export function formatTravel(current: Figure, previous: Figure, polarity: Polarity): string {
  const travel = directionOfTravel(current, previous, polarity);
  if (travel.direction === 'unknown') return travel.words;
  const from = formatFigure(previous);
  if (travel.direction === 'same') return `no change from ${from}`;
  const judged = travel.judgement === 'better' || travel.judgement === 'worse' ? ` — ${travel.judgement}` : '';
  return `${travel.direction} from ${from}${judged}`;
}
