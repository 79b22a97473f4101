/**
 * The rules of the Japanese editor's pass (docs/copy-style.md §9) that a machine can check,
 * over every Japanese string. Whether a sentence reads as natural help-site Japanese still
 * needs a reader.
 */
import { describe, expect, it } from 'vitest';
import jaResources from './ja/resources';
import { leaves, type Tree } from './leaves';

const ja = leaves(jaResources as unknown as Tree);

/** A verbatim label keeps the app's own words (§4), so 「…」 is left out of the checks. */
function outsideQuotes(text: string): string {
  return text.replace(/「[^」]*」/g, '「」');
}

/** A walkthrough's screens are the app's own words where docs/apps.md confirms them. */
const APP_WORDS = /^apps\.[^.]+\.screens\./;

const customerCopy = [...ja].filter(([key]) => !APP_WORDS.test(key));

/**
 * Research-speak: customer copy says what is uncertain once, plainly, with its source
 * (「ほかのプロバイダーの案内によると」), not how far our reading went.
 */
export const RESEARCH_SPEAK: readonly string[] = [
  '確認できた資料',
  '確認できた画面',
  '資料の範囲',
  '確認できていません',
  '確認できなかった',
  '確かめられなかった',
  '確かめられている',
  '出典を確かめられた',
  'このガイドが知っている',
  'とされています',
  'のほうとされ',
  '二次情報',
  '名前は未確認',
];

export function researchSpeak(text: string): string[] {
  const s = outsideQuotes(text);
  return RESEARCH_SPEAK.filter((phrase) => s.includes(phrase));
}

/** The answer's own words, without a trailing note in （）. */
function answerCore(text: string): string {
  return text.replace(/（[^（）]*）$/, '').trim();
}

/** 'polite' (…です, …ます, …ません), 'plain' (…る, …う, …ない, …た), or 'other' (a noun, はい). */
export function answerForm(text: string): 'polite' | 'plain' | 'other' {
  const core = answerCore(text);
  if (/(です|ます|ません|でした|ました)$/.test(core)) return 'polite';
  if (/(ない|た|[うくすつぬむぶぐる])$/.test(core)) return 'plain';
  return 'other';
}

/** Every question's options (`….options.<answer>`), grouped by question. */
function optionGroups(): Map<string, [string, string][]> {
  const groups = new Map<string, [string, string][]>();
  for (const [key, text] of ja) {
    const at = key.lastIndexOf('.options.');
    if (at < 0) continue;
    const question = key.slice(0, at);
    groups.set(question, [...(groups.get(question) ?? []), [key, text]]);
  }
  return groups;
}

describe('research-speak (docs/copy-style.md §9)', () => {
  it('finds the phrases outside 「」 only', () => {
    expect(researchSpeak('確認できた資料では、この画面に欄が見当たりませんでした。')).toEqual(['確認できた資料']);
    expect(researchSpeak('このガイドが知っているメッセージの一覧です。')).toEqual(['このガイドが知っている']);
    expect(researchSpeak('ほかのプロバイダーの案内によると、ここでは変えられません。')).toEqual([]);
  });

  it('no Japanese string speaks about our research', () => {
    for (const [key, text] of customerCopy) expect(researchSpeak(text), key).toEqual([]);
  });
});

describe('terms (docs/copy-style.md §1, §9)', () => {
  it('メールアプリ only in an app’s own name (「メール」アプリ), otherwise メールソフト', () => {
    expect(outsideQuotes('Windowsの「メール」アプリ').includes('メールアプリ')).toBe(false);
    for (const [key, text] of customerCopy) expect(outsideQuotes(text).includes('メールアプリ'), key).toBe(false);
  });

  it('送信メールチェック機能 is the provider’s generic name, never quoted as a label', () => {
    for (const [key, text] of ja) expect(text.includes('「送信メールチェック機能」'), key).toBe(false);
  });
});

describe('answer forms (docs/copy-style.md §9)', () => {
  it('tells polite from plain answers, ignoring a trailing note', () => {
    const cases: [string, ReturnType<typeof answerForm>][] = [
      ['登録済みです', 'polite'],
      ['登録していません', 'polite'],
      ['わからない', 'plain'],
      ['わからない・いろいろな場所で使う', 'plain'],
      ['チェックしていない（またはウイルス対策ソフトを使っていない）', 'plain'],
      ['auひかり回線（ASAHIネットのauひかりも含みます）', 'other'],
      ['はい', 'other'],
    ];
    for (const [text, form] of cases) expect(answerForm(text), text).toBe(form);
  });

  it('the options of one question do not mix です・ます with the plain form', () => {
    for (const [question, options] of optionGroups()) {
      const forms = new Set(options.map(([, text]) => answerForm(text)));
      expect(forms.has('polite') && forms.has('plain'), `${question}: ${options.map(([, t]) => t).join(' / ')}`).toBe(false);
    }
  });
});

describe('です・ます and full-width conventions (docs/copy-style.md §2)', () => {
  const plainEnding = /(?:だ|である)(?:[。！？]|$)/;
  const halfWidthParens = /\([^()]*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}][^()]*\)/u;
  const fullWidthLatin = /[Ａ-Ｚａ-ｚ０-９]/;

  it('finds what the rules forbid', () => {
    expect(plainEnding.test('ユーザー名はASAHIネットIDだ。')).toBe(true);
    expect(plainEnding.test('ユーザー名はASAHIネットIDです。')).toBe(false);
    expect(halfWidthParens.test('受信メールサーバー(POP3の設定)')).toBe(true);
    expect(halfWidthParens.test('ポート番号995（SSL/TLS）')).toBe(false);
    expect(fullWidthLatin.test('ASAHIネットＩＤ')).toBe(true);
  });

  it('no sentence ends in だ／である, outside 「」', () => {
    for (const [key, text] of customerCopy) expect(plainEnding.test(outsideQuotes(text)), key).toBe(false);
  });

  it('brackets around Japanese are full-width and Latin letters and digits half-width, outside 「」', () => {
    for (const [key, text] of customerCopy) {
      expect(halfWidthParens.test(outsideQuotes(text)), key).toBe(false);
      expect(fullWidthLatin.test(outsideQuotes(text)), key).toBe(false);
    }
  });
});
