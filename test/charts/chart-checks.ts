import { expect } from 'vitest';
import { contrastRatio } from '../../src/charts/contrast.ts';
import { PALETTE } from '../../src/charts/palette.ts';
import type { RenderedChart } from '../../src/charts/rendered-chart.ts';
import { attribute, colours, groups, rootTag, tags } from './svg-queries.ts';

/** Checks every chart must pass, whatever it draws. */
export function expectAccessibleChart(chart: RenderedChart): void {
  const { svg } = chart;
  const root = rootTag(svg);
  expect(attribute(root, 'role')).toBe('img');
  expect(attribute(root, 'aria-labelledby')).toBe(chart.titleId);
  expect(attribute(root, 'aria-describedby')).toBe(chart.descriptionId);

  // Readable text: the root sets 12px and nothing inside makes text smaller.
  expect(Number(attribute(root, 'font-size'))).toBeGreaterThanOrEqual(12);
  for (const match of svg.matchAll(/font-size(?:="|:)\s*([\d.]+)/g)) expect(Number(match[1])).toBeGreaterThanOrEqual(12);

  // Every colour drawn with is white (background, halo, hatching), inherited, or at least 3:1 on white.
  for (const colour of colours(svg)) {
    if (['currentcolor', 'none', PALETTE.background].includes(colour) || colour.startsWith('url(#')) continue;
    expect(colour).toMatch(/^#[0-9a-f]{6}$/);
    expect(contrastRatio(colour, PALETTE.background), colour).toBeGreaterThanOrEqual(3);
  }

  // Decorative marks are hidden from assistive technology.
  for (const label of ['rule', 'line', 'y-grid', 'x-grid']) {
    for (const group of groups(svg, label)) expect(attribute(group, 'aria-hidden'), label).toBe('true');
  }

  // No tooltips, no canvas legends, no random ids.
  expect(svg).not.toContain('<title');
  expect(svg).not.toContain('<canvas');
  expect(svg).not.toContain('<image');
  expect(svg).not.toContain('plot-d6a7b5');
  expect(tags(svg, 'svg')).toHaveLength(1);

  // Responsive: scales down to 320 CSS pixels.
  expect(attribute(root, 'viewBox')).toMatch(/^0 0 640 \d+$/);
  // Scaling comes from the site stylesheet's .tabled-chart rule: the CSP allows no inline style.
  expect(attribute(root, 'style')).toBeUndefined();
}
