import { readFileSync } from 'node:fs';
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { CHART_CLASS, FONT_SIZE, renderSvg, roundGeometry } from '../../src/charts/render-svg.ts';
import { attribute, rootTag, tags } from './svg-queries.ts';

const semantics = { title: 'A title', titleId: 't-title', descriptionId: 't-description' };

describe('roundGeometry', () => {
  it('rounds long decimals to two places and leaves short numbers alone', () => {
    expect(roundGeometry('translate(65.49450549450549,270)')).toBe('translate(65.49,270)');
    expect(roundGeometry('M40,270L237.582,145')).toBe('M40,270L237.58,145');
    expect(roundGeometry('0.32em')).toBe('0.32em');
    expect(roundGeometry('-0.0001')).toBe('0');
  });
});

describe('renderSvg', () => {
  const svg = renderSvg({ width: 300, height: 200, marks: [Plot.dot([{ x: 1.123456, y: 2 }], { x: 'x', y: 'y' })] }, semantics);

  it('makes the root an image labelled by the caption and described by the description', () => {
    const root = rootTag(svg);
    expect(attribute(root, 'role')).toBe('img');
    expect(attribute(root, 'aria-labelledby')).toBe('t-title');
    expect(attribute(root, 'aria-describedby')).toBe('t-description');
    expect(attribute(root, 'aria-label')).toBe('A title');
    expect(attribute(root, 'class')).toBe(CHART_CLASS);
    expect(attribute(root, 'font-size')).toBe(String(FONT_SIZE));
  });

  it('scales down with the page: a viewBox, and max-width 100% with automatic height from the site stylesheet, not an inline style the CSP would block', () => {
    const root = rootTag(svg);
    expect(attribute(root, 'viewBox')).toBe('0 0 300 200');
    expect(attribute(root, 'style')).toBeUndefined();
    expect(attribute(root, 'class')).toContain(CHART_CLASS);
    expect(readFileSync('src/render/styles/global.css', 'utf8')).toMatch(new RegExp(`\\.${CHART_CLASS}\\s*\\{[^}]*max-width:\\s*100%;[^}]*height:\\s*auto`));
  });

  it('leaves out Plot’s font-variant="tabular-nums" attribute, which is not valid SVG, for the stylesheet’s font-variant-numeric', () => {
    const axes = renderSvg({ width: 300, height: 200, x: { domain: [0, 10] }, marks: [Plot.ruleY([0])] }, semantics);
    expect(axes).toContain('data-mark="x-axis tick label"');
    expect(axes).not.toContain('font-variant');
    expect(readFileSync('src/render/styles/global.css', 'utf8')).toMatch(new RegExp(`\\.${CHART_CLASS}\\s*\\{[^}]*font-variant-numeric:\\s*tabular-nums`));
  });

  it('drops Plot’s per-chart <style> element', () => {
    expect(svg).not.toContain('<style');
    expect(svg).not.toContain('plot-d6a7b5');
  });

  it('rounds geometry in the output', () => {
    expect(tags(svg, 'circle').join('')).not.toMatch(/\d\.\d{3}/);
  });

  it('refuses options that make Plot wrap the SVG in a figure', () => {
    expect(() => renderSvg({ title: 'x', marks: [Plot.dot([1, 2], { x: (d: number) => d })] }, semantics)).toThrow(
      'renderSvg: Plot returned <figure>, not <svg>',
    );
  });
});
