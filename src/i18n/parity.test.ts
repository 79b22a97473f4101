import { describe, expect, it } from 'vitest';
import en from './en/resources';
import ja from './ja/resources';
import { leaves, placeholders, type Tree } from './leaves';

describe('Japanese and English text', () => {
  const jaLeaves = leaves(ja as unknown as Tree);
  const enLeaves = leaves(en as unknown as Tree);

  it('have exactly the same keys', () => {
    expect([...enLeaves.keys()].sort()).toEqual([...jaLeaves.keys()].sort());
  });

  it('insert the same values in each sentence', () => {
    for (const [key, text] of jaLeaves) expect(placeholders(enLeaves.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it('leave no sentence empty', () => {
    for (const [key, text] of [...jaLeaves, ...enLeaves]) expect(text.trim(), key).not.toBe('');
  });

  it('write Japanese in です・ます, not in plain form, at the end of sentences', () => {
    // A sentence ending in the plain だ／である reads as rude in customer-facing copy.
    for (const [key, text] of jaLeaves) expect(text, key).not.toMatch(/(だ|である)。/);
  });
});
