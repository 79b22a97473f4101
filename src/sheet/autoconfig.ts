/**
 * The Thunderbird autoconfig file (config-v1.1.xml) for an outcome (SPEC §5, §6).
 *
 * Format: clientConfig version 1.1 (thunderbird/autoconfig docs/file-format/how-to.md);
 * how Thunderbird reads it: mailnews/base/prefs/content/accountcreation readFromXML.
 * Thunderbird has no entry for this provider and guesses; a guess of STARTTLS (on 587, say)
 * cannot connect here (※1–※5), so the file spells out every value. It never carries a password.
 */
import type { Outcome, ReceiveAuth, SendAuth } from '../flow/recommend';
import { ADDRESS_KINDS } from '../settings/account';
import type { Security } from '../settings/servers';
import { normaliseId } from './identity';
import { XML_DECLARATION, escapeXml } from './xml';

import { autoconfigDomains } from './export-support';

export { autoconfigDomains, autoconfigSupport, type AutoconfigReason } from './export-support';

/**
 * The ID is required. The user name is the ASAHI Net ID, not the address, and it cannot
 * be derived from most addresses: `%EMAILLOCALPART%` would be right only for the ID address
 * (ab4t-ash@asahi-net.or.jp) and wrong for ASAHIネットメール, マイメールアドレス and
 * own-domain addresses. Nor can it be left out: Thunderbird requires <username> on an
 * incoming server and on a password-authenticated outgoing one (readFromXML). So the page
 * offers this file only once the customer has typed a valid ID.
 */
export interface AutoconfigOptions {
  readonly id: string;
  /** Sets <domain>; without it the file lists every ASAHI Net mail domain. */
  readonly address?: string;
  /** The provider's name as Thunderbird shows it: exports:thunderbird.providerName. */
  readonly displayName?: string;
}

/** The provider id: ASAHI Net's own domain, the domain of its ID addresses. */
export const AUTOCONFIG_PROVIDER_ID: string = providerDomain();

function providerDomain(): string {
  const domain = ADDRESS_KINDS.find((k) => k.kind === 'id-address')?.domain;
  if (!domain) throw new Error('account.ts lists no ID-address domain');
  return domain;
}

export const AUTOCONFIG_DEFAULT_DISPLAY_NAME = 'ASAHIネット';

// Typed so STARTTLS cannot appear: the provider supports neither STARTTLS nor STLS.
const SOCKET_TYPE: Record<Security, 'SSL' | 'plain'> = { 'ssl-tls': 'SSL', none: 'plain' };

// Thunderbird's "Encrypted password" on POP is APOP when the server offers it (SPEC §6).
const INCOMING_AUTH: Record<ReceiveAuth, 'password-cleartext' | 'password-encrypted'> = {
  'normal-password': 'password-cleartext',
  apop: 'password-encrypted',
};

// SMTP AUTH is "Normal password" in Thunderbird (AUTH PLAIN/LOGIN), inside SSL/TLS on 465.
const OUTGOING_AUTH: Record<Exclude<SendAuth, 'pop-before-smtp'>, 'password-cleartext'> = {
  'smtp-auth': 'password-cleartext',
};

function element(depth: number, name: string, value: string | number): string {
  return `${'  '.repeat(depth)}<${name}>${escapeXml(String(value))}</${name}>`;
}

/** Throws for an unsupported outcome or an invalid ID or address: check them first. */
export function autoconfigXml(outcome: Outcome, options: AutoconfigOptions): string {
  const { receive, send } = outcome;
  if (send.auth === 'pop-before-smtp') throw new Error(`autoconfig cannot express outcome ${outcome.code}`);
  const id = normaliseId(options.id);
  if (id.status !== 'ok') throw new Error('autoconfig needs a valid ASAHI Net ID');

  const lines = [
    XML_DECLARATION,
    '<clientConfig version="1.1">',
    `  <emailProvider id="${escapeXml(AUTOCONFIG_PROVIDER_ID)}">`,
    ...autoconfigDomains(options.address).map((d) => element(2, 'domain', d)),
    element(2, 'displayName', options.displayName ?? AUTOCONFIG_DEFAULT_DISPLAY_NAME),
    element(2, 'displayShortName', options.displayName ?? AUTOCONFIG_DEFAULT_DISPLAY_NAME),
    '    <incomingServer type="pop3">',
    element(3, 'hostname', receive.host),
    element(3, 'port', receive.port),
    element(3, 'socketType', SOCKET_TYPE[receive.security]),
    element(3, 'authentication', INCOMING_AUTH[receive.auth]),
    element(3, 'username', id.value),
    '    </incomingServer>',
    '    <outgoingServer type="smtp">',
    element(3, 'hostname', send.host),
    element(3, 'port', send.port),
    element(3, 'socketType', SOCKET_TYPE[send.security]),
    element(3, 'authentication', OUTGOING_AUTH[send.auth]),
    element(3, 'username', id.value),
    '    </outgoingServer>',
    '  </emailProvider>',
    '</clientConfig>',
    '',
  ];
  return lines.join('\n');
}
