/**
 * An Apple configuration profile (.mobileconfig) with one Mail payload for an outcome
 * (SPEC §5, §6): apple/device-management mdm/profiles/TopLevel.yaml and
 * com.apple.mail.managed.yaml. The profile is unsigned, so the device shows it as
 * "Unverified"; it never carries a password — the device asks for it while installing.
 */
import type { Outcome, ReceiveAuth } from '../flow/recommend';
import { checkAddress, normaliseId } from './identity';
import { plistXml, type PlistNode } from './xml';

export { mobileconfigSupport, type MobileconfigReason } from './export-support';

/** The words the device shows; the page passes its translations. */
export interface ProfileText {
  /** The profile's name in Settings → Profiles. */
  readonly displayName: string;
  /** Shown on the profile's detail screen before installing. */
  readonly description: string;
  /** The account's name in Mail and Settings. */
  readonly accountDescription: string;
}

/** Used only when the page passes no text (exports:apple.profile has the translations). */
export const DEFAULT_PROFILE_TEXT: ProfileText = {
  displayName: 'ASAHIネット メール設定',
  description: 'ASAHIネットのメールアカウント（POP）を「メール」に追加します。パスワードはインストールの途中で入力します。',
  accountDescription: 'ASAHIネット メール',
};

export interface MobileconfigOptions {
  /** Without it the device asks for the user name while installing. */
  readonly id?: string;
  /** Without it the device asks for the address while installing. */
  readonly address?: string;
  /** A fresh UUID per call: use randomUuid. */
  readonly uuid: () => string;
  readonly text?: Partial<ProfileText>;
}

export const PROFILE_IDENTIFIER_BASE = 'jp.asahi-net.mail-guide';

/**
 * A device replaces an installed profile that has the same PayloadIdentifier
 * (TopLevel.yaml). Keyed on the ID, a new profile for the same account replaces the old
 * one, and two accounts on one device live side by side; keyed on the outcome code, a
 * second account with the same settings would replace the first — and with it the
 * account's downloaded mail. Without an ID there is nothing better than the code.
 */
export function profileIdentifier(outcome: Outcome, id?: string): string {
  return id ? `${PROFILE_IDENTIFIER_BASE}.account.${id}` : `${PROFILE_IDENTIFIER_BASE}.${outcome.code}`;
}

// Apple has no APOP value; mobileconfigSupport rules APOP out before this is used.
const INCOMING_AUTH: Record<Exclude<ReceiveAuth, 'apop'>, 'EmailAuthPassword'> = {
  'normal-password': 'EmailAuthPassword',
};

function optional(key: string, value: string | undefined): Record<string, PlistNode> {
  return value === undefined ? {} : { [key]: value };
}

/** Throws for an unsupported outcome or an invalid ID or address: check them first. */
export function mobileconfigXml(outcome: Outcome, options: MobileconfigOptions): string {
  const { receive, send } = outcome;
  if (receive.auth === 'apop' || send.auth === 'pop-before-smtp') {
    throw new Error(`a profile cannot express outcome ${outcome.code}`);
  }
  const id = options.id === undefined || options.id === '' ? undefined : normaliseId(options.id);
  if (id && id.status !== 'ok') throw new Error('not a valid ASAHI Net ID');
  const address = options.address === undefined || options.address === '' ? undefined : checkAddress(options.address);
  if (address && address.status !== 'ok') throw new Error('not a usable e-mail address');
  const text = { ...DEFAULT_PROFILE_TEXT, ...options.text };
  const identifier = profileIdentifier(outcome, id?.value);

  const mail: Record<string, PlistNode> = {
    PayloadType: 'com.apple.mail.managed',
    PayloadVersion: 1,
    PayloadIdentifier: `${identifier}.mail`,
    PayloadUUID: options.uuid(),
    PayloadDisplayName: text.accountDescription,
    EmailAccountType: 'EmailTypePOP',
    EmailAccountDescription: text.accountDescription,
    ...optional('EmailAddress', address?.value),
    IncomingMailServerHostName: receive.host,
    IncomingMailServerPortNumber: receive.port,
    IncomingMailServerUseSSL: receive.security === 'ssl-tls',
    IncomingMailServerAuthentication: INCOMING_AUTH[receive.auth],
    ...optional('IncomingMailServerUsername', id?.value),
    OutgoingMailServerHostName: send.host,
    OutgoingMailServerPortNumber: send.port,
    OutgoingMailServerUseSSL: send.security === 'ssl-tls',
    // SMTP AUTH with the same user name and password as receiving.
    OutgoingMailServerAuthentication: 'EmailAuthPassword',
    ...optional('OutgoingMailServerUsername', id?.value),
    OutgoingPasswordSameAsIncomingPassword: true,
  };

  return plistXml({
    PayloadType: 'Configuration',
    PayloadVersion: 1,
    PayloadIdentifier: identifier,
    PayloadUUID: options.uuid(),
    PayloadDisplayName: text.displayName,
    PayloadDescription: text.description,
    PayloadContent: [mail],
  });
}

/** What randomUuid needs of `crypto`; randomUUID is missing on plain-http origins. */
export interface UuidSource {
  readonly getRandomValues: <T extends Uint8Array>(array: T) => T;
  readonly randomUUID?: () => string;
}

/** A version 4 UUID, upper case as Apple's own tools write them. */
export function randomUuid(source: UuidSource = globalThis.crypto): string {
  if (typeof source.randomUUID === 'function') return source.randomUUID().toUpperCase();
  const bytes = source.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40; // version 4
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80; // RFC 4122 variant
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`.toUpperCase();
}
