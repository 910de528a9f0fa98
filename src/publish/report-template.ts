import { slugOf } from '../engine/slug.ts';

/** What the command line says about a new report. */
export interface ReportTemplateInput {
  title: string;
  committee: string;
  /** YYYY-MM-DD */
  meetingDate: string;
  /** Area code from data/areas.csv. */
  authority: string;
  authorityName: string;
  /** The period the figures cover, in the engine's period grammar, e.g. 2022-07. */
  period: string;
}

function yamlText(text: string): string {
  return JSON.stringify(text);
}

/**
 * A draft committee paper: the front matter every paper needs, and the sections members expect
 * (background, main issues, performance, implications, source documents) with guidance to replace.
 * It shows no figure yet, so it builds against any data/.
 */
export function reportTemplate(input: ReportTemplateInput): string {
  return `---
title: ${yamlText(input.title)}
committee: ${yamlText(input.committee)}
meetingDate: ${input.meetingDate}
authority: ${input.authority}
period: ${yamlText(input.period)}
periodCovered: ${yamlText(`Replace with the period in words, e.g. "The 12 months to the end of …"`)}
from: ${yamlText('Replace with the director the report is from')}
authors:
  - name: ${yamlText('Replace with the report author')}
    post: ${yamlText('Replace with their post')}
memberContacts: []
purpose: ${yamlText(`Replace with one or two sentences on why the ${input.committee} receives this report.`)}
recommendations:
  - ${yamlText('Replace with what the committee is asked to do, e.g. note the performance information in this report.')}
keyDecision: false
status: draft
---

{/* A draft: it is built only with TABLED_DRAFTS=1 (npm run dev shows it too). When it is ready, run
    npm run report:publish -- <this folder's name>. Every figure comes from data/ through the components,
    e.g. <Value indicator="referrals" /> or <IndicatorSummary indicator="assessments-within-45-days" />;
    never type a figure. */}

## Background

Replace with the background to this report about ${input.authorityName}: what it covers and why.

## Main issues

Replace with the main issues for the committee. Each paragraph is numbered, so members can cite it.

## Performance

Replace with the performance narrative, using components for every figure.

## Implications

Replace with the financial, legal, equality and safeguarding implications, or say there are none.

## Source documents

Replace with the documents this report draws on, or "None".
`;
}

/** A folder name from a council's name and the meeting date: "barnsley-2022-09-13". */
export function reportSlug(authorityName: string, meetingDate: string): string {
  return `${slugOf(authorityName)}-${meetingDate}`;
}
