/**
 * What a setup result says beside its settings: the notices (and which part of the result each
 * comes before) and the lines of "why these settings". recommend() decides which apply.
 */

/**
 * Notices, in the order the result shows them. `before` says which part of the result a
 * notice must come before: the whole result, the incoming server or the outgoing server.
 */
export type NoticeId =
  | 'registration-not-registered'
  | 'registration-unsure'
  | 'antivirus-checks-outgoing'
  | 'antivirus-unsure'
  | 'new-outlook'
  | 'ssl-unsure'
  | 'plain-password'
  | 'apop-unsure'
  | 'virus-check-unsure'
  | 'pop-before-smtp'
  | 'smtp-auth-unsure'
  | 'au-hikari-port-25'
  | 'op25b';

export type NoticePlacement = 'all' | 'receive' | 'send';

export const NOTICE_PLACEMENT: Record<NoticeId, NoticePlacement> = {
  'registration-not-registered': 'all',
  'registration-unsure': 'all',
  'antivirus-checks-outgoing': 'send',
  'antivirus-unsure': 'send',
  'new-outlook': 'all',
  'ssl-unsure': 'all',
  'plain-password': 'receive',
  'apop-unsure': 'receive',
  'virus-check-unsure': 'send',
  'pop-before-smtp': 'send',
  'smtp-auth-unsure': 'send',
  'au-hikari-port-25': 'send',
  op25b: 'send',
};

/**
 * The lines of "why these settings", in order: first one line for receiving and sending
 * together, then what the send port and host follow from.
 */
export type WhyId =
  | 'ssl' // SSL/TLS and SMTP AUTH: the combination ASAHI Net recommends
  | 'sslAssumed' // the same, chosen because the customer did not know
  | 'apop' // no SSL/TLS: APOP, and SMTP AUTH
  | 'plain' // neither SSL/TLS nor APOP: plain POP, and SMTP AUTH
  | 'popBeforeSmtpApop' // no SMTP AUTH: POP before SMTP, so 110 without SSL/TLS, with APOP
  | 'popBeforeSmtpPlain' // the same without APOP
  | 'port587'
  | 'virusCheck';
