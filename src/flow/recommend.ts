/**
 * The recommendation: a pure function of the answers (SPEC §3, "Outcome rules").
 * Every host and port comes from the settings table; nothing here spells one.
 */
import { POP_BEFORE_SMTP } from '../settings/pop-before-smtp';
import { HOSTS, PORTS, portWorksOn, securityOf, type Host, type Port, type Security } from '../settings/servers';
import { CLIENT_PRESETS, type Capabilities, type Capability, type ClientId, type LabelSet } from './clients';
import type { NoticeId, WhyId } from './result-notes';
import type { Answers } from './steps';

export type ReceiveAuth = 'normal-password' | 'apop';
export type SendAuth = 'smtp-auth' | 'pop-before-smtp';

export interface ReceiveSetting {
  readonly host: Host;
  readonly port: Port;
  readonly security: Security;
  readonly auth: ReceiveAuth;
}

export interface SendSetting {
  readonly host: Host;
  readonly port: Port;
  readonly security: Security;
  readonly auth: SendAuth;
}

/** Why an alternative is second to the recommendation. */
export type AlternativeReason =
  | 'unencrypted' // a port without encryption (※2, ※4): the password and mail travel in the clear
  | 'plain-password' // the recommendation is APOP: this one sends the password itself in the clear
  | 'ssl-only-host' // an SSL/TLS-only host: the same protection, the standard host is simpler
  | 'port-25' // unencrypted; not from au Hikari (※5), and other networks may block it
  | 'no-virus-check'; // the standard host; ※6 gives mails as the server for subscribers

export type Alternative =
  | { readonly role: 'receive'; readonly setting: ReceiveSetting; readonly reason: AlternativeReason }
  | { readonly role: 'send'; readonly setting: SendSetting; readonly reason: AlternativeReason };

type ReceiveLetter = 'S' | 'A' | 'P';
type HostLetter = 'M' | 'V';
type AuthLetter = 'A' | 'B';

/**
 * A short code for the settings part of an outcome, easy to read out on the phone:
 * receive (S = SSL/TLS 995, A = APOP 110, P = plain POP 110), send host
 * (M = mail, V = mails for the virus check), send authentication (A = SMTP AUTH,
 * B = POP before SMTP). The send port follows: 465 for SSL/TLS, else 587. SSL/TLS receiving
 * never goes with POP before SMTP, whose servers do not support it, so S never ends in B.
 */
export type OutcomeCode = Exclude<`${ReceiveLetter}${HostLetter}${AuthLetter}`, RetiredCode>;

/**
 * Codes the guide gave before it knew that ASAHI Net's POP before SMTP servers do not support
 * SSL/TLS: receiving on 995 with SSL/TLS and sending with POP before SMTP, a combination that
 * may never send. A result link with these answers now asks the one question it lacks (APOP)
 * and then shows receiving on 110 (docs/decisions/0001-url-contract.md).
 */
export type RetiredCode = `S${HostLetter}B`;
export const RETIRED_CODES: readonly RetiredCode[] = ['SMB', 'SVB'];

export interface Outcome {
  readonly code: OutcomeCode;
  readonly client: ClientId;
  readonly labels: LabelSet;
  readonly receive: ReceiveSetting;
  readonly send: SendSetting;
  /** The user name is the ASAHI Net ID, in half-width lower case, even for other domains. */
  readonly userName: 'asahi-net-id';
  readonly notices: readonly NoticeId[];
  /** The lines of "why these settings", in order. */
  readonly why: readonly WhyId[];
  readonly alternatives: readonly Alternative[];
}

/** The capabilities that count: a preset's, or what the customer said of an unknown app. */
export function capabilitiesFor(answers: Answers): Capabilities {
  const client = answers.client ?? 'other';
  if (client !== 'other') return CLIENT_PRESETS[client].capabilities;
  return {
    ssl: answers['client-ssl'] ?? 'unsure',
    smtpAuth: answers['client-smtp-auth'] ?? 'unsure',
    apop: answers['client-apop'] ?? 'unsure',
  };
}

/**
 * "Don't know" never blocks. The safe choice for each capability:
 * - SSL/TLS unknown → SSL/TLS (the provider recommends it, and a wrong guess fails
 *   visibly rather than silently sending the password in the clear); the unencrypted ports
 *   are listed as the alternative.
 * - SMTP AUTH unknown → SMTP AUTH: the provider requires it for sending.
 * - APOP unknown → normal password: choosing APOP in an app without it fails to log in.
 */
function uses(capability: Capability, unknownMeans: boolean): boolean {
  return capability === 'unsure' ? unknownMeans : capability === 'yes';
}

export function recommend(answers: Answers): Outcome {
  const caps = capabilitiesFor(answers);
  const client = answers.client ?? 'other';
  const smtpAuth = uses(caps.smtpAuth, true);
  // Without SMTP AUTH the app sends with POP before SMTP, whose servers do not support SSL/TLS
  // (ASAHI Net's POP before SMTP page): it receives on 110 without SSL/TLS, with APOP if it can.
  const ssl = uses(caps.ssl, true) && (smtpAuth || POP_BEFORE_SMTP.ssl);
  const apop = !ssl && uses(caps.apop, false);
  const virusCheck = answers['virus-check'] === 'yes';
  const network = answers.network ?? 'unsure';

  const receivePort = ssl ? PORTS.popSsl : PORTS.pop;
  const receive: ReceiveSetting = {
    host: HOSTS.pop,
    port: receivePort,
    security: securityOf(receivePort),
    auth: apop ? 'apop' : 'normal-password',
  };

  const sendHost = virusCheck ? HOSTS.mails : HOSTS.mail;
  // 587 is the submission port, for networks that block port 25 (the source's 利用ネットワーク);
  // 25 is never the recommendation.
  const sendPort = ssl ? PORTS.smtpSsl : PORTS.submission;
  const sendAuth: SendAuth = smtpAuth ? 'smtp-auth' : 'pop-before-smtp';
  const send: SendSetting = { host: sendHost, port: sendPort, security: securityOf(sendPort), auth: sendAuth };

  // The registration and the antivirus notice concern SMTP AUTH (the source's
  // 「拡張サービス利用設定」 and 注意点), so a POP before SMTP result has neither.
  const notices: NoticeId[] = [];
  if (smtpAuth && answers.registration === 'no') notices.push('registration-not-registered');
  if (smtpAuth && answers.registration === 'unsure') notices.push('registration-unsure');
  if (client !== 'other' && CLIENT_PRESETS[client].caution === 'new-outlook') notices.push('new-outlook');
  if (ssl && caps.ssl === 'unsure') notices.push('ssl-unsure');
  if (!ssl && !apop) notices.push('plain-password');
  if (!ssl && caps.apop === 'unsure') notices.push('apop-unsure');
  if (smtpAuth && answers.antivirus === 'yes') notices.push('antivirus-checks-outgoing');
  if (smtpAuth && answers.antivirus === 'unsure') notices.push('antivirus-unsure');
  if (answers['virus-check'] === 'unsure') notices.push('virus-check-unsure');
  if (!smtpAuth) notices.push('pop-before-smtp');
  if (caps.smtpAuth === 'unsure') notices.push('smtp-auth-unsure');
  if (network === 'au-hikari') notices.push('au-hikari-port-25');
  if (network === 'other' || network === 'unsure') notices.push('op25b');

  const why: WhyId[] = [
    !smtpAuth
      ? apop
        ? 'popBeforeSmtpApop'
        : 'popBeforeSmtpPlain'
      : ssl
        ? caps.ssl === 'unsure'
          ? 'sslAssumed'
          : 'ssl'
        : apop
          ? 'apop'
          : 'plain',
  ];
  if (send.port === PORTS.submission) why.push('port587');
  if (virusCheck) why.push('virusCheck');

  return {
    code: outcomeCode(ssl ? 'S' : apop ? 'A' : 'P', virusCheck ? 'V' : 'M', smtpAuth ? 'A' : 'B'),
    client,
    labels: client === 'other' ? 'generic' : CLIENT_PRESETS[client].labels,
    receive,
    send,
    userName: 'asahi-net-id',
    notices,
    why,
    alternatives: alternatives({ ssl, apop, caps, send, network }),
  };
}

function outcomeCode(receive: ReceiveLetter, host: HostLetter, auth: AuthLetter): OutcomeCode {
  const code = `${receive}${host}${auth}` as const;
  if (isRetiredCode(code)) throw new Error(`${code} pairs SSL/TLS receiving with POP before SMTP`);
  return code;
}

function alternatives(o: {
  ssl: boolean;
  apop: boolean;
  caps: Capabilities;
  send: SendSetting;
  network: NonNullable<Answers['network']>;
}): Alternative[] {
  const list: Alternative[] = [];
  // APOP only where the app is known to have it: unknown means normal password (see `uses`).
  const canApop = o.caps.apop === 'yes';
  if (o.ssl) {
    // Unencrypted fallbacks, for an app that turns out to have no SSL/TLS setting.
    list.push({
      role: 'receive',
      setting: { host: HOSTS.pop, port: PORTS.pop, security: 'none', auth: canApop ? 'apop' : 'normal-password' },
      reason: 'unencrypted',
    });
    if (o.send.security === 'ssl-tls') {
      list.push({
        role: 'send',
        setting: { ...o.send, port: PORTS.submission, security: 'none' },
        reason: 'unencrypted',
      });
    }
    if (o.send.host === HOSTS.mail && o.send.security === 'ssl-tls') {
      list.push({
        role: 'send',
        setting: { ...o.send, host: HOSTS.mailssl, port: PORTS.smtpSsl, security: 'ssl-tls' },
        reason: 'ssl-only-host',
      });
    }
  } else if (o.apop) {
    list.push({
      role: 'receive',
      setting: { host: HOSTS.pop, port: PORTS.pop, security: 'none', auth: 'normal-password' },
      reason: 'plain-password',
    });
  }
  // Port 25 only on ASAHI Net's own line: not from au Hikari (※5); other networks may block it.
  if (portWorksOn(PORTS.smtp, o.network)) {
    list.push({ role: 'send', setting: { ...o.send, port: PORTS.smtp, security: 'none' }, reason: 'port-25' });
  }
  if (o.send.host === HOSTS.mails) {
    list.push({ role: 'send', setting: { ...o.send, host: HOSTS.mail }, reason: 'no-virus-check' });
  }
  return list;
}

/** Every outcome code, for the support page. */
export const OUTCOME_CODES: readonly OutcomeCode[] = (['S', 'A', 'P'] as const).flatMap((r) =>
  (['M', 'V'] as const).flatMap((h) =>
    (['A', 'B'] as const).map((a) => `${r}${h}${a}` as const).filter((code): code is OutcomeCode => !isRetiredCode(code)),
  ),
);

export function isOutcomeCode(value: string): value is OutcomeCode {
  return (OUTCOME_CODES as readonly string[]).includes(value);
}

export function isRetiredCode(value: string): value is RetiredCode {
  return (RETIRED_CODES as readonly string[]).includes(value);
}

/**
 * The answers that gave a retired code: an app with SSL/TLS and without SMTP AUTH, and
 * nothing else to note. They lack the APOP answer, so they now lead to that question.
 */
export function answersForRetiredCode(code: RetiredCode): Answers {
  return { ...answersForCode(code[1] === 'V' ? 'SVA' : 'SMA'), 'client-smtp-auth': 'no' };
}

/**
 * The answers that lead to an outcome code with nothing else to note: used when a support
 * agent types a code a customer read out. The settings are exactly the code's; the
 * situation-specific notices (registration, antivirus, network) are the customer's own.
 */
export function answersForCode(code: OutcomeCode): Answers {
  const [receive, host, auth] = code;
  return {
    registration: 'yes',
    network: 'unsure',
    'virus-check': host === 'V' ? 'yes' : 'no',
    antivirus: 'no',
    client: 'other',
    'client-ssl': receive === 'S' ? 'yes' : 'no',
    'client-smtp-auth': auth === 'A' ? 'yes' : 'no',
    // APOP is asked whenever receiving is without SSL/TLS (steps.ts).
    ...(receive === 'S' ? {} : { 'client-apop': receive === 'A' ? 'yes' : 'no' }),
  };
}
