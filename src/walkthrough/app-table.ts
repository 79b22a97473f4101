/**
 * The apps page's table: what each preset app supports, read from the same presets the
 * setup flow's recommendation uses (src/flow/clients.ts), so the page and the result agree.
 */
import { CLIENT_PRESETS, PRESET_CLIENT_IDS, type AppStatus, type Capability, type PresetClientId } from '../flow/clients';

/** The columns: POP3 accounts, POP over SSL/TLS, SMTP over SSL/TLS, SMTP AUTH, APOP. */
export const APP_FACTS = ['pop3', 'pop-ssl', 'smtp-ssl', 'smtp-auth', 'apop'] as const;
export type AppFact = (typeof APP_FACTS)[number];

export interface AppRow {
  readonly app: PresetClientId;
  readonly facts: Readonly<Record<AppFact, Capability>>;
  readonly status: AppStatus;
}

export function appRows(): AppRow[] {
  return PRESET_CLIENT_IDS.map((app) => {
    const preset = CLIENT_PRESETS[app];
    const { ssl, smtpAuth, apop } = preset.capabilities;
    // One capability covers both: an app that has SSL/TLS has it for 995 and 465 alike.
    return { app, status: preset.status, facts: { pop3: preset.pop3, 'pop-ssl': ssl, 'smtp-ssl': ssl, 'smtp-auth': smtpAuth, apop } };
  });
}
