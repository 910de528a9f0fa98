import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { meanWeight, pageWeight } from '../../bench/page-weight.ts';

const dist = resolve('test/.tmp/bench-page-weight');
const files: Record<string, string> = {
  'reports/a/index.html':
    '<!doctype html><html><head><link rel="stylesheet" href="/_astro/site.css"><link rel="preconnect" href="https://fonts.example"><link rel="stylesheet" href="https://fonts.example/css"></head>' +
    '<body><img src="../../logo.svg"><script type="module">import "/_app/client.js"; registerFile("d.json", {"name":"d.json","path":"../../_file/d.json"});</script></body></html>',
  '_astro/site.css': 'body{margin:0}@import url("print.css");',
  '_astro/print.css': '@media print{nav{display:none}}',
  'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  '_app/client.js': 'import { run } from "./runtime.js"; const lazy = () => import("./lodash.js"); run();',
  '_app/runtime.js': 'export function run() {}',
  '_app/lodash.js': 'export default 1;'.repeat(100),
  '_file/d.json': '[1,2,3]',
  'plain.html': '<p>no resources</p>',
};

const size = (name: string) => Buffer.byteLength(files[name] ?? '');
const gz = (name: string) => gzipSync(files[name] ?? '').length;

describe('pageWeight', () => {
  beforeAll(() => {
    rmSync(dist, { recursive: true, force: true });
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dist, name, '..'), { recursive: true });
      writeFileSync(join(dist, name), text);
    }
  });

  it('counts the page, its stylesheets and their imports, images, static imports and registered files', () => {
    const weight = pageWeight(dist, 'reports/a/index.html');
    expect(weight.files.sort()).toEqual(['_app/client.js', '_app/runtime.js', '_astro/print.css', '_astro/site.css', '_file/d.json', 'logo.svg', 'reports/a/index.html']);
    expect(weight.byKind.html).toEqual({ raw: size('reports/a/index.html'), gzip: gz('reports/a/index.html') });
    expect(weight.byKind.css.raw).toBe(size('_astro/site.css') + size('_astro/print.css'));
    expect(weight.byKind.js.raw).toBe(size('_app/client.js') + size('_app/runtime.js'));
    expect(weight.byKind.data.raw).toBe(size('logo.svg') + size('_file/d.json'));
    expect(weight.total.raw).toBe(Object.values(weight.byKind).reduce((s, b) => s + b.raw, 0));
  });

  it('leaves out modules imported only on demand, and lists other hosts without counting them', () => {
    const weight = pageWeight(dist, 'reports/a/index.html');
    expect(weight.files).not.toContain('_app/lodash.js');
    expect(weight.external).toEqual(['https://fonts.example/css']);
  });

  it('says which file a page needs that the build did not write', () => {
    writeFileSync(join(dist, 'broken.html'), '<script src="/missing.js"></script>');
    expect(() => pageWeight(dist, 'broken.html')).toThrow('broken.html loads /missing.js');
  });

  it('averages pages kind by kind', () => {
    const mean = meanWeight([pageWeight(dist, 'plain.html'), pageWeight(dist, 'reports/a/index.html')]);
    expect(mean.js.raw).toBe(Math.round((size('_app/client.js') + size('_app/runtime.js')) / 2));
    expect(mean.html.raw).toBe(Math.round((size('plain.html') + size('reports/a/index.html')) / 2));
  });
});
