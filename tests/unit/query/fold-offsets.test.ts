import { describe, expect, it } from 'vitest';
import { foldWithOffsets } from '../../../src/core/query/fold-offsets';

/** The original text of a folded range, as the search snippets cut it. */
function original(text: string, term: string): string {
  const { folded, origin } = foldWithOffsets(text);
  const at = folded.indexOf(term);
  expect(at).toBeGreaterThanOrEqual(0);
  return text.slice(origin(at), Math.max(origin(at + term.length), origin(at + term.length - 1) + 1));
}

describe('folding with offsets', () => {
  it('maps one to one when folding keeps the length', () => {
    expect(original('The Asia-Pacific Forum in Zürich', 'zurich')).toBe('Zürich');
  });

  it('maps through ligatures and decomposed accents', () => {
    const text = 'The ﬁnance minister met Cafe\u0301 Owners in Zu\u0308rich.';
    expect(original(text, 'finance')).toBe('ﬁnance');
    expect(original(text, 'owners')).toBe('Owners');
    expect(original(text, 'zurich')).toBe('Zu\u0308rich');
    expect(original(text, 'fi')).toBe('ﬁ');
  });

  it('maps in long texts folded in chunks', () => {
    const text = `${'ﬁ '.repeat(2000)}Asia-Pacific ${'e\u0301 '.repeat(2000)}Alliance’s end`;
    expect(original(text, 'pacific')).toBe('Pacific');
    expect(original(text, 'alliance')).toBe('Alliance');
    expect(foldWithOffsets(text).origin(foldWithOffsets(text).folded.length)).toBe(text.length);
  });
});
