import { readFileSync } from 'node:fs';
import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { REPORT_COMPONENT_NAMES, remarkKnownComponents } from '../../src/render/markdown/known-components.ts';

const mdx = (body: string) => compile({ value: body, path: 'content/reports/x/index.mdx' }, { remarkPlugins: [remarkKnownComponents] });

describe('remarkKnownComponents', () => {
  it('stops at a tag that is not a report component, with its line and column and the one meant', async () => {
    const error = await mdx('# Referrals\n\nText.\n\n<TrendChartt indicator="referrals" />\n').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    const message = String(error);
    expect(message).toContain('<TrendChartt> is not a report component: did you mean <TrendChart>?');
    expect(message).toMatch(/5:1/);
  });

  it('lets every report component and plain HTML through', async () => {
    const body = REPORT_COMPONENT_NAMES.map((name) => `<${name} />`).join('\n\n');
    await expect(mdx(`${body}\n\n<abbr title="Section 47">S47</abbr>\n`)).resolves.toBeDefined();
  });

  it('knows the components every report is given (src/render/components/index.ts)', () => {
    const given = /reportComponents = \{([^}]*)\}/.exec(readFileSync('src/render/components/index.ts', 'utf8'))?.[1] ?? '';
    const names = given.split(',').map((part) => part.trim().split(':')[0]!.trim()).filter((name) => /^[A-Z]/.test(name));
    expect(names.sort()).toEqual([...REPORT_COMPONENT_NAMES].sort());
  });
});
