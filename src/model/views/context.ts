import type { Period } from '../../engine/index.ts';
import type { FigureModel } from '../figure-model.ts';
import type { FigureNode } from '../figure-node.ts';
import { PageRecord } from './page-record.ts';
import { periodArg } from './period-arg.ts';
import { Where } from './where.ts';

export interface ReportDefaults {
  authority: string;
  period: string;
  /** The meeting day (YYYY-MM-DD): comparators are the latest DfE published by then, with the neighbour model then in force. */
  meetingDate?: string;
  /** The report's id, named in messages so an author knows which file to fix. */
  id?: string;
  /**
   * The figures this report renders from (a published version's frozen data, or the current data): the
   * one way a component reaches the figure model, so a version's page can never show today's figures.
   */
  model: FigureModel;
  /** Every figure the report shows and where: what publishing freezes and checks. */
  record?: PageRecord;
  /** Rendered only to learn the figures it shows (the check against a published version): charts are not drawn. */
  figuresOnly?: boolean;
}

export interface ComponentContext {
  area: string;
  period: Period;
  /** The report's meeting day, when used in a report. */
  asOf: string | undefined;
  /** Where the component is written (`index.mdx:line:column` and each prop's place, when the MDX plugin gave them), for messages. */
  where: Where;
  model: FigureModel;
  /** Shows a figure at a place of the page, noting it so that one figure shows one value everywhere. */
  show: (place: string, node: FigureNode, text?: string) => string;
}

/** Components about one indicator: each needs indicator="…", even when an author leaves the prop out. */
const ONE_INDICATOR = new Set(['Value', 'IndicatorSummary', 'TrendChart', 'ComparisonChart', 'ComparisonTable', 'BreakdownTable', 'Benchmark']);

/**
 * The area and period a component works on (its own props, or else the report's) and the figure model
 * it reads, which is always the report's (Astro.locals.report): a component used outside a report stops
 * the build, naming the component.
 */
export function componentContext(
  component: string,
  props: { area?: string | undefined; period?: string | undefined; indicator?: string | undefined; tabledAt?: unknown },
  report: ReportDefaults | undefined,
  /** The prop the period was read from, where it is not `period` (a table's `periods`, Benchmark's `year`). */
  periodProp = 'period',
): ComponentContext {
  const where = new Where(component, props as Record<string, unknown>, report?.id);
  if ('indicator' in props || ONE_INDICATOR.has(component)) {
    if (typeof props.indicator !== 'string' || props.indicator.trim() === '') {
      throw where.fail('tag', 'needs indicator="…": the id of an indicator in data/indicators.csv, e.g. indicator="referrals"');
    }
  }
  if (report === undefined) {
    throw where.fail('tag', 'is used outside a report: data-bound components read their figures from the report they are written in');
  }
  const area = props.area ?? report.authority;
  const period = props.period ?? report.period;
  const record = report.record ?? new PageRecord(String(where));
  return {
    area,
    period: periodArg(period, where, props.period === undefined ? 'tag' : periodProp),
    asOf: report.meetingDate,
    where,
    model: report.model,
    show: (place, node, text) => explain(where, () => record.show(place, node, text)),
  };
}

/** Runs a view function, naming in any error where the component is written and the prop at fault. */
export function explain<T>(where: Where | string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw located(where, error);
  }
}

/** `explain` for work that finishes later, such as a chart drawn on another thread. */
export async function explainLater<T>(where: Where | string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw located(where, error);
  }
}

function located(where: Where | string, error: unknown): Error {
  if (typeof where !== 'string') return where.located(error);
  const message = error instanceof Error ? error.message : String(error);
  return new Error(message.startsWith(where) ? message : `${where}: ${message}`, { cause: error });
}
