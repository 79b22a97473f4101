/**
 * Whether a typed host name is one of the provider's, and if not, which one it was meant to
 * be: the settings checker's reading of the server name fields. Every host is read from
 * the settings table (src/settings/servers.ts).
 */
import { ADDRESS_KINDS } from '../settings/account';
import { defaultHost } from '../settings/lookups';
import { HOSTS, SERVERS, type Host, type Role } from '../settings/servers';

/** Edits (insert, delete, replace) within which a typed host counts as a typo of ours. */
export const MAX_TYPO_DISTANCE = 3;

/** The provider's domain, read off its hosts: the part after the first label. */
export const PROVIDER_DOMAIN = HOSTS.pop.slice(HOSTS.pop.indexOf('.') + 1);

const HOST_SHAPE = /^[a-z0-9_-]+(\.[a-z0-9_-]+)*$/;
const MAX_HOST_LENGTH = 253;

/**
 * A host as DNS compares it: full-width characters made half-width (NFKC), the
 * ideographic full stop made a dot, lower case, no surrounding spaces, no trailing dot.
 * Upper case is harmless in a host name, so it is not an error.
 */
export function normaliseHost(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\u3002\uff61]/g, '.')
    .trim()
    .toLowerCase()
    .replace(/\.$/, '');
}

/** Whether a string can be read as a host name at all (so a URL value is understood). */
export function isHostShaped(raw: string): boolean {
  const host = normaliseHost(raw);
  return host.length > 0 && host.length <= MAX_HOST_LENGTH && HOST_SHAPE.test(host);
}

export function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

export type HostMatch =
  /** One of the provider's hosts; `fullWidth` when it was typed with full-width characters. */
  | { readonly kind: 'exact'; readonly host: Host; readonly fullWidth: boolean }
  /** The domain of an e-mail address (asahinet.jp, asahi-net.or.jp …), not a server. */
  | { readonly kind: 'address-domain' }
  /** Close to one of the provider's hosts: `meant` is the one it is closest to. */
  | { readonly kind: 'typo'; readonly meant: Host }
  /** Not a server of this provider. */
  | { readonly kind: 'unknown' };

function isAddressDomain(host: string): boolean {
  return ADDRESS_KINDS.some((k) => k.domain === host);
}

/**
 * Recognises a typed host. A near miss is a host within MAX_TYPO_DISTANCE edits of one
 * of ours (`mail.asahi-net.jp`), or the provider's domain with its first label missing,
 * misspelt or invented (`asahinet.or.jp`, `smtp.asahi-net.or.jp`, `pop.asahinet.jp`):
 * those mean the role's standard host unless the first label names one of ours.
 */
export function matchHost(raw: string, role: Role): HostMatch {
  const host = normaliseHost(raw);
  const exact = SERVERS.find((s) => s.host === host);
  if (exact) {
    const caseOnly = raw.trim().toLowerCase().replace(/\.$/, '');
    return { kind: 'exact', host: exact.host, fullWidth: caseOnly !== host };
  }
  if (isAddressDomain(host)) return { kind: 'address-domain' };

  // Nearest of all hosts; on a tie, the role's own host (SERVERS lists roles in order).
  const ranked = SERVERS.map((s) => ({ host: s.host, distance: levenshtein(host, s.host), own: s.role === role })).sort(
    (a, b) => a.distance - b.distance || Number(b.own) - Number(a.own),
  );
  const nearest = ranked[0];
  if (nearest && nearest.distance <= MAX_TYPO_DISTANCE) return { kind: 'typo', meant: nearest.host };

  if (levenshtein(host, PROVIDER_DOMAIN) <= MAX_TYPO_DISTANCE) return { kind: 'typo', meant: defaultHost(role) };
  const dot = host.indexOf('.');
  if (dot > 0) {
    const label = host.slice(0, dot);
    const rest = host.slice(dot + 1);
    if (levenshtein(rest, PROVIDER_DOMAIN) <= MAX_TYPO_DISTANCE || isAddressDomain(rest)) {
      const named = SERVERS.find((s) => s.host.slice(0, s.host.indexOf('.')) === label && s.role === role);
      return { kind: 'typo', meant: named?.host ?? defaultHost(role) };
    }
  }
  return { kind: 'unknown' };
}
