/**
 * Whether an outcome can be written to each export, and for which mail domains: what the result
 * shows before anything is downloaded. The files themselves are built by autoconfig.ts and
 * mobileconfig.ts, whose code the page loads after it is interactive.
 */
import type { Outcome } from '../flow/recommend';
import { ADDRESS_KINDS } from '../settings/account';
import type { ExportSupport } from './files';
import { checkAddress } from './identity';

export type AutoconfigReason = 'pop-before-smtp';

/**
 * POP before SMTP cannot be written correctly. The format's `smtp-after-pop` is read by
 * Thunderbird as "no authentication" ("hope for the best", readFromXML), which sends only
 * after receiving (ASAHI Net's POP before SMTP page), and the file cannot say so. And an
 * outcome with POP before SMTP means the app has no SMTP AUTH, which Thunderbird has.
 */
export function autoconfigSupport(outcome: Outcome): ExportSupport<AutoconfigReason> {
  return outcome.send.auth === 'pop-before-smtp' ? { supported: false, reason: 'pop-before-smtp' } : { supported: true };
}

/** The mail domains the file is for: the customer's own, or all of ASAHI Net's. */
export function autoconfigDomains(address?: string): string[] {
  if (address !== undefined && address !== '') {
    const check = checkAddress(address);
    if (check.status !== 'ok') throw new Error(`not a usable e-mail address (${check.status})`);
    return [check.domain];
  }
  return ADDRESS_KINDS.flatMap((k) => (k.domain ? [k.domain] : []));
}

export type MobileconfigReason = 'apop' | 'pop-before-smtp';

/**
 * - APOP: Apple's authentication values are None, Password, CRAM-MD5, NTLM and HTTP-MD5;
 *   there is no APOP, and "Password" would send the password in the clear on port 110,
 *   the very thing APOP was chosen to avoid.
 * - POP before SMTP: "no authentication" on the outgoing server sends only after receiving
 *   (ASAHI Net's POP before SMTP page), which the profile cannot make Mail do first; and Mail
 *   has SMTP AUTH.
 */
export function mobileconfigSupport(outcome: Outcome): ExportSupport<MobileconfigReason> {
  if (outcome.receive.auth === 'apop') return { supported: false, reason: 'apop' };
  if (outcome.send.auth === 'pop-before-smtp') return { supported: false, reason: 'pop-before-smtp' };
  return { supported: true };
}
