import type { ReportFrontmatter } from '../reports/frontmatter.ts';
import type { FigureIndex } from '../model/figure-index.ts';
import { figureChanges } from './figure-changes.ts';
import { driftMessage, frozenMessage } from './mismatch-message.ts';
import type { PublishedVersion } from './published-versions.ts';
import { recordingOf, writeRecording } from './recording.ts';
import type { RenderPlan } from './render-plan.ts';
import { sortedFigures } from './sorted-figures.ts';

function context(id: string, data: ReportFrontmatter, index: FigureIndex): RenderPlan['context'] {
  return { authority: data.authority, period: data.period, id, index, shown: new Map() };
}

/**
 * The working copy rendered from data/. With `recordTo` (TABLED_RECORD, set by the publishing
 * commands) the figures shown and the rows behind them are written there for freezing.
 */
export function workingPlan(id: string, data: ReportFrontmatter, index: FigureIndex, recordTo: string | undefined): RenderPlan {
  return {
    context: context(id, data, index),
    after: async (shown) => {
      if (recordTo !== undefined && recordTo !== '') await writeRecording(recordTo, id, recordingOf(index, shown));
    },
  };
}

/** A published version rendered from its frozen files: anything but the published figures stops the build. */
export function versionPlan(id: string, data: ReportFrontmatter, index: FigureIndex, version: PublishedVersion): RenderPlan {
  return {
    context: context(id, data, index),
    after: (shown) => {
      const changes = figureChanges(version.figures, sortedFigures(shown));
      if (changes.length > 0) throw new Error(frozenMessage({ id, version: version.version, published: version.published, changes }));
    },
  };
}

/**
 * The working copy rendered from data/, compared with the latest version. A difference means data/
 * was revised or the MDX edited since publication: the build stops (or, while drafts are being
 * built, warns through `warn`) and says how to amend or restore.
 */
export function driftPlan(
  id: string,
  data: ReportFrontmatter,
  index: FigureIndex,
  latest: PublishedVersion,
  { stop, warn }: { stop: boolean; warn: (message: string) => void },
): RenderPlan {
  return {
    context: { ...context(id, data, index), figuresOnly: true },
    after: (shown) => {
      const changes = figureChanges(latest.figures, sortedFigures(shown));
      if (changes.length === 0) return;
      const message = driftMessage({ id, version: latest.version, published: latest.published, changes });
      if (stop) throw new Error(message);
      warn(message);
    },
  };
}
