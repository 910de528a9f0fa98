import type { ReportFrontmatter } from '../data/reports/frontmatter.ts';
import type { FigureModel } from '../model/figure-model.ts';
import { PageRecord } from '../model/views/page-record.ts';
import { figureChanges } from './figure-changes.ts';
import { driftMessage, frozenMessage } from './mismatch-message.ts';
import type { PublishedVersion } from './published-versions.ts';
import { recordingOf, writeRecording } from './recording.ts';
import type { RenderPlan } from './render-plan.ts';

function context(id: string, data: ReportFrontmatter, model: FigureModel): RenderPlan['context'] {
  return { authority: data.authority, period: data.period, meetingDate: data.meetingDate, id, model, record: new PageRecord(`content/reports/${id}`) };
}

/**
 * The working copy rendered from data/. With `recordTo` (TABLED_RECORD, set by the publishing
 * commands) the figures shown and the rows behind them are written there for freezing.
 */
export function workingPlan(id: string, data: ReportFrontmatter, model: FigureModel, recordTo: string | undefined): RenderPlan {
  return {
    context: context(id, data, model),
    after: async (record) => {
      if (recordTo !== undefined && recordTo !== '') await writeRecording(recordTo, id, recordingOf(model, record));
    },
  };
}

/**
 * A published version rendered from its frozen files: anything but the published figures (with their
 * corrections) stops the build. With `recordTo` (TABLED_RECORD_VERSIONS, set by report:correct) the
 * figures it shows now are written there instead, as `<id>@v<n>`, for a dated correction to record.
 */
export function versionPlan(id: string, data: ReportFrontmatter, model: FigureModel, version: PublishedVersion, recordTo?: string): RenderPlan {
  return {
    context: context(id, data, model),
    after: async (record) => {
      if (recordTo !== undefined && recordTo !== '') {
        await writeRecording(recordTo, `${id}@v${version.version}`, recordingOf(model, record));
        return;
      }
      const changes = figureChanges(version.figures, record.figureTexts());
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
  model: FigureModel,
  latest: PublishedVersion,
  { stop, warn }: { stop: boolean; warn: (message: string) => void },
): RenderPlan {
  return {
    context: { ...context(id, data, model), figuresOnly: true },
    after: (record) => {
      const changes = figureChanges(latest.figures, record.figureTexts());
      if (changes.length === 0) return;
      const message = driftMessage({ id, version: latest.version, published: latest.published, changes });
      if (stop) throw new Error(message);
      warn(message);
    },
  };
}
