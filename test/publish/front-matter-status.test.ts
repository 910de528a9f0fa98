import { describe, expect, it } from 'vitest';
import { withStatus } from '../../src/publish/front-matter-status.ts';

const draft = `---
title: "Children looked after: July 2022"
status: draft
purpose: Says status: draft in its text.
---

The body says status: draft too.
`;

describe('withStatus', () => {
  it('changes the status line of the front matter and no other byte', () => {
    const published = withStatus(draft, 'published');
    expect(published).toBe(draft.replace('status: draft\n', 'status: published\n'));
    expect(published).toContain('The body says status: draft too.');
  });

  it('adds a status line when the front matter has none (the schema would read it as a draft)', () => {
    expect(withStatus('---\ntitle: x\n---\nBody\n', 'published')).toBe('---\ntitle: x\nstatus: published\n---\nBody\n');
  });

  it('refuses MDX without front matter', () => {
    expect(() => withStatus('# Heading\n', 'published')).toThrow('the report has no front matter');
  });
});
