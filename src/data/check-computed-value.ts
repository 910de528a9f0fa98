import type { Figure } from '../engine/figure.ts';
import { given, percentage, ratePer, ratio } from '../engine/measures.ts';
import type { IndicatorEntry } from './dataset.ts';
import type { ObservationRow } from './schemas/index.ts';
import { plural } from '../engine/plural.ts';

function placesText(decimals: number): string {
  return plural(decimals, 'decimal place');
}

/** What pages would show for this row's numerator and denominator, worked out as the figures layer does. */
function computed(numerator: string, denominator: string, indicator: IndicatorEntry): Figure | undefined {
  const { decimals } = indicator;
  switch (indicator.unit) {
    case 'percent':
      return percentage({ numerator, denominator, decimals });
    case 'rate':
      return indicator.rate_per === undefined ? undefined : ratePer({ count: numerator, population: denominator, per: indicator.rate_per, decimals });
    case 'count':
      return undefined;
    default:
      // Averages in days, weeks, months or currency are a total over a number of children: a ratio.
      return ratio({ numerator, denominator, decimals });
  }
}

/**
 * When a row gives numerator, denominator and value, pages show the value worked out from the first
 * two; a published value that differs (at the indicator's decimals) points to a typing slip or a
 * different definition, worth a look but not worth stopping the build. Returns the warning, if any.
 */
export function computedValueWarning(row: ObservationRow, indicator: IndicatorEntry): string | undefined {
  const { numerator, denominator, value } = row;
  if (numerator === undefined || denominator === undefined || value === undefined || denominator.value === 0) return undefined;
  const worked = computed(numerator.raw, denominator.raw, indicator);
  if (worked?.value === undefined) return undefined;
  const published = given({ value: value.raw, unit: indicator.unit, decimals: indicator.decimals });
  if (published.value === worked.value) return undefined;
  return (
    `value "${value.raw}" is not what numerator "${numerator.raw}" and denominator "${denominator.raw}" give: ` +
    `${worked.value.toFixed(indicator.decimals)} at ${placesText(indicator.decimals)} (${worked.method ?? ''}); ` +
    'the worked-out figure is shown, so check the three cells'
  );
}
