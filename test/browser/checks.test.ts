/**
 * Each browser check shown to fail on a page with the defect it looks for, and to pass on the same
 * page without it, so that a clean run of the example site means something.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/pdf.ts';
import { axeFindings, formatAxeFinding } from './checks/axe.ts';
import { chartColourProblems, readChartColours, seenColour } from './checks/chart-colours.ts';
import { chartProblems, readCharts } from './checks/charts.ts';
import { chartTextProblems, readChartText, setDefaultTextSize } from './checks/chart-text.ts';
import { headingOutlineProblems, readHeadings } from './checks/heading-outline.ts';
import { focusEveryStop, readFocus, tabThrough } from './checks/keyboard.ts';
import { noticeProblems, readNotices } from './checks/notices.ts';
import { printProblems, readPrintFacts } from './checks/print-layout.ts';
import { readReflow, reflowProblems } from './checks/reflow.ts';
import { formatReport, pageSlug } from './checks/report.ts';
import { readTableFit, tableFitProblems } from './checks/table-fit.ts';
import { readTables, tableProblems } from './checks/tables.ts';
import { readStatusMarks, withoutColourProblems } from './checks/without-colour.ts';
import { decodePdfString } from './pdf/pdf-outline.ts';

let browser: Browser;
let page: Page;
const siteCss = ['src/render/styles/global.css', 'src/render/styles/print.css'].map((file) => readFileSync(file, 'utf8')).join('\n');

/** A page with the site's own stylesheets, so that checks of focus and print judge the real CSS. */
async function show(body: string, options: { css?: string; width?: number } = {}): Promise<Page> {
  await page.setViewportSize({ width: options.width ?? 1280, height: 800 });
  await page.emulateMedia({ media: 'screen' });
  await page.setContent(
    `<!doctype html><html lang="en-GB"><head><title>Fixture</title><style>:root{--brand:#1d4f91;--focus:#ffbf47}${siteCss}${options.css ?? ''}</style></head><body>${body}</body></html>`,
  );
  return page;
}

const chart = (parts: { svgAttributes?: string; marks?: string; table?: string; description?: string }): string => `
  <figure class="chart">
    <figcaption><p id="c-title">Referrals rose to 210</p></figcaption>
    <svg ${parts.svgAttributes ?? 'role="img" aria-labelledby="c-title" aria-describedby="c-desc"'} viewBox="0 0 100 50" width="100" height="50" style="background:#ffffff">
      ${parts.marks ?? '<g aria-hidden="true"><circle cx="10" cy="10" r="4" fill="#1d70b8"/></g>'}
    </svg>
    ${parts.description ?? '<p id="c-desc">Referrals rose from 181 to 210.</p>'}
    ${parts.table ?? '<table><caption>Referrals</caption><tr><th scope="col">Month</th><th scope="col">Number</th></tr><tr><th scope="row">Mar</th><td>210</td></tr></table>'}
  </figure>`;

beforeAll(async () => {
  browser = await launchChromium();
  page = await (await browser.newContext()).newPage();
});
afterAll(async () => {
  await browser?.close();
});

describe('axe findings', () => {
  it('name the rule and the element, and are empty for a clean page', async () => {
    await show('<main><h1>Title</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" id="logo"></main>');
    const findings = await axeFindings(page);
    expect(findings.map((f) => f.rule)).toContain('image-alt');
    expect(findings.map(formatAxeFinding).join('\n')).toMatch(/^image-alt \(critical\): .*, at #logo: <img/m);
    await show('<main><h1>Title</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Council logo"></main>');
    expect(await axeFindings(page)).toEqual([]);
  });
});

describe('heading outline', () => {
  it('accepts one h1 followed by headings one level deeper at a time', () => {
    expect(headingOutlineProblems([{ level: 1, text: 'Report' }, { level: 2, text: 'A' }, { level: 3, text: 'A.1' }, { level: 2, text: 'B' }])).toEqual([]);
  });

  it('finds a skipped level, a second h1, a missing h1 and an empty heading', () => {
    expect(headingOutlineProblems([{ level: 1, text: 'Report' }, { level: 3, text: 'Deep' }])).toEqual(['h3 "Deep" follows h1 "Report", skipping a level']);
    expect(headingOutlineProblems([{ level: 1, text: 'A' }, { level: 1, text: 'B' }])).toEqual(['the page has 2 h1 headings ("A", "B"), not one']);
    expect(headingOutlineProblems([{ level: 2, text: 'Start' }, { level: 1, text: '' }])).toEqual(['the first heading is h2 "Start", not h1', 'heading 2 (h1) is empty']);
    expect(headingOutlineProblems([])).toEqual(['the page has no headings']);
  });

  it('reads the headings a reader is offered, leaving hidden ones out', async () => {
    await show('<h1>Report</h1><h2 hidden>Hidden</h2><div role="heading" aria-level="2">Aria</div><h4 style="display:none">Gone</h4>');
    expect(await readHeadings(page)).toEqual([{ level: 1, text: 'Report' }, { level: 2, text: 'Aria' }]);
  });
});

describe('tables', () => {
  it('find a table without a caption and header cells without scope', async () => {
    await show('<table id="t"><tr><th>Month</th><th scope="column">Number</th></tr><tr><td>Mar</td><td>210</td></tr></table><table role="presentation"><tr><td>layout</td></tr></table>');
    expect(tableProblems(await readTables(page))).toEqual([
      'table#t "Month Number Mar 210" has no <caption>',
      'table#t "Month Number Mar 210": <th> "Month" has no scope',
      'table#t "Month Number Mar 210": <th> "Number (scope="column")" has an unknown scope',
    ]);
  });

  it('pass a captioned table with scoped headers', async () => {
    await show('<table><caption>Referrals</caption><tr><th scope="col">Month</th></tr><tr><td>Mar</td></tr></table>');
    expect(tableProblems(await readTables(page))).toEqual([]);
  });
});

describe('tables that fit', () => {
  const periods = Array.from({ length: 9 }, (_, i) => `Quarter ${i + 1} of 2024/25: number of children`);
  const wide = `<main class="wrap"><div class="table-scroll"><table><caption>Contacts and referrals by quarter in 2024/25, for every quarter of the year, with the number of children in each and the change since the quarter before it</caption>
    <thead><tr><th scope="col">Indicator</th>${periods.map((p) => `<th scope="col" class="num">${p}</th>`).join('')}</tr></thead>
    <tbody><tr><th scope="row">Contacts</th>${periods.map((_, i) => `<td class="num">${1000 + i}</td>`).join('')}</tr></tbody></table></div></main>`;

  it('find a caption cut off, the latest column out of view and a first column that scrolls away, without the site’s table styles', async () => {
    await show(wide, { css: '.table-scroll{direction:ltr;container-type:normal} .table-scroll caption, .table-scroll tr > :first-child{position:static} td.num, th.num{white-space:nowrap}' });
    expect(tableFitProblems(await readTableFit(page), { latestInView: true })).toEqual([
      'table "Contacts and referrals by quarter in 2024/25, for every quar": its caption runs out of view',
      'table "Contacts and referrals by quarter in 2024/25, for every quar": its last column is out of view until scrolled',
      'table "Contacts and referrals by quarter in 2024/25, for every quar" scrolls sideways but its first column scrolls away with it',
    ]);
  });

  it('pass the same table with the site’s styles, at 1280 pixels and at 320', async () => {
    await show(wide);
    expect(tableFitProblems(await readTableFit(page), { latestInView: true })).toEqual([]);
    await show(wide, { width: 320 });
    const fit = await readTableFit(page);
    expect(fit[0]?.scrolls).toBe(true);
    expect(tableFitProblems(fit, { latestInView: false })).toEqual([]);
  });
});

describe('charts', () => {
  it('pass a chart with a name, a shown description and a table in its figure', async () => {
    await show(chart({}));
    expect(chartProblems(await readCharts(page))).toEqual([]);
  });

  it('find a chart with no role, name, description or table', async () => {
    await show(chart({ svgAttributes: 'aria-describedby="nowhere"', description: '', table: '' }));
    expect(chartProblems(await readCharts(page))).toEqual([
      'svg has role="", not role="img" (or aria-hidden="true" if it is decoration)',
      'svg has no accessible name (aria-labelledby or aria-label)',
      'svg refers to #nowhere, which is not in the page',
      'svg has no text description (aria-describedby)',
      'svg has no table of its numbers in its figure or linked from it',
    ]);
  });

  it('accept a table elsewhere on the page when the figure links to it, and ignore hidden icons', async () => {
    await show(`${chart({ table: '<a href="#numbers">The numbers</a>' })}<svg aria-hidden="true"></svg><div id="numbers"><table><caption>Numbers</caption></table></div>`);
    expect(chartProblems(await readCharts(page))).toEqual([]);
  });

  it('find a description that exists only inside the SVG', async () => {
    await show(chart({ description: '', marks: '<desc id="c-desc">Only for screen readers</desc>' }));
    expect(chartProblems(await readCharts(page))).toEqual(['svg: its description is not shown on the page outside the SVG']);
  });
});

describe('chart text', () => {
  const svg = (style: string, fontSize: number) => `<svg role="img" aria-label="Referrals" viewBox="0 0 640 320" style="${style}" font-size="${fontSize}"><text x="10" y="20">Jan 2025</text><text x="10" y="40" font-size="20">Big</text></svg>`;

  it('finds a wide chart scaled down to a 320-pixel screen, and measures a chart at full size', async () => {
    await show(svg('width:100%', 12), { width: 320 });
    expect(chartTextProblems(await readChartText(page), 14)).toEqual(['chart "Referrals": text "Jan 2025" is 6px, under 14px']);
    await show(svg('width:640px', 14));
    expect(await readChartText(page)).toEqual([{ chart: 'Referrals', smallestPx: 14, text: 'Jan 2025' }]);
  });

  it('leaves out a layout that is not shown, and sees text sized in rem grow with the reader’s text size', async () => {
    await show(`${svg('width:40rem', 14)}${svg('display:none', 6)}`);
    expect(await readChartText(page)).toEqual([{ chart: 'Referrals', smallestPx: 14, text: 'Jan 2025' }]);
    await setDefaultTextSize(page, 32);
    expect(await readChartText(page)).toEqual([{ chart: 'Referrals', smallestPx: 28, text: 'Jan 2025' }]);
    await setDefaultTextSize(page, 16);
  });
});

describe('chart colours', () => {
  it('mix a colour with the background by its opacity', () => {
    expect(seenColour('rgb(0, 0, 0)', 0.5, 'rgb(255, 255, 255)')).toBe('#808080');
    expect(seenColour('rgb(0, 0, 0)', 0.5, '#ffffff')).toBe('#808080');
    expect(seenColour('rgba(0, 0, 0, 0.5)', 0.5, '#ffffff')).toBe('#bfbfbf');
    expect(seenColour('rgba(29, 112, 184, 1)', 1, 'rgb(255, 255, 255)')).toBe('#1d70b8');
  });

  it('pass the palette the chart builders use, and leave grid lines and white gaps alone', async () => {
    await show(chart({
      marks: `<g data-mark="y-grid" stroke="#000" stroke-opacity="0.1"><line x1="0" x2="100" y1="5" y2="5"/></g>
        <g aria-label="bar" fill="#6f777b" stroke="#ffffff"><rect x="0" y="0" width="5" height="5"/></g>
        <text fill="#505a5f" font-size="12">[c]</text>`,
    }));
    expect(chartColourProblems(await readChartColours(page))).toEqual([]);
  });

  it('find a pale line, faded marks and pale small text', async () => {
    await show(chart({
      marks: `<g data-mark="line" stroke="#ffbf47" fill="none"><path d="M0,0L10,10"/></g>
        <g data-mark="dot" fill="#1d70b8" opacity="0.3"><circle cx="5" cy="5" r="3"/></g>
        <text fill="#858686" font-size="12">Target</text>`,
    }));
    expect(chartColourProblems(await readChartColours(page))).toEqual([
      'chart "Referrals rose to 210": path in "line" stroke #ffbf47 has 1.64:1 on #ffffff, needs 3:1',
      'chart "Referrals rose to 210": circle in "dot" fill #bbd4ea has 1.53:1 on #ffffff, needs 3:1',
      'chart "Referrals rose to 210": text "Target" fill #858686 has 3.65:1 on #ffffff, needs 4.5:1',
    ]);
  });
});

describe('meaning without colour', () => {
  it('pass RAG and direction marks that say what they mean', async () => {
    await show('<span class="rag rag-red">● Red: below target</span><span class="direction"><span aria-hidden="true" class="dot-worse">▲</span> Up, worse</span>');
    expect(withoutColourProblems(await readStatusMarks(page))).toEqual([]);
  });

  it('find a coloured dot, an arrow alone and a RAG word left only to colour', async () => {
    await show('<span class="rag rag-green">●</span><span class="direction">▲</span><span id="x" style="color: var(--red)">■</span><span class="rag-amber">Off track</span>');
    expect(withoutColourProblems(await readStatusMarks(page))).toEqual([
      'RAG rating span.rag.rag-green "●" does not say red, amber or green in words',
      'direction of travel span.direction "▲" does not say in words which way or whether better or worse',
      'span#x "■" is painted a RAG colour but has no words, only "■"',
      'RAG rating span.rag-amber "Off track" does not say red, amber or green in words',
    ]);
  });
});

describe('keyboard', () => {
  it('sees the site stylesheet draw a focus indicator on links, and finds a link whose outline is removed', async () => {
    await show('<a class="skip-link" href="#main">Skip to main content</a><main id="main" tabindex="-1"><a href="/a">Shown</a> <a href="/b" id="bad" style="outline:none;box-shadow:none">Hidden focus</a></main>');
    const stops = await tabThrough(page);
    expect(stops.map((s) => [s.element.text, s.indicatorShown, s.inView])).toEqual([
      ['Skip to main content', true, true],
      ['Shown', true, true],
      ['Hidden focus', false, true],
    ]);
    expect(stops[0]?.isSkipLink).toBe(true);
  });

  it('focusing every stop in one pass after a key press judges the same as tabbing', async () => {
    await show('<a class="skip-link" href="#main">Skip to main content</a><main id="main" tabindex="-1"><a href="/a">Shown</a> <a href="/b" id="bad" style="outline:none;box-shadow:none">Hidden focus</a><details><summary>Numbers</summary>x</details></main>');
    await page.keyboard.press('Tab');
    const stops = await focusEveryStop(page);
    expect(stops.map((s) => [s.element.text, s.indicatorShown, s.inView])).toEqual([
      ['Skip to main content', true, true],
      ['Shown', true, true],
      ['Hidden focus', false, true],
      ['Numbers', true, true],
    ]);
  });

  it('finds a skip link that stays off screen when focused', async () => {
    await show('<a class="skip-link" href="#main" style="left:-9999px !important">Skip to main content</a><main id="main">x</main>', { css: '.skip-link:focus{left:-9999px}' });
    await page.keyboard.press('Tab');
    expect((await readFocus(page))?.inView).toBe(false);
  });
});

describe('notices', () => {
  const banner = '<div class="fictional-banner" role="note"><strong>Fictional data.</strong> Made up.</div>';

  it('find a fictional-data notice outside the main landmark that the skip link jumps past', async () => {
    await show(`<a class="skip-link" href="#main">Skip to main content</a><header>Site</header>${banner}<main id="main"><h1>Report</h1></main>`);
    expect(noticeProblems(await readNotices(page))).toEqual([
      'the notice "Fictional data. Made up." is outside the main landmark',
      'the skip link\'s target main#main comes after the notice "Fictional data. Made up.", so following it skips the notice',
    ]);
  });

  it('pass the notice at the start of the main landmark, where the skip link leads', async () => {
    await show(`<a class="skip-link" href="#main">Skip to main content</a><header>Site</header><main id="main">${banner}<h1>Report</h1></main>`);
    expect(noticeProblems(await readNotices(page))).toEqual([]);
  });
});

describe('reflow', () => {
  it('finds the element that makes a 320 pixel page scroll sideways, but not a table that scrolls in its own box', async () => {
    await show('<div class="table-scroll"><table><caption>Wide</caption><tr><td style="min-width:900px">wide</td></tr></table></div><pre id="wide" style="width:600px">x</pre>', { width: 320 });
    expect(reflowProblems(await readReflow(page))).toEqual([expect.stringMatching(/^the page is \d+px wide in a 320px viewport; too wide: pre#wide \(right edge \d+px\)$/)]);
    await show('<div class="table-scroll"><table><caption>Wide</caption><tr><td style="min-width:900px">wide</td></tr></table></div><p>Short text that wraps.</p>', { width: 320 });
    expect(reflowProblems(await readReflow(page))).toEqual([]);
  });
});

describe('print', () => {
  const paper = `<a class="skip-link" href="#main">Skip</a><header class="site-header">Site</header>
    <main id="main"><nav><a href="#a">Contents</a></nav>
    <p id="para-1-1" class="numbered"><a class="para-number" href="#para-1-1">1.1</a> See <a href="https://www.example.org/data">the data</a>.</p>
    <div class="symbol-key" id="key"><p>Key to symbols:</p></div><table><caption>Plans</caption><tr><th scope="col">Month</th></tr></table>
    ${chart({ table: '<details class="chart-data"><summary>Show the numbers</summary><table id="numbers"><caption>Referrals</caption><tr><th scope="col">Month</th></tr></table></details>' })}
    </main><footer class="site-footer">Footer</footer>`;

  it('the site print stylesheet hides navigation, keeps numbers and charts with captions, prints link addresses and closed tables', async () => {
    await show(paper);
    await page.emulateMedia({ media: 'print' });
    expect(printProblems(await readPrintFacts(page))).toEqual([]);
  });

  it('without the print stylesheet, every one of those problems is found', async () => {
    await show(paper);
    await page.evaluate(() => {
      // Keep global.css, drop the @media print rules.
      const style = document.querySelector('style');
      if (style?.textContent) style.textContent = style.textContent.replace(/@media print \{[\s\S]*$/, '');
    });
    await page.emulateMedia({ media: 'print' });
    expect(printProblems(await readPrintFacts(page))).toEqual([
      'navigation a.skip-link is printed',
      'navigation header.site-header is printed',
      'navigation nav is printed',
      'navigation footer.site-footer is printed',
      'the chart in figure.chart may be split across pages',
      'the chart in figure.chart may be printed on another page from its caption',
      'link a "the data" prints without its address',
      'table#numbers does not print',
      'summary "Show the numbers" is not a link but prints like one',
      'div#key.symbol-key may be printed at the foot of a page, apart from the table it explains',
    ]);
  });
});

describe('the report artefacts', () => {
  it('name screenshots after the page', () => {
    expect(['/', '/404.html', '/reports/x-2025/', '/reports/x/v2/'].map(pageSlug)).toEqual(['home', '404', 'reports-x-2025', 'reports-x-v2']);
  });

  it('list every page with its violation count and each check', () => {
    expect(formatReport([{ page: '/', violations: 0, problems: { tables: 0 } }, { page: '/x/', violations: 2, problems: { tables: 1 } }])).toContain(
      '| page | axe violations | tables |\n| --- | ---: | ---: |\n| / | 0 | 0 |\n| /x/ | 2 | 1 |\n',
    );
  });
});

describe('PDF strings', () => {
  it('decode literal strings with escapes and UTF-16 hex strings', () => {
    expect(decodePdfString('(Children\\222s \\(care\\))')).toBe('Children\u0092s (care)');
    expect(decodePdfString('(2. Main issues)')).toBe('2. Main issues');
    expect(decodePdfString('<FEFF0032002E00200041>')).toBe('2. A');
  });
});
