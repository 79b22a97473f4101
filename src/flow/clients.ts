/**
 * Mail app presets for the `client` step: what each app supports.
 *
 * Sources (shared/SPEC.md §6 research table, summarised there from each vendor's
 * documentation). Where a fact is not confirmed it is `unsure`, and the recommendation
 * takes the safe choice for it (see recommend.ts), exactly as if the customer had
 * answered "don't know" for an unlisted app.
 */

export type Capability = 'yes' | 'no' | 'unsure';

export interface Capabilities {
  /** POP over SSL/TLS on 995 and SMTP over SSL/TLS on 465 (implicit TLS). */
  readonly ssl: Capability;
  readonly smtpAuth: Capability;
  readonly apop: Capability;
}

/**
 * The set of labels the result uses for an app's own words. Apps without a set of
 * their own use `generic`.
 */
export type LabelSet = 'generic' | 'thunderbird' | 'outlook' | 'apple-mail' | 'ios-mail' | 'android';

/**
 * How safe the app is to set up today, for the apps page: `risky` works but with a caution,
 * `at-risk` may stop working for POP accounts (a vendor has announced changes).
 */
export type AppStatus = 'current' | 'risky' | 'at-risk';

export interface ClientPreset {
  /** Whether the app can have a POP3 account at all (the apps page). */
  readonly pop3: Capability;
  readonly status: AppStatus;
  readonly capabilities: Capabilities;
  readonly labels: LabelSet;
  /** An honest warning shown on the result, for apps that work but are risky. */
  readonly caution?: 'new-outlook';
}

export const CLIENT_IDS = [
  'outlook',
  'new-outlook',
  'thunderbird',
  'apple-mail',
  'ios-mail',
  'android',
  'becky',
  'other',
] as const;

export type ClientId = (typeof CLIENT_IDS)[number];
export type PresetClientId = Exclude<ClientId, 'other'>;

export const CLIENT_PRESETS: Record<PresetClientId, ClientPreset> = {
  // Outlook (classic) for Windows: encryption list None / SSL/TLS / STARTTLS / Auto,
  // "My outgoing server (SMTP) requires authentication"; no APOP (SPEC §6).
  outlook: { pop3: 'yes', status: 'current', capabilities: { ssl: 'yes', smtpAuth: 'yes', apop: 'no' }, labels: 'outlook' },
  // New Outlook for Windows fetches POP mail through Microsoft's cloud; its support for
  // each option is not confirmed (SPEC §6), so every capability is `unsure`. POP itself is
  // supported (learn.microsoft.com, supported account types; docs/apps.md §3).
  'new-outlook': {
    pop3: 'yes',
    status: 'risky',
    capabilities: { ssl: 'unsure', smtpAuth: 'unsure', apop: 'unsure' },
    labels: 'generic',
    caution: 'new-outlook',
  },
  // Thunderbird: SSL/TLS, STARTTLS, None; "Encrypted password" on POP is APOP when the
  // server offers it (Thunderbird source, Pop3Client.sys.mjs; SPEC §6).
  thunderbird: { pop3: 'yes', status: 'current', capabilities: { ssl: 'yes', smtpAuth: 'yes', apop: 'yes' }, labels: 'thunderbird' },
  // Apple Mail on the Mac: "Use TLS/SSL" once "Automatically manage connection settings"
  // is off; APOP not confirmed (SPEC §6).
  'apple-mail': { pop3: 'yes', status: 'current', capabilities: { ssl: 'yes', smtpAuth: 'yes', apop: 'unsure' }, labels: 'apple-mail' },
  // Mail on iPhone/iPad: POP accounts with "Use SSL"; APOP not confirmed (SPEC §6).
  'ios-mail': { pop3: 'yes', status: 'current', capabilities: { ssl: 'yes', smtpAuth: 'yes', apop: 'unsure' }, labels: 'ios-mail' },
  // Android mail apps (Gmail app, "other" account): SMTP AUTH yes; SSL/TLS and APOP not
  // confirmed across apps (SPEC §6). POP3: Thunderbird for Android and the classic Email app
  // have it (their strings, docs/apps.md §6); the Gmail app adds other providers' accounts by
  // IMAP according to press reports, and Gmail ended POP fetching (Google), hence `at-risk`.
  android: { pop3: 'yes', status: 'at-risk', capabilities: { ssl: 'unsure', smtpAuth: 'yes', apop: 'unsure' }, labels: 'android' },
  // Becky! Internet Mail: SSL/TLS, SMTP AUTH and APOP (SPEC §6).
  becky: { pop3: 'yes', status: 'current', capabilities: { ssl: 'yes', smtpAuth: 'yes', apop: 'yes' }, labels: 'generic' },
};

/** The preset apps, in the order the client question lists them. */
export const PRESET_CLIENT_IDS = CLIENT_IDS.filter((id): id is PresetClientId => id !== 'other');

export function isPresetClient(value: string | undefined): value is PresetClientId {
  return (PRESET_CLIENT_IDS as readonly (string | undefined)[]).includes(value);
}

/**
 * Apps and features customers may still use that cannot be set up any more, for the apps page:
 * Windows Mail stopped sending and receiving after 2024-12-31 (Microsoft; shared/SPEC.md §6);
 * Gmail on a computer no longer checks other accounts' mail by POP from January 2026 (Google;
 * docs/apps.md §6c).
 */
export const RETIRED_APPS = ['windows-mail', 'gmail-web'] as const;
export type RetiredAppId = (typeof RETIRED_APPS)[number];
