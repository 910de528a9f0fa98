import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv } from '../support/clean-env.ts';

const site = resolve('test/.tmp/dev-site');
const mdx = resolve(site, 'content/reports/numbered/index.mdx');
const port = 4391;
const url = `http://127.0.0.1:${port}/reports/numbered/`;

async function fetchText(): Promise<string | undefined> {
  try {
    const response = await fetch(url);
    if (!response.ok) log += `\nHTTP ${response.status}: ${(await response.text()).slice(0, 300)}`;
    return response.ok ? await response.text() : undefined;
  } catch (error) {
    log += `\nfetch: ${String((error as Error).cause ?? error)}`;
    return undefined;
  }
}

let log = '';

async function waitFor(check: (html: string) => boolean, seconds: number): Promise<string> {
  const until = Date.now() + seconds * 1000;
  let last = '';
  while (Date.now() < until) {
    last = (await fetchText()) ?? '';
    if (check(last)) return last;
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`dev server did not serve the expected page within ${seconds}s; last response:\n${last.slice(0, 300)}\nserver log:\n${log.slice(-1500)}`);
}

describe('npm run dev', () => {
  let server: ChildProcess;
  beforeAll(() => {
    rmSync(site, { recursive: true, force: true });
    cpSync(resolve('test/sites/paragraphs'), site, { recursive: true, filter: (path) => !path.includes('/dist') && !path.includes('.astro-cache') });
    server = spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'dev', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
      env: cleanEnv({ TABLED_SITE: site }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout?.on('data', (chunk: Buffer) => { log += chunk.toString(); });
    server.stderr?.on('data', (chunk: Buffer) => { log += chunk.toString(); });
  });
  afterAll(() => {
    server?.kill();
  });

  it('picks up an edited MDX file without a restart', async () => {
    await waitFor((html) => html.includes('First paragraph of section one.'), 60);
    writeFileSync(mdx, readFileSync(mdx, 'utf8').replace('First paragraph of section one.', 'An edited first paragraph.'));
    const html = await waitFor((page) => page.includes('An edited first paragraph.'), 30);
    expect(html).toContain('aria-label="Paragraph 1.1">1.1</a> An edited first paragraph.');
  }, 120_000);
});
