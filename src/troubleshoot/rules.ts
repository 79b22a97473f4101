/**
 * The rules that troubleshooting shares between the two question flows and the settings
 * checker: what a customer's incoming or outgoing setting should become, and whether a
 * typed host name is one of the provider's. Every host, port and security value is read
 * from the settings table (src/settings/servers.ts); nothing here spells one.
 */
import { ADDRESS_KINDS } from '../settings/account';
import { HOSTS, PORTS, SERVERS, securityOf, type Host, type Port, type Role, type Security, type Server } from '../settings/servers';
import { optionsOf, type AnswerOf } from '../flow/steps';

/**
 * What a mail app may show as "connection security". STARTTLS is here because apps
 * offer it (often by default), not because the provider supports it: it never does.
 */
export const APP_SECURITY = ['ssl-tls', 'starttls', 'none'] as const;
export type AppSecurity = (typeof APP_SECURITY)[number];

/** The form of the user name the app holds. Only the form: the ID itself is personal. */
export const USER_FORMS = ['id', 'id-uppercase', 'address', 'other'] as const;
export type UserForm = (typeof USER_FORMS)[number];

/** The setup flow's network answers, so that troubleshooting answers carry over to setup. */
export const NETWORKS = optionsOf('network');
export type Network = AnswerOf<'network'>;
export type YesNoUnsure = AnswerOf<'virus-check'>;

/** A complete, working server setting: a row of the settings table with one of its ports. */
export interface Setting {
  readonly host: Host;
  readonly port: Port;
  readonly security: Security;
}

export function serverOf(host: Host): Server {
  const server = SERVERS.find((s) => s.host === host);
  // Host is the union of HOSTS' values and every one of them has a row.
  if (!server) throw new Error(`no server row for ${host}`);
  return server;
}

export function roleOf(host: Host): Role {
  return serverOf(host).role;
}

export function offers(host: Host, port: number): port is Port {
  return serverOf(host).ports.some((p) => p.port === port);
}

/** Every port that any server of the role offers. */
export function portsOfRole(role: Role): readonly Port[] {
  return [...new Set(SERVERS.filter((s) => s.role === role).flatMap((s) => s.ports.map((p) => p.port)))];
}

/** The standard server of a role: the first of the source's rows for it (pop, mail). */
export function defaultHost(role: Role): Host {
  const server = SERVERS.find((s) => s.role === role);
  if (!server) throw new Error(`no server for ${role}`);
  return server.host;
}

function sslPortOf(host: Host): Port {
  const port = serverOf(host).ports.find((p) => p.security === 'ssl-tls');
  if (!port) throw new Error(`${host} has no SSL/TLS port`);
  return port.port;
}

/** The unencrypted port to recommend: 110 or 587; never 25, which many networks block. */
function plainPortOf(host: Host): Port | undefined {
  return serverOf(host).ports.find((p) => p.security === 'none' && p.port !== PORTS.smtp)?.port;
}

/**
 * The outgoing server the customer should use, from the one they have (if it is one of
 * ours) and their answer about the おまかせウイルスチェック option (※6).
 * - a subscriber should send through mails (the virus check happens only there);
 * - mails without the option is wrong; "don't know" takes mail, which works for everyone;
 * - when nothing was said about the option, a customer who set mails is left on it.
 */
export function sendHostFor(current: Host | undefined, virusCheck: YesNoUnsure | undefined): Host {
  if (virusCheck === 'yes') return HOSTS.mails;
  if (current === HOSTS.mails) return virusCheck === undefined ? HOSTS.mails : HOSTS.mail;
  if (current === HOSTS.mailssl) return HOSTS.mailssl;
  return defaultHost('send');
}

/** Port 25 works only on ASAHI Net's own line: au Hikari rules it out (※5), others block it (OP25B). */
export function port25Blocked(role: Role, port: number | undefined, network: Network | undefined): boolean {
  return role === 'send' && port === PORTS.smtp && network !== 'asahi';
}

/**
 * The setting the customer's should become, changing as little as works:
 * - a port the host offers keeps its number, and security becomes the port's own
 *   (STARTTLS → the port's; None on 995/465 → SSL/TLS), except that SSL/TLS chosen on
 *   an unencrypted port moves to the host's SSL/TLS port, keeping the encryption;
 * - a port the host does not offer, no port, or port 25 where it is blocked: the
 *   unencrypted port (110/587) if the customer chose None, else the SSL/TLS port
 *   (995/465), which the provider recommends; port 25 without SSL/TLS becomes the
 *   submission port 587, as the source says for OP25B.
 * So the result never has STARTTLS, and has port 25 only where the customer already
 * uses it on ASAHI Net's own line.
 */
export function targetSetting(
  role: Role,
  host: Host,
  port: number | undefined,
  security: AppSecurity | undefined,
  network: Network | undefined,
): Setting {
  if (port !== undefined && offers(host, port) && !port25Blocked(role, port, network)) {
    const own = securityOf(port);
    if (security === undefined || security === 'starttls' || security === own) return { host, port, security: own };
    if (security === 'ssl-tls') return { host, port: sslPortOf(host), security: 'ssl-tls' };
    return { host, port, security: 'ssl-tls' };
  }
  const plain = plainPortOf(host);
  const wantsPlain = security === 'none' || (port === PORTS.smtp && security !== 'ssl-tls');
  if (wantsPlain && plain !== undefined) return { host, port: plain, security: 'none' };
  return { host, port: sslPortOf(host), security: 'ssl-tls' };
}

/**
 * The other working choice for an app that cannot do what the target asks: the
 * unencrypted port for an SSL/TLS target (on the standard host when the target's host,
 * mailssl, has none), or the SSL/TLS port for an unencrypted one.
 */
export function alternativeSetting(role: Role, target: Setting): Setting | undefined {
  if (target.security === 'none') return { host: target.host, port: sslPortOf(target.host), security: 'ssl-tls' };
  const own = plainPortOf(target.host);
  if (own !== undefined) return { host: target.host, port: own, security: 'none' };
  const host = defaultHost(role);
  const port = plainPortOf(host);
  return port === undefined ? undefined : { host, port, security: 'none' };
}

// --- host names -----------------------------------------------------------------------

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
