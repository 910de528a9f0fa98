import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { remarkNoNestedLinks } from '../../src/render/markdown/no-nested-links.ts';

const html = async (body: string, plugins: unknown[]) => String(await compile(body, { remarkPlugins: plugins as never, outputFormat: 'function-body' }));

describe('remarkNoNestedLinks', () => {
  const body = 'See <a href="http://www.everychildmatters.gov.uk/?asset=News&amp;id=142893">www.everychildmatters.gov.uk/?asset=News&amp;id=142893</a> and www.gov.uk.';

  it('keeps an address written as a link’s text as text, so no link holds another', async () => {
    const without = await html(body, [remarkGfm]);
    expect(without.match(/_components\.a|"a"/g)?.length ?? 0).toBeGreaterThan(1);
    const withPlugin = await html(body, [remarkGfm, remarkNoNestedLinks]);
    // The HTML link stays; the address after it, outside any link, is still made a link.
    expect(withPlugin).toContain('href: "http://www.everychildmatters.gov.uk/?asset=News&id=142893"');
    expect(withPlugin).toContain('href: "http://www.gov.uk"');
    expect(withPlugin.match(/href: "http:\/\/www\.everychildmatters/g)).toHaveLength(1);
  });
});
