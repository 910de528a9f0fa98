import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readCsvFile } from '../data/csv.ts';
import { isSlug, SLUG_RULE, suggestSlug } from '../data/reports/slug.ts';
import { publicationDate } from './publication-date.ts';
import { reportFolder } from './report-folders.ts';
import { reportSlug, reportTemplate } from './report-template.ts';

export interface NewReportRequest {
  root: string;
  /** ONS or DfE code of the council in data/areas.csv. */
  council: string;
  committee: string;
  meetingDate: string;
  period: string;
  title?: string | undefined;
  /** The folder name; by default the council's name and the meeting date. */
  id?: string | undefined;
}

/** Creates content/reports/<id>/index.mdx from the committee-paper template; never overwrites. Returns the id. */
export async function newReport(request: NewReportRequest): Promise<string> {
  publicationDate(request.meetingDate);
  const areas = await readCsvFile(request.root, 'data/areas.csv');
  if (areas.problems.length > 0) throw new Error(`data/areas.csv cannot be read: ${areas.problems.map((p) => p.message).join('; ')}`);
  const area = areas.rows.find((row) => row.record['code'] === request.council || (row.record['dfe_code'] !== '' && row.record['dfe_code'] === request.council));
  if (area === undefined) throw new Error(`council "${request.council}" is not in data/areas.csv: use an ONS code such as E08000016 or a DfE code such as 370`);
  const name = area.record['name'] ?? request.council;
  const id = request.id ?? reportSlug(name, request.meetingDate);
  if (!isSlug(id)) throw new Error(`report id "${id}" must be ${SLUG_RULE}: try --id ${suggestSlug(id)}`);
  const dir = reportFolder(request.root, id);
  await mkdir(dir, { recursive: true });
  const text = reportTemplate({
    title: request.title ?? `Children's social care performance report: ${name}`,
    committee: request.committee,
    meetingDate: request.meetingDate,
    authority: area.record['code'] ?? request.council,
    authorityName: name,
    period: request.period,
  });
  try {
    await writeFile(join(dir, 'index.mdx'), text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new Error(`content/reports/${id}/index.mdx already exists: choose another --id`);
    throw error;
  }
  return id;
}
