/**
 * The rules that troubleshooting shares between the two question flows and the settings
 * checker: what a customer's incoming or outgoing setting should become. Every host, port
 * and security value is read from the settings table (src/settings/); nothing here spells one.
 */
import { defaultHost, offers, portsWith, serverOf } from '../settings/lookups';
import { HOSTS, PORTS, portWorksOn, securityOf, type Host, type Port, type Role, type Security } from '../settings/servers';
import type { AppSecurity, Network, YesNoUnsure } from './answers';

/** A complete, working server setting: a row of the settings table with one of its ports. */
export interface Setting {
  readonly host: Host;
  readonly port: Port;
  readonly security: Security;
}

function sslPortOf(host: Host): Port {
  const port = portsWith(host, 'ssl-tls')[0];
  if (port === undefined) throw new Error(`${serverOf(host).host} has no SSL/TLS port`);
  return port;
}

/** The unencrypted port to recommend: 110 or 587; never 25, which the guide counts on only on ASAHI Net's own line. */
function plainPortOf(host: Host): Port | undefined {
  return portsWith(host, 'none').find((port) => portWorksOn(port, undefined));
}

/**
 * The outgoing server the customer should use, from the one they have (if it is one of
 * ours) and their answer about the おまかせウイルスチェック option (※6).
 * - a subscriber should send through mails, the server ※6 gives for subscribers;
 * - a customer without the option is moved to mail, the standard server; "don't know" takes
 *   mail too, as the setup flow does;
 * - when nothing was said about the option, a customer who set mails is left on it.
 */
export function sendHostFor(current: Host | undefined, virusCheck: YesNoUnsure | undefined): Host {
  if (virusCheck === 'yes') return HOSTS.mails;
  if (current === HOSTS.mails) return virusCheck === undefined ? HOSTS.mails : HOSTS.mail;
  if (current === HOSTS.mailssl) return HOSTS.mailssl;
  return defaultHost('send');
}

/** An outgoing port that does not work on the customer's network (port 25 off ASAHI Net's own line). */
export function port25Blocked(role: Role, port: number | undefined, network: Network | undefined): boolean {
  return role === 'send' && port !== undefined && !portWorksOn(port, network);
}

/**
 * Receiving for an app that sends with POP before SMTP: the incoming server's unencrypted
 * port, since ASAHI Net's POP before SMTP servers do not support SSL/TLS
 * (src/settings/pop-before-smtp.ts).
 */
export function popBeforeSmtpReceiving(): Setting {
  const host = defaultHost('receive');
  const port = plainPortOf(host);
  if (port === undefined) throw new Error(`${host} has no unencrypted port`);
  return { host, port, security: 'none' };
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
