/**
 * Finds the table's entries in what a customer pasted or typed, most likely first.
 *
 * A code alone is enough (`0x800CCC0E`). Otherwise each entry's text is cut at its variable
 * parts into fragments, and each fragment is looked for in the normalised input, allowing
 * for typos: the fewest characters to change, add or drop so that it appears somewhere in
 * the input (approximate substring matching, Sellers 1980). The share of the message found
 * is 1 less those edits over its length. So extra text around a message (a second line,
 * "I get this:"), a few typos and a different server or account cost little, while text
 * that is not the message, or only shares its words in another order, finds too little.
 * A quick count of shared character n-grams first skips the entries that cannot match.
 *
 * An alert's title (Apple's "Cannot Get Mail") is found with its message, pasted together, and
 * alone: then every message it heads is a candidate, in the title's order (most likely first).
 */
import { VARIABLES, type AlertTitle, type MessageApp, type MessageEntry, type MessageLang } from './types';
import { MESSAGES, TITLES, messageById } from './index';
import { codesIn, normalise } from './normalise';

/** An entry counts as found when this share of it is in the input. */
export const MIN_SHARE = 0.75;
/** The n-gram prefilter's share: below it, the edit distance could not reach MIN_SHARE. */
const MIN_GRAM_SHARE = 0.4;
/** Candidates far weaker than the best (a short generic line inside a longer message) are left out. */
const MIN_WEIGHT_OF_BEST = 0.6;
/** The shortest input (normalised characters) that may be a part of a longer message. */
const MIN_PART = 30;
const MIN_PART_JA = 12;
const PART_WEIGHT = 0.9;
const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

const PLACEHOLDER = new RegExp(`\\{(?:${VARIABLES.join('|')})\\}`, 'g');

function grams(text: string): string[] {
  const chars = [...text];
  if (chars.length < 3) return chars.length > 0 ? [chars.join('')] : [];
  return chars.slice(0, chars.length - 2).map((_, i) => chars.slice(i, i + 3).join(''));
}

/** The fewest edits that make `pattern` a substring of `text` (both as code points). */
export function substringDistance(pattern: readonly string[], text: readonly string[]): number {
  // Row j: the distance of pattern[0..i) to a substring of text ending at j; a match may start anywhere.
  let previous = new Array<number>(text.length + 1).fill(0);
  for (let i = 1; i <= pattern.length; i++) {
    const current = [i];
    for (let j = 1; j <= text.length; j++) {
      const substitute = (previous[j - 1] ?? 0) + (pattern[i - 1] === text[j - 1] ? 0 : 1);
      current.push(Math.min(substitute, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1));
    }
    previous = current;
  }
  return Math.min(...previous);
}

interface Indexed {
  readonly entry: MessageEntry;
  readonly lang: MessageLang;
  /** The message under one of its titles: counts only where the message alone is found too. */
  readonly titled?: true;
  /** The text's fragments between its variable parts, normalised, as code points. */
  readonly fragments: readonly (readonly string[])[];
  readonly grams: readonly string[];
  readonly length: number;
}

function indexed(text: string): Pick<Indexed, 'fragments' | 'grams' | 'length'> {
  const fragments = text
    .split(PLACEHOLDER)
    .map((f) => [...normalise(f)])
    .filter((f) => f.length > 0);
  const length = fragments.reduce((n, f) => n + f.length, 0);
  return { fragments, grams: fragments.flatMap((f) => grams(f.join(''))), length };
}

/** Each message in each language, and again under each title it has, as the alert shows the two. */
const INDEX: readonly Indexed[] = MESSAGES.flatMap((entry) =>
  (['ja', 'en'] as const).flatMap((lang) => {
    const text = entry.texts[lang]?.text;
    // A code entry's text is its code: matched by codesIn, not as text.
    if (text === undefined || text === entry.code) return [];
    const titled = (entry.titles ?? []).flatMap((t) => {
      const title = t.texts[lang]?.text;
      return title === undefined ? [] : [{ entry, lang, titled: true as const, ...indexed(`${title}\n${text}`) }];
    });
    return [{ entry, lang, ...indexed(text) }, ...titled];
  }),
);

interface IndexedTitle extends Pick<Indexed, 'fragments' | 'grams' | 'length'> {
  readonly title: AlertTitle;
  readonly lang: MessageLang;
  readonly heads: readonly MessageEntry[];
}

/** Each title alone. */
const TITLE_INDEX: readonly IndexedTitle[] = TITLES.flatMap((title) =>
  (['ja', 'en'] as const).flatMap((lang) => {
    const text = title.texts[lang]?.text;
    const heads = title.heads.map((id) => messageById(id)).filter((m): m is MessageEntry => m !== undefined);
    return text === undefined ? [] : [{ title, lang, heads, ...indexed(text) }];
  }),
);

/** A message counts with its title when this share of the message alone is in the input. */
const MIN_SHARE_WITH_TITLE = 0.9;

/** A title counts as typed alone when the input is at most this much longer than the title. */
const TITLE_ALONE = 2;

export interface Candidate {
  readonly entry: MessageEntry;
  /** The language of the text that matched; undefined when the code alone did. */
  readonly lang?: MessageLang;
  /** 0–1: the share of the message found in the input (1 for a code). */
  readonly share: number;
  /** The title the input was, alone: the entry is one of the messages it heads. */
  readonly title?: AlertTitle;
}

/** How much of the message is in the input. */
function shareOf(item: Pick<Indexed, 'fragments' | 'grams' | 'length'>, input: string, chars: readonly string[]): number {
  if (item.length === 0) return 0;
  const found = item.grams.filter((g) => input.includes(g)).length;
  if (found / item.grams.length < MIN_GRAM_SHARE) return 0;
  const edits = item.fragments.reduce((n, f) => n + substringDistance(f, chars), 0);
  return Math.max(0, 1 - edits / item.length);
}

/**
 * How much of the input is in the message, for a customer who typed or pasted part of a long
 * one; only for inputs long enough to say something (a word or two could be in any message).
 */
function partShareOf(item: Indexed, chars: readonly string[], inputGrams: readonly string[]): number {
  const japanese = chars.some((c) => JAPANESE.test(c));
  if (chars.length < (japanese ? MIN_PART_JA : MIN_PART) || chars.length >= item.length) return 0;
  const whole = item.fragments.map((f) => f.join('')).join('');
  if (inputGrams.filter((g) => whole.includes(g)).length / inputGrams.length < MIN_GRAM_SHARE) return 0;
  return Math.max(0, 1 - substringDistance(chars, [...whole]) / chars.length);
}

/**
 * The entries the input is most likely to be, best first: codes it names, then messages by
 * how much of them it holds, weighted by their length (of two messages found whole, the
 * fuller one says more). `app` limits the search to one app's messages. Empty when nothing
 * is found.
 */
export function matchMessage(input: string, app?: MessageApp): Candidate[] {
  const inApp = (e: MessageEntry) => app === undefined || e.app === app;
  const codes = codesIn(input);
  const byCode = MESSAGES.filter((e) => inApp(e) && e.code !== undefined && e.texts.en?.text === e.code && codes.includes(e.code)).map(
    (entry): Candidate => ({ entry, share: 1 }),
  );

  const text = normalise(input);
  const chars = [...text];
  const best = new Map<string, { candidate: Candidate; weight: number; whole: boolean }>();
  const inputGrams = grams(text);
  // Where each message alone was found nearly whole (its own item comes before its titled ones):
  // a title counts with the message only then, not where a short title is a phrase of another text.
  const alone = new Set<string>();
  for (const item of INDEX) {
    if (!inApp(item.entry)) continue;
    if (item.titled && !alone.has(`${item.entry.id} ${item.lang}`)) continue;
    const whole = shareOf(item, text, chars);
    if (!item.titled && whole >= MIN_SHARE_WITH_TITLE) alone.add(`${item.entry.id} ${item.lang}`);
    const part = whole >= MIN_SHARE ? 0 : partShareOf(item, chars, inputGrams);
    const share = Math.max(whole, part);
    if (share < MIN_SHARE) continue;
    // Of a whole message and a part of a longer one that read the same, the whole comes first.
    const weight = whole >= MIN_SHARE ? item.length * share * share : chars.length * share * share * PART_WEIGHT;
    const before = best.get(item.entry.id);
    if (!before || before.weight < weight) {
      best.set(item.entry.id, { candidate: { entry: item.entry, lang: item.lang, share }, weight, whole: whole >= MIN_SHARE });
    }
  }
  for (const item of TITLE_INDEX) {
    if (chars.length > item.length * TITLE_ALONE) continue;
    const share = shareOf(item, text, chars);
    if (share < MIN_SHARE) continue;
    item.heads.forEach((entry, i) => {
      if (!inApp(entry)) return;
      // In the title's order: each head a little lighter than the one before.
      const weight = item.length * share * share * (1 - i / 1000);
      const before = best.get(entry.id);
      if (!before || before.weight < weight) best.set(entry.id, { candidate: { entry, lang: item.lang, share, title: item.title }, weight, whole: false });
    });
  }
  const scored = [...best.values()].sort((a, b) => b.weight - a.weight);
  const top = scored[0]?.weight ?? 0;
  const kept = scored.filter((s) => s.weight >= top * MIN_WEIGHT_OF_BEST);
  const byText = kept.map((s) => s.candidate);
  // A whole dialog text found with its code says more than the code: it takes the code's place.
  const withText = byCode.map((c) => kept.find((t) => t.whole && t.candidate.entry.code === c.entry.code)?.candidate ?? c);
  return [...withText, ...byText.filter((t) => !withText.includes(t))];
}
