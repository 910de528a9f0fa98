import { describe, expect, it } from 'vitest';
import { prettySvg } from './pretty-svg.ts';

describe('prettySvg', () => {
  it('puts each element on its own line, indented by depth, keeping text elements whole', () => {
    expect(prettySvg('<svg><g><line x1="0" /><text y="1">A  &amp; B</text></g></svg>')).toBe(
      ['<svg>', '  <g>', '    <line x1="0" />', '    <text y="1">A  &amp; B</text>', '  </g>', '</svg>', ''].join('\n'),
    );
  });

  it('keeps nested text such as tspans readable', () => {
    expect(prettySvg('<text><tspan>a</tspan><tspan>b</tspan></text>')).toBe(
      ['<text>', '  <tspan>a</tspan>', '  <tspan>b</tspan>', '</text>', ''].join('\n'),
    );
  });
});
