import { describe, expect, it } from 'vitest';
import type { PublishedVersion } from '../../src/publish/published-versions.ts';
import { versionHistory } from '../../src/publish/version-history.ts';

function version(number: number, published: string, figures: Record<string, string>, note?: string): PublishedVersion {
  return { version: number, published, ...(note ? { note } : {}), checksum: 'f'.repeat(64), files: {}, dir: `v${number}`, figures, publishedFigures: figures };
}

describe('versionHistory', () => {
  it('lists each version with its address, and for each amendment the figures changed from the one before', () => {
    const history = versionHistory('barnsley', [
      version(1, '2022-09-13', { rate: '71 per 10,000', count: '367' }),
      version(2, '2026-11-28', { rate: '73 per 10,000', count: '367' }, 'Rate recomputed from the revised population'),
      version(3, '2026-12-01', { rate: '73 per 10,000', count: '367' }, 'Typing error in paragraph 1.2 corrected'),
    ]);
    expect(history.map((entry) => [entry.version, entry.href, entry.note, entry.changes])).toEqual([
      [1, '/reports/barnsley/v1/', undefined, []],
      [2, '/reports/barnsley/v2/', 'Rate recomputed from the revised population', [{ key: 'rate', before: '71 per 10,000', after: '73 per 10,000' }]],
      [3, '/reports/barnsley/v3/', 'Typing error in paragraph 1.2 corrected', []],
    ]);
  });
});
