import { render } from 'astro:content';
import { driftPlan } from '../publish/render-plans.ts';
import { renderOffstage } from '../publish/render-offstage.ts';
import type { ReportPage } from '../site/reports.ts';
import { model } from '../site/figures.ts';
import { reportComponents } from './components/index.ts';

/**
 * Whether data/ and the report's MDX still give what its latest version published: the working copy is
 * rendered for its figures alone and compared. A difference stops the build (with TABLED_DRAFTS=1 it
 * warns), saying how to amend or restore. Run for every published report on every build, whether its
 * address is rendered this time or copied from the cache (src/publish/version-cache.ts).
 */
export async function checkDrift({ report, entry, versions }: ReportPage): Promise<void> {
  const latest = versions.at(-1);
  if (latest === undefined) return;
  const working = await render(report);
  const check = driftPlan(report.id, report.data, model, latest, { stop: process.env['TABLED_DRAFTS'] !== '1', warn: (message) => console.warn(message) });
  await renderOffstage(working.Content, { components: reportComponents }, check);
  if (report.body !== entry.body) {
    console.warn(`content/reports/${report.id}/index.mdx has changed since version ${latest.version} was published; the published text is unchanged. Publish the change with npm run report:amend -- ${report.id} --note "…"`);
  }
}
