import { describe, expect, it } from 'vitest';
import { loadTheme, parseTheme } from '../../src/data/theme/load-theme.ts';
import { contrastRatio } from '../../src/charts/contrast.ts';

const valid = {
  name: 'Fictional Borough Council',
  tagline: 'Performance reports',
  colours: { brand: '#1d4f91', focus: '#ffbf47' },
};

describe('theme', () => {
  it('loads the example site theme from content/theme.json', () => {
    const theme = loadTheme('content/theme.json');
    expect(theme.colours.brand).toBe('#1d4f91');
    expect(theme.footerLinks.length).toBeGreaterThan(0);
  });

  it('rejects a colour that is not a hex colour, naming the file, the field and the fix', () => {
    const bad = JSON.stringify({ ...valid, colours: { brand: 'navy', focus: '#ffbf47' } });
    expect(() => parseTheme(bad, 'content/theme.json')).toThrow(
      'Theme check failed: 1 problem\ncontent/theme.json colours.brand: must be a six-digit hex colour such as "#1d4f91"',
    );
  });

  it('rejects a brand colour too light for white text on it', () => {
    const bad = JSON.stringify({ ...valid, colours: { brand: '#7fa7d9', focus: '#ffbf47' } });
    expect(() => parseTheme(bad, 'theme.json')).toThrow(/colours\.brand: "#7fa7d9" has contrast 2\.\d\d:1 with white text; it needs at least 4\.5:1/);
  });

  it('reports every problem together, including unknown fields', () => {
    const bad = JSON.stringify({ name: '', colours: { brand: '#000000', focus: '#000000' }, logoo: 'x' });
    const message = (() => {
      try {
        parseTheme(bad, 'theme.json');
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toMatch(/^Theme check failed: 3 problems/);
    expect(message).toContain('theme.json name: must not be empty');
    expect(message).toContain('theme.json tagline: is required');
    expect(message).toContain('"logoo"');
  });

  it('refuses footer links that would run code and a logo from another host, quoting each', () => {
    const bad = JSON.stringify({
      ...valid,
      logo: { src: '//evil.example/logo.svg', alt: 'Logo' },
      footerLinks: [
        { label: 'Data', href: 'data:text/html,<script>alert(1)</script>' },
        { label: 'Script', href: ' JavaScript:alert(1)' },
      ],
    });
    expect(() => parseTheme(bad, 'content/theme.json')).toThrow(
      [
        'Theme check failed: 3 problems',
        'content/theme.json logo.src: "//evil.example/logo.svg" is a file on another host, which no page may load (the site\'s Content-Security-Policy refuses it, and a reader\'s browser would ask that host for it): put the file in public/ and write its path on this site, such as /images/chart.png.',
        'content/theme.json footerLinks.0.href: "data:text/html,<script>alert(1)</script>" is a data: address, which a report may not link to (it can run code or open something other than a web page): write a web address starting with https://, a mailto: address, or a path on this site such as /reports/.',
        'content/theme.json footerLinks.1.href: " JavaScript:alert(1)" is a javascript: address, which a report may not link to (it can run code or open something other than a web page): write a web address starting with https://, a mailto: address, or a path on this site such as /reports/.',
      ].join('\n'),
    );
  });

  it('computes WCAG contrast: black on white is 21:1', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});
