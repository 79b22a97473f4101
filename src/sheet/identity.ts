/**
 * Input help for the optional "your ASAHI Net ID" and "your e-mail address" fields on the
 * result (SPEC §5). Functions return ids, never sentences: the page renders them with
 * the `sheet` translations. Nothing here stores or sends what the customer types.
 */
import {
  ADDRESS_KINDS,
  FORBIDDEN_ADDRESS_DOMAIN,
  ID_CHARACTERS,
  type AddressKind,
} from '../settings/account';

/** What normalisation changed, in the order the page lists the notes. */
export const CHANGE_IDS = ['full-width', 'hyphen', 'upper-case', 'spaces'] as const;
export type ChangeId = (typeof CHANGE_IDS)[number];

export type IdIssue = 'looks-like-address' | 'invalid-characters';

export type IdCheck =
  | { readonly status: 'empty'; readonly value: ''; readonly changes: readonly ChangeId[] }
  | { readonly status: 'ok'; readonly value: string; readonly changes: readonly ChangeId[] }
  | {
      readonly status: 'issue';
      readonly value: string;
      readonly changes: readonly ChangeId[];
      readonly issue: 'invalid-characters';
    }
  | {
      readonly status: 'issue';
      readonly value: string;
      readonly changes: readonly ChangeId[];
      readonly issue: 'looks-like-address';
      /**
       * The ID inside the address, only where the address is built from the ID: the ID
       * address (ID宛メールアドレス) and `<ID>@atson.net`. For any other address the part
       * before "@" is a name the customer chose, not the ID, so there is nothing to suggest.
       */
      readonly suggestion: string | null;
    };

export type AddressError = 'atson' | 'not-an-address';

export type AddressCheck =
  | { readonly status: 'empty'; readonly value: ''; readonly changes: readonly ChangeId[] }
  | {
      readonly status: 'error';
      readonly value: string;
      readonly changes: readonly ChangeId[];
      readonly error: AddressError;
    }
  | {
      readonly status: 'ok';
      readonly value: string;
      readonly changes: readonly ChangeId[];
      readonly kind: AddressKind;
      readonly domain: string;
    };

/**
 * Dashes a Japanese IME produces where "-" was meant: NFKC folds the full-width
 * hyphen-minus (U+FF0D) but not these, and an ID or address can only mean "-".
 * (‐ ‑ ‒ – — ― − ー, and ｰ after NFKC has made it ー.)
 */
const HYPHEN_LOOKALIKE = /[\u2010-\u2015\u2212\u30FC]/;
const HYPHEN_LOOKALIKES = new RegExp(HYPHEN_LOOKALIKE.source, 'g');
const WHITESPACE = /\s/gu; // includes the full-width space U+3000

interface Normalised {
  readonly text: string;
  readonly changes: ReadonlySet<ChangeId>;
}

/** NFKC, dashes to "-", whitespace removed; case is left to the caller. */
function normaliseText(raw: string): Normalised {
  const changes = new Set<ChangeId>();
  for (const ch of raw) {
    if (/\s/u.test(ch)) {
      changes.add('spaces');
      continue;
    }
    const folded = ch.normalize('NFKC');
    if (HYPHEN_LOOKALIKE.test(folded)) changes.add('hyphen');
    else if (folded !== ch) changes.add('full-width');
  }
  const text = raw.normalize('NFKC').replace(WHITESPACE, '').replace(HYPHEN_LOOKALIKES, '-');
  return { text, changes };
}

function ordered(changes: ReadonlySet<ChangeId>): ChangeId[] {
  return CHANGE_IDS.filter((c) => changes.has(c));
}

/** Domains whose addresses are `<ID>@domain`: the ID address, and atson.net. */
const ID_DOMAINS: readonly string[] = [
  ...ADDRESS_KINDS.filter((k) => k.kind === 'id-address').flatMap((k) => (k.domain ? [k.domain] : [])),
  FORBIDDEN_ADDRESS_DOMAIN,
];

/**
 * The ASAHI Net ID an address is built from, when it is one of the addresses that are
 * `<ID>@domain` (the ID address, or `<ID>@atson.net`); otherwise null. Expects a
 * normalised value.
 */
export function idFromAddress(address: string): string | null {
  const at = address.lastIndexOf('@');
  if (at < 0) return null;
  const local = address.slice(0, at).toLowerCase();
  const domain = address.slice(at + 1).toLowerCase();
  return ID_DOMAINS.includes(domain) && ID_CHARACTERS.test(local) ? local : null;
}

/**
 * The ID field: half-width lower case without spaces (すべて半角小文字), then the
 * characters an ID is made of. IDs come in more than one shape, so only characters are
 * checked (SPEC §2).
 */
export function normaliseId(raw: string): IdCheck {
  const { text, changes: found } = normaliseText(raw);
  const value = text.toLowerCase();
  if (value === '') return { status: 'empty', value: '', changes: [] };
  const changes = new Set(found);
  if (value !== text) changes.add('upper-case');
  const list = ordered(changes);
  if (value.includes('@')) {
    return { status: 'issue', value, changes: list, issue: 'looks-like-address', suggestion: idFromAddress(value) };
  }
  if (!ID_CHARACTERS.test(value)) return { status: 'issue', value, changes: list, issue: 'invalid-characters' };
  return { status: 'ok', value, changes: list };
}

// The unquoted local parts mail apps accept (RFC 5322 atext and dots; dots are not
// policed because older Japanese mobile addresses have "..", or "." before "@").
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$/;
// ASCII host names with at least two labels and an alphabetic top-level domain.
const DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,63}$/;

/**
 * The address field: NFKC, no spaces, the domain in lower case (the part before "@" is
 * left as typed: only the domain is case-insensitive by definition). Then the kind, from
 * the domain; any domain that is not ASAHI Net's own is an own-domain address.
 */
export function checkAddress(raw: string): AddressCheck {
  const { text, changes: found } = normaliseText(raw);
  if (text === '') return { status: 'empty', value: '', changes: [] };
  const changes = new Set(found);
  const at = text.lastIndexOf('@');
  const local = at < 0 ? text : text.slice(0, at);
  const typedDomain = at < 0 ? '' : text.slice(at + 1);
  const domain = typedDomain.toLowerCase();
  if (domain !== typedDomain) changes.add('upper-case');
  const value = at < 0 ? text : `${local}@${domain}`;
  const list = ordered(changes);

  // "ASAHIネットID@atson.net はメールアドレスとして利用できません" (the source).
  if (domain === FORBIDDEN_ADDRESS_DOMAIN) return { status: 'error', value, changes: list, error: 'atson' };
  if (at < 0 || !LOCAL_PART.test(local) || !DOMAIN.test(domain)) {
    return { status: 'error', value, changes: list, error: 'not-an-address' };
  }
  const kind = ADDRESS_KINDS.find((k) => k.domain === domain)?.kind ?? 'own-domain';
  return { status: 'ok', value, changes: list, kind, domain };
}
