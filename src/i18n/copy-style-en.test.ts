/**
 * The English editor's rules of docs/copy-style.md §10 that a machine can check, over every
 * English string (the app guides' screens included: their on-screen words take curly quotes
 * too). Whether a sentence reads as plain English still needs a reader.
 */
import { describe, expect, it } from 'vitest';
import enResources from './en/resources';
import jaResources from './ja/resources';
import { ADDRESS_KINDS } from './glossary';
import { leaves, type Tree } from './leaves';

const en = leaves(enResources as unknown as Tree);

/** A quoted on-screen word keeps the app's own spelling (Outlook's “Internet E-mail Settings”). */
function outsideQuotes(text: string): string {
  return text.replace(/“[^”]*”/g, '“”');
}

/** Phrases the pass replaced, each with what to write instead. */
const RULES: readonly (readonly [RegExp, string])[] = [
  [/\be-mail\b/i, 'one spelling: “email”'],
  [/"/, 'curly quotes “…” around on-screen words'],
  [/'/, 'a curly apostrophe ’'],
  [/\bpassword of\b/i, '“your ASAHI Net ID’s password”, “the one for your ASAHI Net ID”'],
  [/\bof (your|that|the) ASAHI Net ID\b/i, '“for your ASAHI Net ID”, “your ASAHI Net ID’s …”'],
  [/\ba message of\b/i, '“a message from {{app}}”'],
  [/\b(a )?server of ASAHI Net\b/i, '“an ASAHI Net server”'],
  [/\bsubscribers of\b/i, '“Omakase Virus Check subscribers”'],
  [/\bthis guide knows\b/i, '“the messages in this guide”'],
  [/\bsources we could\b|\bwe could (check|confirm)\b/i, 'say what is uncertain plainly: “… may have no …”, “Apple has not said whether …”'],
  [/\bcould not be (checked|confirmed)\b|\bnot confirmed\b/i, 'say what is uncertain plainly: “we do not know …”, “Not known”'],
  [/\(secondary\)|exact name is not known/i, 'cite as a help site does: “setup guides from other internet providers”, “press reports, not Google”; describe a screen'],
];

/** The rules a text breaks, outside quoted on-screen words. */
export function englishViolations(text: string): string[] {
  const s = outsideQuotes(text);
  return RULES.filter(([pattern]) => pattern.test(s)).map(([, use]) => use);
}

describe('the English editor’s pass (docs/copy-style.md §10)', () => {
  it('finds each replaced phrase, and leaves quoted on-screen words alone', () => {
    expect(englishViolations('Your e-mail address')).toHaveLength(1);
    expect(englishViolations('Click "Change".')).toHaveLength(1);
    expect(englishViolations('The password of your ASAHI Net ID')).toHaveLength(2);
    expect(englishViolations('A message of {{app}}')).toHaveLength(1);
    expect(englishViolations('In the sources we could check, the screen has no such box.')).toHaveLength(1);
    expect(englishViolations('The boxes’ names could not be confirmed.')).toHaveLength(1);
    expect(englishViolations('Open “Internet E-mail Settings” and enter your ASAHI Net ID’s password.')).toEqual([]);
    expect(englishViolations('A message from {{app}}: the one for Omakase Virus Check subscribers.')).toEqual([]);
  });

  it('holds in every English string', () => {
    const found = [...en].flatMap(([key, text]) => englishViolations(text).map((use) => `${key}: ${use}`));
    expect(found).toEqual([]);
  });

  it('names each kind of address by one pair, “English (日本語)”, wherever it appears', () => {
    for (const [kind, { en: english, ja: japanese }] of Object.entries(ADDRESS_KINDS)) {
      const pair = `${english} (${japanese})`;
      expect(enResources.sheet.identity.address.kinds[kind as keyof typeof ADDRESS_KINDS], kind).toBe(pair);
      expect(enResources.reference.addresses.kinds[kind as keyof typeof ADDRESS_KINDS], kind).toBe(pair);
      expect(jaResources.sheet.identity.address.kinds[kind as keyof typeof ADDRESS_KINDS], kind).toBe(japanese);
      expect(jaResources.reference.addresses.kinds[kind as keyof typeof ADDRESS_KINDS], kind).toBe(japanese);
      // A sentence that names a kind uses the same English, with its Japanese beside it.
      for (const [key, text] of en) {
        if (text.includes(english) && !key.startsWith('exports.')) expect(text, key).toContain(pair);
      }
    }
  });
});
