// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: 'https://example.org',
  trailingSlash: 'always',
  integrations: [mdx()],
  build: { format: 'directory' },
  // Reports must be complete without client JavaScript: nothing is prefetched or hydrated.
  prefetch: false,
  devToolbar: { enabled: false },
});
