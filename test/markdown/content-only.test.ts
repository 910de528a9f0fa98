import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { remarkContentOnly } from '../../src/render/markdown/content-only.ts';

const mdx = (body: string) => compile({ value: body, path: 'content/reports/x/index.mdx' }, { remarkPlugins: [remarkContentOnly] });

/** The message the compile stops with, and where. */
async function refusal(body: string): Promise<{ message: string; place: string }> {
  const error = (await mdx(body).then(
    () => undefined,
    (thrown: unknown) => thrown,
  )) as { reason?: string; line?: number; column?: number } | undefined;
  if (error === undefined) throw new Error(`expected the compile to stop:\n${body}`);
  return { message: String(error.reason), place: `${error.line}:${error.column}` };
}

describe('remarkContentOnly lets content through', () => {
  it('Markdown, report components with literal props, allowed HTML with relative, https and mailto links, and comments', async () => {
    const body = [
      '## Referrals',
      '',
      'Text with [a link](https://www.gov.uk/), [a path](/reports/), [mail](mailto:a@example.org) and [a section](#para-2-1).',
      '',
      '<IndicatorSummary indicator="referrals" level={4} compact={true} offset={-3} symbols={["c", "x"]} title={"quoted"} />',
      '',
      '<SymbolKey extra={[["*", "a figure the paper gave"], ["†", "revised"]]} />',
      '',
      '{/* a note to other authors */}',
      '',
      '<div class="table-scroll" role="region" aria-label="Risks" tabindex="0"><table><thead><tr><th scope="col" class="num">Score</th></tr></thead><tbody><tr><td colspan="2">1</td></tr></tbody></table></div>',
      '',
      '<abbr title="Section 47">S47</abbr> <a href="../other/">other</a> <img src="/images/logo.png" alt="Logo" />',
      '',
      '![A chart](/images/chart.png)',
      '',
      '<svg role="img" aria-label="Two points" viewBox="0 0 100 50" width="100" height="50"><circle cx="20" cy="20" r="3" fill="url(#shade)"><title>Feb 2024: 6</title></circle><text x="5" y="45" font-size="8">Feb</text></svg>',
    ].join('\n');
    await expect(mdx(body)).resolves.toBeDefined();
  });
});

describe('remarkContentOnly refuses code at its line and column, saying what to write instead', () => {
  it.each([
    ['an import', 'import { execSync } from "node:child_process"\n\nText.', '1:1', 'import is not allowed in a report: a report is content, not code, and every report component is there without an import. Remove this line.'],
    ['an export', 'Text.\n\nexport const x = 1', '3:1', 'export is not allowed in a report'],
    ['an expression in text', 'Host: {process.env.PATH}.', '1:7', '{process.env.PATH} is JavaScript, which a report may not hold: write the text itself, or use a report component such as <Value indicator="…" /> for a figure. To write a brace as text, write \\{.'],
    ['an expression on its own line', 'Text.\n\n{execSync("id").toString()}', '3:1', '{execSync("id").toString()} is JavaScript'],
    ['a script element', 'Text.\n\n<script>{"alert(1)"}</script>', '3:1', "<script> is not allowed in a report: pages run no script of their own (the site's Content-Security-Policy refuses inline scripts). Remove it; charts, tables and figures come from the report components."],
    ['a style element', '<style>{"p { color: red }"}</style>', '1:1', "<style> is not allowed in a report: the site's stylesheet styles every page, and its Content-Security-Policy refuses inline styles. Remove it, and use Markdown or a class the stylesheet defines."],
    ['a style attribute', 'Text <span style="color: red">red</span>.', '1:12', 'style= on <span> is not allowed'],
    ['an event handler', '<a href="/x/" onClick="alert(1)">x</a>', '1:15', 'onClick= on <a> runs JavaScript, which a report may not: remove it.'],
    ['an event handler in lower case', '<img src="/x.png" alt="" onerror="alert(1)" />', '1:26', 'onerror= on <img> runs JavaScript'],
    ['a prop computed by JavaScript', '<TrendChart indicator="referrals" from={new Date().getFullYear()} />', '1:35', 'from={new Date().getFullYear()} on <TrendChart> is JavaScript, which a report may not hold: write text in quotes (from="…"), or a number or true/false in braces (from={4}, from={true}).'],
    ['a template literal prop', '<Value indicator={`referrals`} />', '1:8', 'indicator={`referrals`} on <Value> is JavaScript'],
    ['spread props', '<Value {...props} />', '1:8', '{…} in <Value> passes JavaScript, which a report may not hold: write each attribute as name="value".'],
    ['an element outside the allowlist', 'Text.\n\n<iframe src="/x/"></iframe>', '3:1', '<iframe> is not an element a report may use: a report holds Markdown, the report components and simple HTML (a, abbr,'],
    ['a namespaced element', '<svg:script />', '1:1', '<svg:script> is not an element a report may use'],
    ['an attribute outside the allowlist', '<img src="/x.png" alt="" srcset="https://evil.example/x.png 2x" />', '1:26', 'srcset= is not an attribute <img> may carry in a report: it may carry src, alt, width, height, loading, decoding, class, id, title, lang, dir, role, tabindex, hidden, translate, aria-*. Remove it.'],
    ['a javascript: link in HTML', '<a href="javascript:alert(document.domain)">x</a>', '1:4', 'href="javascript:alert(document.domain)" on <a> is a javascript: address, which a report may not link to (it can run code or open something other than a web page): write a web address starting with https://, a mailto: address, or a path on this site such as /reports/.'],
    ['a javascript: link hidden by a character reference', '<a href="java&#115;cript:alert(1)">x</a>', '1:4', 'href="javascript:alert(1)" on <a> is a javascript: address'],
    ['a javascript: link hidden by a tab', '<a href={"java\\tscript:alert(1)"}>x</a>', '1:4', 'is a javascript: address'],
    ['a javascript: link given as a list', '<a href={["javascript:alert(1)"]}>x</a>', '1:4', 'href= on <a> is a list: write its text in quotes (href="…").'],
    ['a javascript: link in Markdown', 'See [this](javascript:alert(1)).', '1:5', 'the link to "javascript:alert(1)" is a javascript: address'],
    ['a data: link in a reference definition', '[x][d]\n\n[d]: data:text/html,<script>alert(1)</script>', '3:1', 'the link to "data:text/html,<script>alert(1)</script>" is a data: address'],
    ['a link without its scheme', '<a href="//evil.example/">x</a>', '1:4', 'href="//evil.example/" on <a> is an address without its scheme: write it in full, starting with https://.'],
    ['an image from another host in Markdown', '![Tracker](https://evil.example/pixel.png)', '1:1', 'the image "https://evil.example/pixel.png" is a file on another host, which no page may load'],
    ['an image from another host in HTML', '<img src="http://192.0.2.1/tracker.png" alt="" />', '1:6', 'src="http://192.0.2.1/tracker.png" on <img> is a file on another host'],
    ['an image from another host without a scheme', '<img src="//evil.example/x.png" alt="" />', '1:6', 'is a file on another host'],
    ['an SVG element that links or loads', '<svg><use href="https://evil.example/x.svg#a" /></svg>', '1:6', '<use> is not an element a report may use'],
    ['an SVG paint from another host', '<svg><rect width="1" height="1" fill="url(https://evil.example/x.svg#p)" /></svg>', '1:33', 'fill="url(https://evil.example/x.svg#p)" on <rect> loads a file from another host by url(…), which a report may not: refer only to a part of the page, as url(#id), or give the colour itself.'],
    ['an image reference to another host', '![x][p]\n\n[p]: https://evil.example/x.png', '1:1', 'the image "https://evil.example/x.png" is a file on another host'],
  ])('%s', async (_name, body, place, says) => {
    const found = await refusal(body);
    expect(found.message).toContain(says);
    expect(found.message.endsWith('.')).toBe(true);
    expect(found.place).toBe(place);
  });
});
