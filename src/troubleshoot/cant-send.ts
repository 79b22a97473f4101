/**
 * "I can't send mail": a short question flow on the shared flow engine (same URL contract
 * as the setup flow: steps in the path, answers in the query; docs/decisions/0001-url-contract.md).
 * Steps that ask the same thing as the setup flow (network, registration, virus-check,
 * antivirus) share its step ids and answers, so answers carry over (toSetupAnswers).
 * What the answers mean is flow-causes.ts's job.
 */
import { RESULT, type Flow, type Next } from '../flow/engine';
import { YES_NO_UNSURE, type Answers as SetupAnswers } from '../flow/steps';
import { PORTS, type HostKey } from '../settings/servers';
import type { Symptom } from './causes';
import { NETWORKS, RECEIVE_PORT_OPTIONS, SECURITY_OPTIONS, UNSURE, USER_NAME_OPTIONS } from './answers';

/** The SMTP AUTH answer of a customer whose app has no SMTP AUTH and sends with POP before SMTP. */
export const POP_BEFORE_SMTP_ANSWER = 'pop-before-smtp';

const SEND_STEPS = {
  symptom: { options: ['times-out', 'password-rejected', 'relay-denied', 'secure-connection', UNSURE] },
  port: { options: [`${PORTS.smtpSsl}`, `${PORTS.submission}`, `${PORTS.smtp}`, 'other', UNSURE] },
  security: { options: SECURITY_OPTIONS },
  network: { options: NETWORKS },
  'smtp-auth': { options: ['yes', 'no', POP_BEFORE_SMTP_ANSWER, UNSURE] },
  // Asked of a customer who sends with POP before SMTP, whose servers do not support SSL/TLS.
  'receive-port': { options: RECEIVE_PORT_OPTIONS },
  registration: { options: YES_NO_UNSURE },
  'user-name': { options: USER_NAME_OPTIONS },
  host: { options: ['mail', 'mails', 'mailssl', 'other', UNSURE] },
  'virus-check': { options: YES_NO_UNSURE },
  antivirus: { options: YES_NO_UNSURE },
} as const;

// Host options are the settings table's host keys, so a label can show HOSTS[value].
SEND_STEPS.host.options satisfies readonly (HostKey | 'other' | typeof UNSURE)[];
SEND_STEPS.symptom.options satisfies readonly (Symptom | typeof UNSURE)[];

export type SendStepId = keyof typeof SEND_STEPS;
export type SendAnswerOf<S extends SendStepId> = (typeof SEND_STEPS)[S]['options'][number];
export type SendAnswers = { readonly [S in SendStepId]?: SendAnswerOf<S> };

/**
 * Can't send. Four paths by what the error looks like, each of 4–6 questions:
 * - times out / secure-connection error: symptom, port, security, [network], antivirus
 * - password rejected: symptom, user-name, registration, antivirus
 * - relay denied: symptom, smtp-auth, registration, host, [virus-check], antivirus
 * - don't know: symptom, port, security, [network], smtp-auth, antivirus
 * The network matters only for port 25; the option only for mails (or an unknown host).
 * A customer whose app sends with POP before SMTP is asked the incoming port after smtp-auth,
 * and neither the registration nor the antivirus question: both concern SMTP AUTH (the source's
 * 「拡張サービス利用設定」 and 注意点).
 */
export const CANT_SEND_FLOW: Flow<SendStepId, SendAnswers> = {
  id: 'cant-send',
  first: 'symptom',
  steps: SEND_STEPS,
  next: {
    symptom: (a) =>
      a.symptom === 'password-rejected'
        ? { step: 'user-name' }
        : a.symptom === 'relay-denied'
          ? { step: 'smtp-auth' }
          : { step: 'port' },
    port: () => ({ step: 'security' }),
    security: (a) => (a.port === `${PORTS.smtp}` || a.port === UNSURE ? { step: 'network' } : afterConnection(a)),
    network: (a) => afterConnection(a),
    'smtp-auth': (a) => (popBeforeSmtp(a) ? { step: 'receive-port' } : afterSmtpAuth(a)),
    'receive-port': (a) => afterSmtpAuth(a),
    'user-name': () => ({ step: 'registration' }),
    registration: (a) => (a.symptom === 'relay-denied' ? { step: 'host' } : { step: 'antivirus' }),
    host: (a) => (a.host === 'mails' || a.host === UNSURE ? { step: 'virus-check' } : last(a)),
    'virus-check': (a) => last(a),
    antivirus: () => ({ outcome: RESULT }),
  },
};

function popBeforeSmtp(a: SendAnswers): boolean {
  return a['smtp-auth'] === POP_BEFORE_SMTP_ANSWER;
}

function afterSmtpAuth(a: SendAnswers): Next<SendStepId> {
  if (a.symptom === 'relay-denied') return popBeforeSmtp(a) ? { step: 'host' } : { step: 'registration' };
  return last(a);
}

/** The antivirus question ends every path, but for POP before SMTP. */
function last(a: SendAnswers): Next<SendStepId> {
  return popBeforeSmtp(a) ? { outcome: RESULT } : { step: 'antivirus' };
}

function afterConnection(a: SendAnswers): { readonly step: SendStepId } {
  return a.symptom === UNSURE ? { step: 'smtp-auth' } : { step: 'antivirus' };
}

export const SEND_STEP_IDS = Object.keys(SEND_STEPS) as SendStepId[];

/**
 * The answers the setup flow can take over, so that "re-check in the setup flow" does
 * not ask again what the customer has just said. Same step ids, same answers.
 */
export function toSetupAnswers(a: SendAnswers): SetupAnswers {
  return {
    ...(a.registration && { registration: a.registration }),
    ...(a.network && { network: a.network }),
    ...(a['virus-check'] && { 'virus-check': a['virus-check'] }),
    ...(a.antivirus && { antivirus: a.antivirus }),
  };
}
