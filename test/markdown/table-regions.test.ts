import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { rehypeTableRegions } from '../../src/render/markdown/table-regions.ts';

const js = async (body: string) => String(await compile(body, { rehypePlugins: [rehypeTableRegions], outputFormat: 'function-body' }));

describe('rehypeTableRegions', () => {
  it('puts a table written in MDX in a box that scrolls sideways, captioned by the words it is labelled by', async () => {
    const out = await js('<div id="para-3-1-1"><a class="para-number" href="#para-3-1-1">3.1.1</a> <em>Referrals per 10,000</em></div>\n\n<table aria-labelledby="para-3-1-1"><tbody><tr><td>1</td></tr></tbody></table>');
    expect(out).toMatch(/_components\.div, \{\s*class: "table-scroll",\s*role: "region",\s*"aria-label": "Referrals per 10,000",\s*tabindex: "0"/);
    expect(out).toMatch(/_components\.caption, \{\s*children: "Referrals per 10,000"/);
  });

  it('keeps a caption the table has, and leaves a table already in its box alone', async () => {
    const out = await js('<table><caption>Risks</caption><tbody><tr><td>1</td></tr></tbody></table>\n\n<div class="table-scroll" role="region" aria-label="Done" tabindex="0"><table><caption>Done</caption></table></div>');
    expect(out.match(/class: "table-scroll"/g)).toHaveLength(2);
    expect(out).toMatch(/"aria-label": "Risks"/);
    expect(out.match(/children: "(Risks|Done)"/g)).toHaveLength(2);
  });
});
