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

export interface ClientPreset {
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
  outlook: { capabilities: { ssl: 'yes', smtpAuth: 'yes', apop: 'no' }, labels: 'outlook' },
  // New Outlook for Windows fetches POP mail through Microsoft's cloud; its support for
  // each option is not confirmed (SPEC §6), so every capability is `unsure`.
  'new-outlook': {
    capabilities: { ssl: 'unsure', smtpAuth: 'unsure', apop: 'unsure' },
    labels: 'generic',
    caution: 'new-outlook',
  },
  // Thunderbird: SSL/TLS, STARTTLS, None; "Encrypted password" on POP is APOP when the
  // server offers it (Thunderbird source, Pop3Client.sys.mjs; SPEC §6).
  thunderbird: { capabilities: { ssl: 'yes', smtpAuth: 'yes', apop: 'yes' }, labels: 'thunderbird' },
  // Apple Mail on the Mac: "Use TLS/SSL" once "Automatically manage connection settings"
  // is off; APOP not confirmed (SPEC §6).
  'apple-mail': { capabilities: { ssl: 'yes', smtpAuth: 'yes', apop: 'unsure' }, labels: 'apple-mail' },
  // Mail on iPhone/iPad: POP accounts with "Use SSL"; APOP not confirmed (SPEC §6).
  'ios-mail': { capabilities: { ssl: 'yes', smtpAuth: 'yes', apop: 'unsure' }, labels: 'ios-mail' },
  // Android mail apps (Gmail app, "other" account): SMTP AUTH yes; SSL/TLS and APOP not
  // confirmed across apps (SPEC §6).
  android: { capabilities: { ssl: 'unsure', smtpAuth: 'yes', apop: 'unsure' }, labels: 'android' },
  // Becky! Internet Mail: SSL/TLS, SMTP AUTH and APOP (SPEC §6).
  becky: { capabilities: { ssl: 'yes', smtpAuth: 'yes', apop: 'yes' }, labels: 'generic' },
};
