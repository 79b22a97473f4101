/**
 * Pasted or retyped error text made comparable with the table: what differs between one
 * customer's message and another's, or between a screen and a retyping, is taken out.
 * - width and case: NFKC (全角 ＡＢＣ１２３ → ABC123, ｻｰﾊﾞｰ → サーバー), then lower case;
 * - the parts that vary: e-mail addresses, host names and IP addresses, and free-standing
 *   numbers (ports, socket errors, reply codes) are dropped;
 * - spacing, line breaks, quotes, brackets and punctuation: everything but letters and
 *   digits is dropped, so 「送信 (SMTP) サーバー」 and 「送信(SMTP)サーバー」 read alike.
 * Outlook's error codes are kept whole; codeIn() reads them first.
 */

/**
 * Addresses and host names are ASCII once width is folded (NFKC): matching them in ASCII only
 * keeps the Japanese around them, which Apple's Mac alerts write with no space or quote between
 * (「差出人のアドレスtaro@example.comは、サーバmail.asahi-net.or.jpから拒否されました。」).
 */
const ADDRESS = /[a-z0-9._%+-]+@[a-z0-9.-]+/g;
const HOST = /(?<![a-z0-9.-])(?:[a-z0-9-]+\.)+[a-z0-9-]*[a-z][a-z0-9-]*(?![a-z0-9-])|\b\d{1,3}(?:\.\d{1,3}){3}\b/g;
const NUMBER = /(?<![a-z0-9])\d+(?![a-z0-9])/g;
const NOT_LETTER = /[^\p{L}\p{N}]+/gu;
/** The long vowel mark, which Japanese UIs spell both ways (サーバ / サーバー). */
const LONG_VOWEL = /ー/g;
/** Outlook's codes: 0x800CCC0E, also without 0x and with the letter O typed for a zero. */
const CODE = /(?<![a-z0-9])(?:0x)?(800[0-9a-fo]{5}|8004[0-9a-fo]{4})(?![a-z0-9])/g;

function widthAndCase(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** The Outlook codes in a text, upper case with 0x (`0x800CCC0E`), in order, each once. */
export function codesIn(text: string): string[] {
  const found = [...widthAndCase(text).matchAll(CODE)].map((m) => `0x${(m[1] ?? '').replace(/o/g, '0').toUpperCase()}`);
  return [...new Set(found)];
}

/** The text with the variable parts out and nothing but letters and digits left, no spaces. */
export function normalise(text: string): string {
  return widthAndCase(text)
    .replace(ADDRESS, ' ')
    .replace(HOST, ' ')
    .replace(NUMBER, ' ')
    .replace(LONG_VOWEL, '')
    .replace(NOT_LETTER, '');
}
