/**
 * The rules of docs/copy-style.md that a machine can check, over every string of both
 * languages. The rest (verbatim labels, certainty, whole sentences) needs a reader: see the
 * style sheet.
 */
import { describe, expect, it } from 'vitest';
import enResources from './en/resources';
import jaResources from './ja/resources';
import { BANNED_EN, BANNED_JA, JAPANESE_FOR_JAPANESE_READERS, JAPANESE_IN_ENGLISH } from './glossary';
import { leaves, type Tree } from './leaves';

const ja = leaves(jaResources as unknown as Tree);
const en = leaves(enResources as unknown as Tree);

const JAPANESE = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々`;
/** Japanese text and its full-width punctuation. */
const JA_CHAR = new RegExp(`[${JAPANESE}、。（）「」『』・：？！]`, 'u');
const LATIN = /[A-Za-z0-9]/;

/** A verbatim label keeps the app's own spacing (§4), so 「…」 is left out of the checks. */
function outsideQuotes(text: string): string {
  return text.replace(/「[^」]*」/g, '「」');
}

/**
 * A walkthrough's screens (`apps.<app>.screens.…`: titles, labels, choices) are the app's own
 * words where docs/apps.md confirms them, so, like 「…」, they keep the app's terms and spacing.
 */
const APP_WORDS = /^apps\.[^.]+\.screens\./;

/** Where a space stands between Japanese and a Latin letter or digit, on either side (§2). */
export function spacingViolations(text: string): string[] {
  // An interpolated value ({{host}}, {{port}}) is Latin text in the sentence.
  const s = outsideQuotes(text).replace(/\{\{\s*\w+\s*\}\}/g, 'X');
  const found: string[] = [];
  for (let i = 1; i < s.length - 1; i++) {
    if (s[i] !== ' ') continue;
    const before = s[i - 1] ?? '';
    const after = s[i + 1] ?? '';
    if ((JA_CHAR.test(before) && LATIN.test(after)) || (LATIN.test(before) && JA_CHAR.test(after))) {
      found.push(s.slice(Math.max(0, i - 6), i + 7));
    }
  }
  return found;
}

describe('the spacing rule (docs/copy-style.md §2)', () => {
  it('finds a space between Japanese and Latin text on either side, and only there', () => {
    expect(spacingViolations('ASAHIネットID でのみ')).toHaveLength(1);
    expect(spacingViolations('ポート {{port}} を使います')).toHaveLength(2);
    expect(spacingViolations('ASAHIネットIDで「TLS/SSL を使用」をオンにします。POP before SMTPです。')).toEqual([]);
    expect(spacingViolations('ASAHIネット メール設定（例: {{example}}）')).toEqual([]);
  });

  it('holds in every Japanese string', () => {
    for (const [key, text] of ja) if (!APP_WORDS.test(key)) expect(spacingViolations(text), key).toEqual([]);
  });
});

describe('the glossary (docs/copy-style.md §1)', () => {
  it('Japanese strings use the chosen terms, outside verbatim labels', () => {
    for (const [key, text] of ja) {
      if (APP_WORDS.test(key)) continue;
      for (const [banned, use] of Object.entries(BANNED_JA)) {
        expect(outsideQuotes(text).includes(banned), `${key}: "${banned}" → ${use}`).toBe(false);
      }
    }
  });

  it('English strings use the chosen terms and say no more than the source', () => {
    for (const [key, text] of en) {
      if (APP_WORDS.test(key)) continue;
      for (const [banned, use] of Object.entries(BANNED_EN)) {
        expect(new RegExp(`\\b${banned}\\b`, 'i').test(text), `${key}: "${banned}" → ${use}`).toBe(false);
      }
    }
  });

  it('an English string quotes a Japanese term only beside its agreed English', () => {
    // A Latin word glued to the Japanese is part of the term (「ID宛メールアドレス」).
    const run = new RegExp(`(?:[A-Z]+(?=[${JAPANESE}]))?[${JAPANESE}「」・]+(?: [${JAPANESE}「」・]+)*`, 'gu');
    for (const [key, text] of en) {
      if (JAPANESE_FOR_JAPANESE_READERS.includes(key) || APP_WORDS.test(key)) continue;
      for (const [match] of text.matchAll(run)) {
        const english = JAPANESE_IN_ENGLISH[match];
        expect(english, `${key}: "${match}" is not in the glossary`).toBeDefined();
        expect(text.toLowerCase(), `${key}: "${match}" needs "${english}" beside it`).toContain((english ?? '').toLowerCase());
      }
    }
  });
});
