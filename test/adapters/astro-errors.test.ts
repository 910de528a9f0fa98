import { describe, expect, it } from 'vitest';
import { filterBuildErrors } from '../../src/adapters/astro-errors.ts';

// Error output as Astro 7.3.4 printed it for a report whose component named an unknown indicator.
const renderFailure = [
  'content/reports/demo is marked published but has never been frozen: its figures follow data/. Run npm run report:publish -- demo',
  '11:14:56 [ERROR] Error: content/reports/demo: <Value indicator="x">: indicator "x" is not in data/indicators.csv',
  '    at explain (file:///work/site/dist/.prerender/chunks/_.._BUsed0mZ.mjs:635:9)',
  '11:14:56 [ERROR] [build] Caught error rendering /reports/demo/: Error: content/reports/demo: <Value indicator="x">: indicator "x" is not in data/indicators.csv',
  'content/reports/demo: <Value indicator="x">: indicator "x" is not in data/indicators.csv',
  '  Hint:',
  '    This issue often occurs when your MDX component encounters runtime errors.',
  '  Stack trace:',
  '    at explain (file:///work/site/dist/.prerender/chunks/_.._BUsed0mZ.mjs:635:9)',
  '  Caused by:',
  '  indicator "x" is not in data/indicators.csv',
  '    at FigureIndex.indicator (file:///work/site/dist/.prerender/chunks/figures_BOeEaSkx.mjs:2677:31)',
].join('\n');

describe('filterBuildErrors', () => {
  it('keeps warnings and the message once, naming the page, without stack frames, generic hints or a repeated cause', () => {
    expect(filterBuildErrors(renderFailure, '/work/site')).toBe(
      [
        'content/reports/demo is marked published but has never been frozen: its figures follow data/. Run npm run report:publish -- demo',
        '11:14:56 [ERROR] [build] Caught error rendering /reports/demo/',
        'content/reports/demo: <Value indicator="x">: indicator "x" is not in data/indicators.csv',
      ].join('\n'),
    );
  });

  it('prints a message that runs over several lines once, though Astro logs it three times', () => {
    const output = [
      '11:40:35 [ERROR] Error: version 1 of content/reports/x has been changed by hand:',
      '  content/reports/x/versions/1/data/a.csv has been edited',
      'Restore it with: git checkout -- content/reports/x/versions/1',
      '    at verify (file:///work/site/dist/.prerender/chunks/a.mjs:1:1)',
      '11:40:35 [ERROR] [build] Caught error rendering /reports/x/: Error: version 1 of content/reports/x has been changed by hand:',
      '  content/reports/x/versions/1/data/a.csv has been edited',
      'Restore it with: git checkout -- content/reports/x/versions/1',
      'version 1 of content/reports/x has been changed by hand:',
      '  content/reports/x/versions/1/data/a.csv has been edited',
      'Restore it with: git checkout -- content/reports/x/versions/1',
      '  Stack trace:',
      '    at verify (file:///work/site/dist/.prerender/chunks/a.mjs:1:1)',
    ].join('\n');
    expect(filterBuildErrors(output, '/work/site')).toBe(
      [
        '11:40:35 [ERROR] [build] Caught error rendering /reports/x/',
        'version 1 of content/reports/x has been changed by hand:',
        '  content/reports/x/versions/1/data/a.csv has been edited',
        'Restore it with: git checkout -- content/reports/x/versions/1',
      ].join('\n'),
    );
  });

  it('prints what followed a rendering error after all when the final message does not repeat it', () => {
    const output = [
      '11:40:35 [ERROR] [build] Caught error rendering /reports/x/: Error: Expected component `Chartt` to be defined',
      '[UnknownContentCollectionError] Unexpected error while rendering x.',
      '  Stack trace:',
      '    at render (file:///work/site/node_modules/astro/dist/a.js:1:1)',
    ].join('\n');
    expect(filterBuildErrors(output, '/work/site')).toBe(
      ['11:40:35 [ERROR] [build] Caught error rendering /reports/x/', '[UnknownContentCollectionError] Unexpected error while rendering x.'].join('\n'),
    );
  });

  it('keeps a location in the author\'s files, relative to the working folder, and drops one inside the bundle', () => {
    const output = [
      'Unexpected end of file before attribute name',
      '  Location:',
      '    /work/site/content/reports/demo/index.mdx:38:1',
      'Theme check failed: 1 problem',
      '  Location:',
      '    /work/site/node_modules/astro/dist/runtime/prerender/static-paths.js:52:63',
    ].join('\n');
    expect(filterBuildErrors(output, '/work/site')).toBe(
      ['Unexpected end of file before attribute name', '  Location:', '    content/reports/demo/index.mdx:38:1', 'Theme check failed: 1 problem'].join('\n'),
    );
  });

  it('keeps a cause that says something the message does not', () => {
    const output = ['[UnknownContentCollectionError] Unexpected error while rendering demo.', '  Caused by:', '  Expected a closing tag for <Value>', '    at x (y.js:1:1)'].join('\n');
    expect(filterBuildErrors(output, '/work/site')).toBe(
      ['[UnknownContentCollectionError] Unexpected error while rendering demo.', '  Caused by:', '  Expected a closing tag for <Value>'].join('\n'),
    );
  });

  it('keeps the indented fix lines of a data check, which come before its stack trace', () => {
    const output = ['Data check failed: 1 problem in 1 file', 'data/a.csv:2:1 id "x" is wrong', '  fix: write y', '  Stack trace:', '    at a (b.js:1:1)'].join('\n');
    expect(filterBuildErrors(output, '/work/site')).toBe(['Data check failed: 1 problem in 1 file', 'data/a.csv:2:1 id "x" is wrong', '  fix: write y'].join('\n'));
  });
});
