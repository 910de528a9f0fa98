import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { headersFor, parseHeadersFile } from './headers-file.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

export interface ServedSite {
  /** e.g. http://127.0.0.1:41234 (no trailing slash) */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a built site on 127.0.0.1 as Netlify or Cloudflare Pages would: `/x/` serves `x/index.html`,
 * an unknown path the site's 404.html with status 404, and every response gets the headers the site's
 * own `_headers` file gives its path (which is not itself served), so pages meet their real CSP.
 * `headers: false` leaves the `_headers` file's headers out (printing to PDF needs no policy).
 * The browser tests and `npm run pdf` both serve through it.
 */
export function serveSite(directory: string, { headers: withHeaders = true }: { headers?: boolean } = {}): Promise<ServedSite> {
  const root = resolve(directory);
  const headersFile = join(root, '_headers');
  const rules = withHeaders && existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = resolve(root, `.${path}`);
    if ((file !== root && !file.startsWith(root + sep)) || file === headersFile) {
      response.writeHead(404).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file) && statSync(file).isFile();
    const served = found ? file : join(root, '404.html');
    const headers = { ...headersFor(rules, path), 'content-type': CONTENT_TYPES[extname(served)] ?? 'application/octet-stream' };
    if (!existsSync(served)) {
      response.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(found ? 200 : 404, headers);
    createReadStream(served).pipe(response);
  });
  return new Promise((ready, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      ready({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((closed) => server.close(() => closed())) });
    });
  });
}
