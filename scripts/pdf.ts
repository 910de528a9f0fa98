/**
 * `npm run pdf [-- <built-site-dir> [<pdf-dir>]]`: prints every report page of an already built site
 * (dist/ by default) to `pdf/<report-id>.pdf` with Debian's Chromium, as a tagged PDF whose headings
 * become the PDF outline, with the site's name, the committee and meeting date in the header and
 * "Page X of Y" in the footer, for the committee's agenda pack.
 *
 * It builds nothing: run `npm run build` first. The browser tests import its Chromium launcher and
 * its page list and serve sites with the same server (serve-site.ts), so the command and the tests
 * drive the browser the same way.
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { serveSite } from './serve-site.ts';

/** Debian's Chromium; no tool may download a browser of its own on these machines. */
export const chromiumPath = process.env['TABLED_CHROMIUM'] ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`pdf: no Chromium at ${chromiumPath}. Install it with: apt-get install -y chromium (or set TABLED_CHROMIUM).`);
  }
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Every HTML page of a built site as the URL path a reader visits (`/`, `/reports/x/`, `/404.html`). */
export function listHtmlPages(directory: string): string[] {
  const root = resolve(directory);
  const pages: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) {
        const url = `/${relative(root, path).split(sep).join('/')}`;
        pages.push(url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url);
      }
    }
  };
  walk(root);
  return pages.sort();
}

export interface ReportPage {
  /** `fictional-borough-2025-03`; a version folder inside a report adds `--<version>`. */
  id: string;
  /** URL path, e.g. `/reports/fictional-borough-2025-03/` */
  path: string;
}

/** The report pages of a built site: every page under /reports/, each version on its own, but not a chart's own page. */
export function listReportPages(directory: string): ReportPage[] {
  return listHtmlPages(directory)
    .filter((path) => path.startsWith('/reports/') && path.endsWith('/') && path !== '/reports/' && !/\/figures\//.test(path))
    .map((path) => ({ id: path.slice('/reports/'.length, -1).split('/').join('--'), path }));
}

export interface PaperDetails {
  siteName: string;
  committee: string;
  meetingDate: string;
  title: string;
}

/** What the running header and footer say, read from the page itself since the PDF is made from dist/. */
export async function readPaperDetails(page: Page): Promise<PaperDetails> {
  return page.evaluate(() => {
    const text = (selector: string): string => document.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    return {
      siteName: text('.site-name'),
      committee: text('.report-header .meta'),
      meetingDate: text('.report-header time'),
      title: text('h1') || document.title,
    };
  });
}

/**
 * Readies a loaded report page for paper, in the browser: what a tagged PDF's reader gets comes from
 * the page's accessibility tree, which Chromium turns into PDF tags.
 * - A chart's `<figure>` would become one PDF Figure whose alternative text is all a PDF screen reader
 *   reads, hiding the description and the table inside it. As a labelled group instead, its chart image
 *   (the SVG, role="img") is the Figure, with the chart's name as its alternative text, and the
 *   description and table follow as a paragraph and a table.
 * - Every `<details>` is opened: print.css shows a closed one's content, but a closed one's content is
 *   missing from the accessibility tree, so its table would print untagged.
 */
export function preparePaper(): void {
  for (const figure of document.querySelectorAll('figure.chart')) figure.setAttribute('role', 'group');
  for (const details of document.querySelectorAll('details')) details.open = true;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// Chromium draws header and footer templates at a tiny default size, with no page styles: set both
// here, the text at 9.5pt so that it is at least 9 points on paper.
const templateStyle = 'font: 9.5pt system-ui, Arial, sans-serif; color: #0b0c0c; width: 100%; margin: 0 12mm; display: flex; justify-content: space-between; gap: 8mm;';

// A long committee name wraps on the right; the site's name and the date never break.
export function headerTemplate(details: PaperDetails): string {
  const left = escapeHtml(details.siteName);
  const date = details.meetingDate ? `<span style="white-space: nowrap">${escapeHtml(details.meetingDate)}</span>` : '';
  const right = [escapeHtml(details.committee), date].filter(Boolean).join(', ');
  return `<div style="${templateStyle}"><span style="white-space: nowrap">${left}</span><span style="text-align: right">${right}</span></div>`;
}

export function footerTemplate(details: PaperDetails): string {
  return `<div style="${templateStyle}"><span>${escapeHtml(details.title)}</span><span style="white-space: nowrap">Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
}

export interface WrittenPdf extends ReportPage {
  file: string;
  details: PaperDetails;
}

/** Prints each report page of a built site to `<outDir>/<id>.pdf`. */
export async function writeReportPdfs(siteDir: string, outDir: string): Promise<WrittenPdf[]> {
  const reports = listReportPages(siteDir);
  if (reports.length === 0) throw new Error(`pdf: no report pages under ${resolve(siteDir, 'reports')}. Build the site first: npm run build`);
  mkdirSync(outDir, { recursive: true });
  const server = await serveSite(siteDir, { headers: false });
  const browser = await launchChromium();
  const written: WrittenPdf[] = [];
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const report of reports) {
      const response = await page.goto(server.origin + report.path, { waitUntil: 'load' });
      if (!response?.ok()) throw new Error(`pdf: ${report.path} answered ${response?.status() ?? 'nothing'}`);
      await page.emulateMedia({ media: 'print' });
      await page.evaluate(preparePaper);
      const details = await readPaperDetails(page);
      const file = resolve(outDir, `${report.id}.pdf`);
      await page.pdf({
        path: file,
        format: 'A4',
        printBackground: true,
        tagged: true,
        outline: true,
        displayHeaderFooter: true,
        headerTemplate: headerTemplate(details),
        footerTemplate: footerTemplate(details),
        margin: { top: '20mm', bottom: '20mm', left: '18mm', right: '18mm' },
      });
      written.push({ ...report, file, details });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return written;
}

async function main(args: string[]): Promise<void> {
  const siteDir = resolve(args[0] ?? 'dist');
  const outDir = resolve(args[1] ?? 'pdf');
  if (!existsSync(join(siteDir, 'index.html'))) {
    throw new Error(`pdf: ${siteDir} holds no built site (no index.html). Build it first: npm run build`);
  }
  for (const pdf of await writeReportPdfs(siteDir, outDir)) {
    console.log(`${relative(process.cwd(), pdf.file)}  ${pdf.details.title} (${pdf.details.meetingDate || 'no meeting date'})`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
