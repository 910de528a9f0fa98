import { describe, expect, it } from 'vitest';
import { siteAddress } from '../../src/publish/discovery/site-address.ts';
import { parseTheme } from '../../src/data/theme/load-theme.ts';

const theme = (extra: Record<string, unknown>): string =>
  JSON.stringify({ name: 'Reports', tagline: 'Performance reports', colours: { brand: '#1d4f91', focus: '#ffbf47' }, ...extra });

describe('siteAddress', () => {
  it("takes the theme's address for a real site", () => {
    expect(siteAddress({ address: 'https://reports.barnsley.gov.uk', demo: false })).toEqual({ ok: true, address: 'https://reports.barnsley.gov.uk' });
  });

  it('builds a demonstration site at https://example.org when it gives no address, or at the example address it gives', () => {
    expect(siteAddress({ demo: true })).toEqual({ ok: true, address: 'https://example.org' });
    expect(siteAddress({ address: 'https://demo.example.com', demo: true })).toEqual({ ok: true, address: 'https://demo.example.com' });
  });

  it('refuses a site that is not a demonstration but gives no address, or an example domain, and says how to fix it', () => {
    const missing = siteAddress({ demo: false });
    expect(missing).toEqual({ ok: false, problem: expect.stringMatching(/^content\/theme\.json gives no "address" for the site\. Set "address" in content\/theme\.json/) });
    for (const address of ['https://example.org', 'https://www.example.com', 'http://reports.example.net', 'https://council.example']) {
      const found = siteAddress({ address, demo: false });
      expect(found.ok, address).toBe(false);
      if (!found.ok) expect(found.problem).toContain(`gives the address ${address}, a domain reserved for examples`);
    }
    expect(siteAddress({ address: 'https://example.org.uk', demo: false }).ok).toBe(true);
  });
});

describe('the theme’s address and demo settings', () => {
  it('default to no address and not a demonstration', () => {
    expect(parseTheme(theme({}), 'theme.json')).toMatchObject({ demo: false });
    expect(parseTheme(theme({}), 'theme.json').address).toBeUndefined();
  });

  it('accept an address at the root of its domain, and refuse one with a path, a trailing slash or no scheme', () => {
    expect(parseTheme(theme({ address: 'https://reports.barnsley.gov.uk' }), 'theme.json').address).toBe('https://reports.barnsley.gov.uk');
    for (const address of ['https://barnsley.gov.uk/reports', 'https://reports.barnsley.gov.uk/', 'reports.barnsley.gov.uk']) {
      expect(() => parseTheme(theme({ address }), 'theme.json'), address).toThrow('theme.json address: must be the site\'s address with no path or trailing slash');
    }
  });
});
