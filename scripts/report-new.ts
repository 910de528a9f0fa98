/**
 * `npm run report:new -- --council E08000016 --committee "Children's Scrutiny Committee" --date 2022-09-13 --period 2022-07 [--title "…"] [--id barnsley-2022-09-13]`
 * Creates content/reports/<id>/index.mdx, a draft committee paper to fill in.
 */
import { parseArgs } from 'node:util';
import { newReport } from '../src/publish/new-report.ts';

const usage = 'usage: npm run report:new -- --council <area code> --committee "<committee>" --date <meeting date YYYY-MM-DD> --period <period, e.g. 2022-07> [--title "<title>"] [--id <folder name>]';

try {
  const { values } = parseArgs({
    options: {
      council: { type: 'string' },
      committee: { type: 'string' },
      date: { type: 'string' },
      period: { type: 'string' },
      title: { type: 'string' },
      id: { type: 'string' },
    },
  });
  if (!values.council || !values.committee || !values.date || !values.period) throw new Error(usage);
  const id = await newReport({
    root: process.env['TABLED_SITE'] ?? '.',
    council: values.council,
    committee: values.committee,
    meetingDate: values.date,
    period: values.period,
    title: values.title,
    id: values.id,
  });
  console.log(`Created content/reports/${id}/index.mdx (a draft). Preview it with TABLED_DRAFTS=1 npm run dev; publish it with npm run report:publish -- ${id}`);
} catch (error) {
  console.error(`report:new: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
