/**
 * The Nu HTML Checker run as the example-site suite runs it, shown to find the errors the site once
 * had (a duplicate id, a <meta> with neither name nor property, Plot's font-variant attribute) and to
 * pass the same page without them.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNuError, nuErrors } from './checks/nu-validator.ts';

const dir = resolve(`test/.tmp/nu-validator-${process.pid}`);
const page = (head: string, body: string): string => `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Fixture</title>${head}</head><body><main>${body}</main></body></html>`;

beforeAll(() => {
  mkdirSync(join(dir, 'bad'), { recursive: true });
  mkdirSync(join(dir, 'good'), { recursive: true });
  writeFileSync(
    join(dir, 'bad', 'index.html'),
    page(
      '<meta data-pagefind-filter="council[content]" content="Barnsley">',
      '<h2 id="contacts">Contacts</h2><h3 id="contacts">Contacts</h3><svg viewBox="0 0 10 10" role="img" aria-label="x"><g font-variant="tabular-nums"><text>1</text></g></svg>',
    ),
  );
  writeFileSync(
    join(dir, 'good', 'index.html'),
    page('', '<article data-pagefind-filter="council[data-search-council]" data-search-council="Barnsley"><h2 id="report-contacts">Contacts</h2><h3 id="contacts">Contacts</h3><svg viewBox="0 0 10 10" role="img" aria-label="x"><g><text>1</text></g></svg></article>'),
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('nuErrors', () => {
  it('names the file, line and message of each error, and finds none in a valid page', { timeout: 60_000 }, () => {
    const errors = nuErrors(dir).map(formatNuError);
    expect(errors.length).toBeGreaterThanOrEqual(3);
    expect(errors.filter((line) => !line.startsWith('bad/index.html:'))).toEqual([]);
    expect(errors.join('\n')).toMatch(/Element “meta” is missing one or more of the following attributes/);
    expect(errors.join('\n')).toMatch(/Duplicate ID “contacts”/);
    expect(errors.join('\n')).toMatch(/Bad value “tabular-nums” for attribute “font-variant”/);
  });
});
