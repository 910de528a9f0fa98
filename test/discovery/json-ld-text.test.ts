import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { jsonLdText } from '../../src/publish/discovery/json-ld-text.ts';

describe('jsonLdText', () => {
  it('writes a string holding </script> so that the HTML parser cannot end the element early, and JSON reads it back unchanged', () => {
    const value = { name: 'Referrals </script><script>alert(1)</script> & <b>more</b>', note: 'line\u2028separator' };
    const text = jsonLdText(value);
    expect(text).not.toMatch(/<\/script/i);
    expect(text).not.toMatch(/[<>&\u2028]/);
    const { document } = parseHTML(`<html><head><script type="application/ld+json">${text}</script></head><body></body></html>`);
    const scripts = document.querySelectorAll('script');
    expect(scripts.length).toBe(1);
    expect(JSON.parse(scripts[0]?.textContent ?? '')).toEqual(value);
  });

  it('refuses a value JSON cannot write, instead of emitting an empty block', () => {
    expect(() => jsonLdText(undefined)).toThrow('JSON-LD must be a JSON value');
  });
});
