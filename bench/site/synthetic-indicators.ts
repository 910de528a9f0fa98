import type { Polarity, Unit } from '../../src/engine/figure.ts';

/** An indicator of the benchmark's catalogue, with what the generator needs to invent its figures. */
export interface SyntheticIndicator {
  id: string;
  section: string;
  label: string;
  unit: Extract<Unit, 'count' | 'percent' | 'rate' | 'days'>;
  polarity: Polarity;
  decimals: number;
  target?: number;
  /** Monthly count, per-month denominator, or days, for a council of 100,000 children. */
  level: number;
  /** For percentages: the usual share, 0 to 1. */
  share?: number;
}

const SECTIONS = ['Early help and referrals', 'Assessments', 'Child protection', 'Children in care', 'Care leavers'];

/** Five kinds in turn, so that every unit the charts draw differently is in every report. */
function kindOf(index: number): Omit<SyntheticIndicator, 'id' | 'section' | 'label'> {
  switch (index % 5) {
    case 0:
      return { unit: 'count', polarity: 'none', decimals: 0, level: 120 + 7 * index };
    case 1:
      return { unit: 'percent', polarity: 'higher', decimals: 1, target: 85, level: 90 + 3 * index, share: 0.84 };
    case 2:
      return { unit: 'rate', polarity: 'none', decimals: 1, level: 40 + 2 * index };
    case 3:
      return { unit: 'percent', polarity: 'lower', decimals: 1, target: 20, level: 60 + 2 * index, share: 0.2 };
    default:
      return { unit: 'days', polarity: 'lower', decimals: 0, level: 300 + index };
  }
}

/** `count` indicators, `measure-01` onwards, in sections of eight. */
export function syntheticIndicators(count: number): SyntheticIndicator[] {
  return Array.from({ length: count }, (_, i) => {
    const kind = kindOf(i);
    const number = String(i + 1).padStart(2, '0');
    return { id: `measure-${number}`, section: SECTIONS[Math.floor(i / 8) % SECTIONS.length] ?? 'Other', label: `Synthetic ${kind.unit} measure ${number}`, ...kind };
  });
}

/** The row of data/indicators.csv for one indicator. */
export function indicatorRow(indicator: SyntheticIndicator): Record<string, string> {
  return {
    id: indicator.id,
    section: indicator.section,
    label: indicator.label,
    definition: `A made-up ${indicator.unit} for the benchmark; it describes no real children or services.`,
    unit: indicator.unit,
    rate_per: indicator.unit === 'rate' ? '10000' : '',
    polarity: indicator.polarity,
    decimals: String(indicator.decimals),
    target: indicator.target === undefined ? '' : String(indicator.target),
    tolerance: indicator.target === undefined ? '' : '2',
    source: 'Tabled benchmark (synthetic)',
  };
}
