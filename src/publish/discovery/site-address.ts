/** The address a demonstration site is built at when its theme names none. */
export const DEMO_ADDRESS = 'https://example.org';

/** Domains reserved for examples (RFC 2606): a site built at one of them is a demonstration. */
const EXAMPLE_HOST = /(^|\.)(example\.(org|com|net)|example)$/i;

export interface AddressSetting {
  /** `address` in content/theme.json, if set. */
  address?: string | undefined;
  /** `demo` in content/theme.json. */
  demo: boolean;
}

export type SiteAddress = { ok: true; address: string } | { ok: false; problem: string };

/**
 * The site's public address, from the one setting in content/theme.json. Canonical links, the feed,
 * the sitemap and structured data are built from it, so a production build refuses an example
 * address unless the theme says the site is a demonstration: such links would point readers and
 * search engines at someone else's domain.
 */
export function siteAddress(setting: AddressSetting, file = 'content/theme.json'): SiteAddress {
  const fix = `Set "address" in ${file} to the address the site is served at, e.g. "https://reports.example-council.gov.uk", or set "demo": true for a demonstration site (docs/guides/publishers.md, "The site's address").`;
  if (setting.address === undefined) {
    return setting.demo ? { ok: true, address: DEMO_ADDRESS } : { ok: false, problem: `${file} gives no "address" for the site. ${fix}` };
  }
  const host = new URL(setting.address).hostname;
  if (EXAMPLE_HOST.test(host) && !setting.demo) {
    return { ok: false, problem: `${file} gives the address ${setting.address}, a domain reserved for examples, and does not say the site is a demonstration. ${fix}` };
  }
  return { ok: true, address: setting.address };
}
