/**
 * Writes the fictional councils' example data: data/observations/fictional-borough.csv,
 * data/observations/fictional-shire.csv and the fictional rows of data/populations.csv. Every number is
 * made up, from a seeded generator, so the output is the same on every run and every machine (no
 * Math.random, no clock).
 *
 * Run: npm run generate:fictional
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { csvFormatRows, csvParseRows } from 'd3-dsv';

export const FICTIONAL_AREA = 'X00000001';
export const FICTIONAL_NOTE = 'Fictional data';
export const DEFAULT_SEED = 20250331;

/**
 * The second fictional council, Fictional Shire Council: a larger council than the borough, with its
 * own seed, so its figures are its own (never a copy of the borough's, nor of a real council's).
 */
export const SHIRE_AREA = 'X00000002';
export const SHIRE_SEED = 20241231;
/** How much larger than the borough: every volume (referrals, plans, children in care, staff) scales. */
export const SHIRE_SCALE = 1.6;

/** Which fictional council a run of the generator is for; the borough unless given. */
export interface FictionalCouncil {
  area: string;
  /** 1 for the borough; the volumes of the simulation are multiplied by it. */
  scale: number;
}

export const BOROUGH: FictionalCouncil = { area: FICTIONAL_AREA, scale: 1 };
export const SHIRE: FictionalCouncil = { area: SHIRE_AREA, scale: SHIRE_SCALE };

export const OBSERVATION_COLUMNS = [
  'indicator',
  'area',
  'period',
  'breakdown',
  'numerator',
  'denominator',
  'value',
  'marker',
  'note',
] as const;

export type ObservationRow = Record<(typeof OBSERVATION_COLUMNS)[number], string>;

export interface PopulationRow {
  area: string;
  period: string;
  population: string;
  source: string;
}

/**
 * A small xorshift generator seeded through a 32-bit mix, returning numbers in [0, 1).
 * Written here rather than imported so the sequence can never change under us with a dependency.
 */
export function createRandom(seed: number): () => number {
  let state = (seed ^ 0x9e3779b9) >>> 0;
  state = Math.imul(state ^ (state >>> 16), 0x85ebca6b) >>> 0;
  state = Math.imul(state ^ (state >>> 13), 0xc2b2ae35) >>> 0;
  if (state === 0) state = 0x6d2b79f5;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 0x100000000;
  };
}

/** The months written out: April 2022 to March 2025. */
const FIRST_MONTH = { year: 2022, month: 4 };
const MONTHS_WRITTEN = 36;
/** A year generated before the first written month, so 12-month measures are complete from the start. */
const WARM_UP_MONTHS = 12;

interface Month {
  year: number;
  /** 1 = January. */
  month: number;
}

function monthAt(index: number): Month {
  const zeroBased = FIRST_MONTH.month - 1 + index - WARM_UP_MONTHS;
  const year = FIRST_MONTH.year + Math.floor(zeroBased / 12);
  return { year, month: (((zeroBased % 12) + 12) % 12) + 1 };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function monthPeriod({ year, month }: Month): string {
  return `${year}-${pad(month)}`;
}

function daysInMonth({ year, month }: Month): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Stock figures (numbers on a plan, in care, caseloads) are snapshots at the end of the month. */
function monthEndPeriod(m: Month): string {
  return `${monthPeriod(m)}-${pad(daysInMonth(m))}`;
}

function financialYear({ year, month }: Month): string {
  const start = month >= 4 ? year : year - 1;
  return `${start}/${pad((start + 1) % 100)}`;
}

/**
 * Demand dips in the school holidays (fewer referrals from schools) and rises when term starts.
 * Indexed by calendar month, January first.
 */
const SEASON = [1.0, 1.02, 1.04, 0.95, 1.0, 1.03, 0.97, 0.8, 1.06, 1.1, 1.05, 0.88] as const;

function season(m: Month): number {
  return SEASON[m.month - 1] ?? 1;
}

class Draws {
  readonly #next: () => number;

  constructor(seed: number) {
    this.#next = createRandom(seed);
  }

  uniform(low: number, high: number): number {
    return low + (high - low) * this.#next();
  }

  /** Roughly normal noise around 1 with the given spread, from the mean of three uniforms. */
  wobble(spread: number): number {
    const u = (this.#next() + this.#next() + this.#next()) / 3;
    return 1 + (u - 0.5) * 2 * spread;
  }

  /** How many of `n` trials succeed: numerators can never exceed their denominators. */
  binomial(n: number, p: number): number {
    const chance = Math.min(1, Math.max(0, p));
    let hits = 0;
    for (let i = 0; i < n; i += 1) if (this.#next() < chance) hits += 1;
    return hits;
  }

  count(mean: number, spread: number): number {
    return Math.max(0, Math.round(mean * this.wobble(spread)));
  }
}

/** One month of the fictional council's underlying figures. */
interface MonthFigures {
  month: Month;
  earlyHelp: number;
  referrals: number;
  reReferrals: number;
  noFurtherAction: number;
  assessments: number;
  assessmentsOnTime: number;
  s47: number;
  conferences: number;
  conferencesOnTime: number;
  cpPlans: number;
  cpStarted: number;
  cpSecond: number;
  cpCeased: number;
  cpCeasedAfterTwoYears: number;
  cpVisitsDue: number;
  cpVisitsOnTime: number;
  inCare: number;
  claVisitsDue: number;
  claVisitsOnTime: number;
  threePlacements: number;
  longTermEligible: number;
  longTermStable: number;
  healthEligible: number;
  healthOnTime: number;
  dentalOnTime: number;
  careLeavers: number;
  careLeaversEet: number;
  careLeaversSuitable: number;
  adoptionsMatched: number;
  adoptionDays: number;
  careApplications: number;
  proceedingsEnded: number;
  proceedingsWeeks: number;
  fteInPost: number;
  fteCaseHolding: number;
  fteVacant: number;
  fteAgency: number;
  fteLeavers: number;
  cases: number;
}

// `scale` comes first in each product so that at 1 every figure is computed exactly as before it existed.
function simulate(seed: number, scale = 1): MonthFigures[] {
  const draw = new Draws(seed);
  const figures: MonthFigures[] = [];
  let cpPlans = Math.round(236 * scale);
  let inCare = Math.round(318 * scale);
  let fteInPost = Math.round(104 * scale);
  for (let index = 0; index < WARM_UP_MONTHS + MONTHS_WRITTEN; index += 1) {
    const month = monthAt(index);
    const s = season(month);
    // Demand grows slowly over the three years; timeliness improves as the workforce settles.
    const growth = 1 + 0.004 * index;
    const improvement = Math.min(1, index / 48);

    const earlyHelp = draw.count(138 * scale * s * (1 + 0.006 * index), 0.08);
    const referrals = draw.count(176 * scale * s * growth, 0.07);
    const reReferrals = draw.binomial(referrals, 0.23 - 0.04 * improvement);
    const noFurtherAction = draw.binomial(referrals, 0.09);
    const assessments = draw.count(referrals * 0.92, 0.06);
    const assessmentsOnTime = draw.binomial(assessments, 0.8 + 0.1 * improvement);
    const s47 = draw.count(47 * scale * s * growth, 0.12);
    const conferences = draw.binomial(s47, 0.39);
    const conferencesOnTime = draw.binomial(conferences, 0.78 + 0.12 * improvement);

    const cpStarted = Math.round(conferences * draw.uniform(0.78, 0.92));
    const cpCeased = draw.count(cpPlans * 0.068, 0.2);
    cpPlans = Math.max(0, cpPlans + cpStarted - cpCeased);
    const cpSecond = draw.binomial(cpStarted, 0.18);
    const cpCeasedAfterTwoYears = draw.binomial(cpCeased, 0.03);
    const cpVisitsDue = Math.round(cpPlans * draw.uniform(1.5, 1.7));
    const cpVisitsOnTime = draw.binomial(cpVisitsDue, 0.88 + 0.06 * improvement);

    const started = draw.count(11.5 * scale * s, 0.3);
    const ceased = draw.count(12.2 * scale, 0.3);
    inCare = Math.max(0, inCare + started - ceased);
    const claVisitsDue = Math.round(inCare * draw.uniform(1.0, 1.2));
    const claVisitsOnTime = draw.binomial(claVisitsDue, 0.9 + 0.04 * improvement);
    const threePlacements = draw.binomial(inCare, 0.1 - 0.025 * improvement);
    const longTermEligible = Math.round(inCare * draw.uniform(0.26, 0.3));
    const longTermStable = draw.binomial(longTermEligible, 0.69);
    const healthEligible = Math.round(inCare * draw.uniform(0.68, 0.72));
    // Health checks slip over the summer holidays when clinics run fewer appointments.
    const healthOnTime = draw.binomial(healthEligible, month.month >= 7 && month.month <= 9 ? 0.84 : 0.89);
    const dentalOnTime = draw.binomial(healthEligible, 0.74 + 0.1 * improvement);
    const careLeavers = Math.round(92 * scale + index * 0.25);
    const careLeaversEet = draw.binomial(careLeavers, 0.52);
    const careLeaversSuitable = draw.binomial(careLeavers, 0.87);

    const adoptionsMatched = Math.min(4, draw.binomial(Math.round(6 * scale), 0.22));
    const adoptionDays = Math.round(draw.uniform(170, 320) - 30 * improvement);
    const careApplications = draw.count(5.2 * scale, 0.4);
    const proceedingsEnded = draw.binomial(Math.round(8 * scale), 0.6);
    const proceedingsWeeks = Math.round(draw.uniform(36, 52));

    fteInPost = Math.max(Math.round(80 * scale), fteInPost + draw.uniform(-1.5, 1.7));
    const fteVacant = draw.uniform(12 * scale, 22 * scale) * (1 - 0.3 * improvement);
    const fteAgency = fteVacant * draw.uniform(0.6, 0.85);
    const fteCaseHolding = (fteInPost + fteAgency) * draw.uniform(0.8, 0.84);
    const fteLeavers = draw.binomial(Math.round(fteInPost), 0.012) + draw.uniform(0, 0.8);
    const cases = Math.round((cpPlans + inCare) * 1.8 + referrals * 2.9);

    figures.push({
      month,
      earlyHelp,
      referrals,
      reReferrals,
      noFurtherAction,
      assessments,
      assessmentsOnTime,
      s47,
      conferences,
      conferencesOnTime,
      cpPlans,
      cpStarted,
      cpSecond,
      cpCeased,
      cpCeasedAfterTwoYears,
      cpVisitsDue,
      cpVisitsOnTime,
      inCare,
      claVisitsDue,
      claVisitsOnTime,
      threePlacements,
      longTermEligible,
      longTermStable,
      healthEligible,
      healthOnTime,
      dentalOnTime,
      careLeavers,
      careLeaversEet,
      careLeaversSuitable,
      adoptionsMatched,
      adoptionDays,
      careApplications,
      proceedingsEnded,
      proceedingsWeeks,
      fteInPost,
      fteCaseHolding,
      fteVacant,
      fteAgency,
      fteLeavers,
      cases,
    });
  }
  return figures;
}

/** FTE is written to one decimal place, as the workforce census does. */
function fte(n: number): string {
  return n.toFixed(1);
}

function sum(values: readonly number[]): number {
  return values.reduce((total, v) => total + v, 0);
}

/** The months in the system-change gap when visits to children in care could not be reported. */
const CLA_VISITS_GAP = new Set(['2023-06', '2023-07']);
/** The last month is provisional until the year-end return is checked. */
const PROVISIONAL_MONTH = '2025-03';

interface Cell {
  numerator?: number | string;
  denominator?: number | string;
  value?: number | string;
  marker?: string;
  note?: string;
}

function row(indicator: string, period: string, cell: Cell, area: string = FICTIONAL_AREA): ObservationRow {
  const text = (v: number | string | undefined): string => (v === undefined ? '' : String(v));
  return {
    indicator,
    area,
    period,
    breakdown: '',
    numerator: text(cell.numerator),
    denominator: text(cell.denominator),
    value: text(cell.value),
    marker: cell.marker ?? '',
    note: cell.note ?? FICTIONAL_NOTE,
  };
}

type MonthlyCell = (f: MonthFigures, index: number, all: readonly MonthFigures[]) => Cell;

/** Indicators written every month, in catalogue order, and whether each is a month-end snapshot. */
const MONTHLY: ReadonlyArray<readonly [id: string, snapshot: boolean, cell: MonthlyCell]> = [
  ['early-help-assessments', false, (f) => ({ value: f.earlyHelp })],
  ['referrals', false, (f) => ({ value: f.referrals })],
  ['referrals-rate', false, (f) => ({ numerator: f.referrals })],
  ['re-referrals-within-12-months', false, (f) => ({ numerator: f.reReferrals, denominator: f.referrals })],
  ['referrals-no-further-action', false, (f) => ({ numerator: f.noFurtherAction, denominator: f.referrals })],
  ['assessments-within-45-days', false, (f) => ({ numerator: f.assessmentsOnTime, denominator: f.assessments })],
  ['s47-enquiries', false, (f) => ({ value: f.s47 })],
  ['s47-enquiries-rate', false, (f) => ({ numerator: f.s47 })],
  ['s47-to-initial-conference', false, (f) => ({ numerator: f.conferences, denominator: f.s47 })],
  [
    's47-to-initial-conference-12-months',
    false,
    (_f, index, all) => {
      const year = all.slice(index - 11, index + 1);
      return { numerator: sum(year.map((m) => m.conferences)), denominator: sum(year.map((m) => m.s47)) };
    },
  ],
  ['icpc-within-15-days', false, (f) => ({ numerator: f.conferencesOnTime, denominator: f.conferences })],
  ['cp-plans', true, (f) => ({ value: f.cpPlans })],
  ['cp-plans-rate', true, (f) => ({ numerator: f.cpPlans })],
  ['cp-plans-second-or-subsequent', false, (f) => ({ numerator: f.cpSecond, denominator: f.cpStarted })],
  [
    'cp-plans-ceased-after-2-years',
    false,
    (f) => ({ numerator: f.cpCeasedAfterTwoYears, denominator: f.cpCeased }),
  ],
  ['cp-visits-within-timescale', false, (f) => ({ numerator: f.cpVisitsOnTime, denominator: f.cpVisitsDue })],
  ['children-in-care', true, (f) => ({ value: f.inCare })],
  ['children-in-care-rate', true, (f) => ({ numerator: f.inCare })],
  [
    'cla-visits-within-timescale',
    false,
    (f) =>
      CLA_VISITS_GAP.has(monthPeriod(f.month))
        ? { marker: 'x', note: `${FICTIONAL_NOTE}: not available while the case recording system was replaced` }
        : { numerator: f.claVisitsOnTime, denominator: f.claVisitsDue },
  ],
  [
    'placements-3-or-more',
    false,
    (f) => ({ numerator: f.threePlacements, denominator: f.inCare }),
  ],
  [
    'long-term-placement-stability',
    false,
    (f) => ({ numerator: f.longTermStable, denominator: f.longTermEligible }),
  ],
  ['health-assessments-on-time', false, (f) => ({ numerator: f.healthOnTime, denominator: f.healthEligible })],
  ['dental-checks-on-time', false, (f) => ({ numerator: f.dentalOnTime, denominator: f.healthEligible })],
  ['care-leavers-in-eet', false, (f) => ({ numerator: f.careLeaversEet, denominator: f.careLeavers })],
  [
    'care-leavers-suitable-accommodation',
    false,
    (f) => ({ numerator: f.careLeaversSuitable, denominator: f.careLeavers }),
  ],
  [
    'adoption-order-to-match-days',
    false,
    (f) =>
      f.adoptionsMatched === 0
        ? { marker: 'z', note: `${FICTIONAL_NOTE}: no child was matched this month` }
        : { value: f.adoptionDays },
  ],
  [
    'care-proceedings-duration-weeks',
    false,
    (f) =>
      f.proceedingsEnded === 0
        ? { marker: 'z', note: `${FICTIONAL_NOTE}: no care proceedings ended this month` }
        : { value: f.proceedingsWeeks },
  ],
  ['average-caseload', true, (f) => ({ numerator: f.cases, denominator: fte(f.fteCaseHolding) })],
  [
    'social-worker-vacancy-rate',
    false,
    (f) => ({ numerator: fte(f.fteVacant), denominator: fte(f.fteVacant + f.fteInPost) }),
  ],
  [
    'agency-worker-rate',
    false,
    (f) => ({ numerator: fte(f.fteAgency), denominator: fte(f.fteAgency + f.fteInPost) }),
  ],
];

type YearlyCell = (months: readonly MonthFigures[]) => Cell;

/** Indicators that only make sense for a whole financial year. */
const YEARLY: ReadonlyArray<readonly [id: string, cell: YearlyCell]> = [
  ['care-proceedings-rate', (months) => ({ numerator: sum(months.map((m) => m.careApplications)) })],
  [
    'social-worker-turnover-rate',
    (months) => ({
      numerator: fte(sum(months.map((m) => m.fteLeavers))),
      denominator: fte(sum(months.map((m) => m.fteInPost)) / months.length),
    }),
  ],
];

function withProvisional(cell: Cell, period: string): Cell {
  if (!period.startsWith(PROVISIONAL_MONTH) || cell.marker !== undefined) return cell;
  return { ...cell, marker: 'p', note: `${FICTIONAL_NOTE}: provisional until the year-end return is checked` };
}

/** A fictional council's observations (the borough's unless told), in catalogue order then period order. */
export function generateFictionalObservations(seed: number = DEFAULT_SEED, council: FictionalCouncil = BOROUGH): ObservationRow[] {
  const all = simulate(seed, council.scale);
  const rows: ObservationRow[] = [];
  for (const [id, snapshot, cell] of MONTHLY) {
    for (let index = WARM_UP_MONTHS; index < all.length; index += 1) {
      const figures = all[index];
      if (figures === undefined) continue;
      const period = snapshot ? monthEndPeriod(figures.month) : monthPeriod(figures.month);
      rows.push(row(id, period, withProvisional(cell(figures, index, all), monthPeriod(figures.month)), council.area));
    }
  }
  const written = all.slice(WARM_UP_MONTHS);
  const years = [...new Set(written.map((f) => financialYear(f.month)))];
  for (const [id, cell] of YEARLY) {
    for (const year of years) {
      rows.push(row(id, year, cell(written.filter((f) => financialYear(f.month) === year)), council.area));
    }
  }
  return rows;
}

/** Mid-year estimates of children aged 0 to 17, one per year the monthly figures need. */
export function generateFictionalPopulations(): PopulationRow[] {
  const byYear: ReadonlyArray<readonly [string, number]> = [
    ['2021', 48212],
    ['2022', 48597],
    ['2023', 48941],
    ['2024', 49186],
  ];
  return byYear.map(([period, population]) => ({
    area: FICTIONAL_AREA,
    period,
    population: String(population),
    source: FICTIONAL_NOTE,
  }));
}

/** Fictional Shire Council's mid-year estimates of children aged 0 to 17: made up, like every figure of it. */
export function generateShirePopulations(): PopulationRow[] {
  const byYear: ReadonlyArray<readonly [string, number]> = [
    ['2021', 77140],
    ['2022', 77762],
    ['2023', 78305],
    ['2024', 78698],
  ];
  return byYear.map(([period, population]) => ({ area: SHIRE_AREA, period, population: String(population), source: FICTIONAL_NOTE }));
}

export function formatObservationsCsv(rows: readonly ObservationRow[]): string {
  const body = rows.map((r) => OBSERVATION_COLUMNS.map((column) => r[column]));
  return `${csvFormatRows([[...OBSERVATION_COLUMNS], ...body])}\n`;
}

/**
 * Replaces the fictional council's rows in populations.csv and keeps every other row as it is,
 * since the real councils' rows are copied from DfE's file by hand and must not be touched.
 */
export function mergePopulationsCsv(existing: string, fictional: readonly PopulationRow[]): string {
  const [header, ...rows] = csvParseRows(existing);
  if (header === undefined || header.join(',') !== 'area,period,population,source') {
    throw new Error('populations.csv: expected the header "area,period,population,source"');
  }
  const kept = rows.filter((r) => r[0] !== FICTIONAL_AREA);
  const added = fictional.map((p) => [p.area, p.period, p.population, p.source]);
  return `${csvFormatRows([header, ...kept, ...added])}\n`;
}

/**
 * Replaces one fictional area's rows of populations.csv where they stand (or adds them at the end),
 * keeping every other row as it is. The borough keeps mergePopulationsCsv, which moves its rows last.
 */
export function replacePopulationRows(existing: string, rows: readonly PopulationRow[], area: string): string {
  const [header, ...kept] = csvParseRows(existing);
  if (header === undefined || header.join(',') !== 'area,period,population,source') {
    throw new Error('populations.csv: expected the header "area,period,population,source"');
  }
  const added = rows.map((p) => [p.area, p.period, p.population, p.source]);
  const first = kept.findIndex((r) => r[0] === area);
  const others = kept.filter((r) => r[0] !== area);
  const at = first === -1 ? others.length : first;
  return `${csvFormatRows([header, ...others.slice(0, at), ...added, ...others.slice(at)])}\n`;
}

export const OBSERVATIONS_PATH = 'data/observations/fictional-borough.csv';
export const SHIRE_OBSERVATIONS_PATH = 'data/observations/fictional-shire.csv';
export const POPULATIONS_PATH = 'data/populations.csv';

function main(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  writeFileSync(`${root}${OBSERVATIONS_PATH}`, formatObservationsCsv(generateFictionalObservations()));
  writeFileSync(`${root}${SHIRE_OBSERVATIONS_PATH}`, formatObservationsCsv(generateFictionalObservations(SHIRE_SEED, SHIRE)));
  const populations = `${root}${POPULATIONS_PATH}`;
  // The shire's rows first: the borough's merge then moves its own rows last, where they have always been.
  const withShire = replacePopulationRows(readFileSync(populations, 'utf8'), generateShirePopulations(), SHIRE_AREA);
  writeFileSync(populations, mergePopulationsCsv(withShire, generateFictionalPopulations()));
  console.log(`Wrote ${OBSERVATIONS_PATH}, ${SHIRE_OBSERVATIONS_PATH} and the fictional rows of ${POPULATIONS_PATH}`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
