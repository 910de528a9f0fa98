import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { themeSchema } from '../../data/theme/schema.ts';
import { DEMO_ADDRESS, siteAddress, type AddressSetting, type SiteAddress } from './site-address.ts';

interface ConfigSetupOptions {
  command: 'dev' | 'build' | 'preview' | 'sync';
}

/** The theme's address setting; undefined when the file is missing or wrong, which src/site/theme.ts reports in full. */
function readSetting(siteRoot: string): AddressSetting | undefined {
  try {
    const parsed = themeSchema.safeParse(JSON.parse(readFileSync(join(siteRoot, 'content', 'theme.json'), 'utf8')));
    return parsed.success ? { address: parsed.data.address, demo: parsed.data.demo } : undefined;
  } catch {
    return undefined;
  }
}

function found(siteRoot: string): SiteAddress | undefined {
  const setting = readSetting(siteRoot);
  return setting === undefined ? undefined : siteAddress(setting);
}

/**
 * Astro's `site`: the address in content/theme.json, or https://example.org while it is missing or
 * refused (a build is then stopped by siteAddressCheck, and a dev server runs anyway).
 */
export function configuredAddress(siteRoot: string): string {
  const address = found(siteRoot);
  return address?.ok ? address.address : DEMO_ADDRESS;
}

/**
 * An Astro integration (a plain object) that stops `astro build` when the theme's address is missing,
 * or is an example domain on a site not marked as a demonstration. `astro dev` is not stopped, so that
 * a new site can be previewed before it has an address.
 */
export function siteAddressCheck(siteRoot: string) {
  return {
    name: 'tabled:site-address',
    hooks: {
      'astro:config:setup': ({ command }: ConfigSetupOptions) => {
        const address = found(siteRoot);
        if (command === 'build' && address !== undefined && !address.ok) throw new Error(address.problem);
      },
    },
  };
}
