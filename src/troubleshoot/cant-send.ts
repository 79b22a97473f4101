/**
 * "I can't send mail": a short question flow on the shared flow engine (same URL contract
 * as the setup flow: steps in the path, answers in the query; docs/decisions/0001-url-contract.md).
 * Steps that ask the same thing as the setup flow (network, registration, virus-check,
 * antivirus) share its step ids and answers, so answers carry over (toSetupAnswers).
 * What the answers mean is flow-causes.ts's job.
 */
import { RESULT, type Flow } from '../flow/engine';
import { YES_NO_UNSURE, type Answers as SetupAnswers } from '../flow/steps';
import { PORTS, type HostKey } from '../settings/servers';
import type { Symptom } from './causes';
import { NETWORKS, SECURITY_OPTIONS, UNSURE, USER_NAME_OPTIONS } from './answers';

const SEND_STEPS = {
  symptom: { options: ['times-out', 'password-rejected', 'relay-denied', 'secure-connection', UNSURE] },
  port: { options: [`${PORTS.smtpSsl}`, `${PORTS.submission}`, `${PORTS.smtp}`, 'other', UNSURE] },
  security: { options: SECURITY_OPTIONS },
  network: { options: NETWORKS },
  'smtp-auth': { options: YES_NO_UNSURE },
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
    'smtp-auth': (a) => (a.symptom === 'relay-denied' ? { step: 'registration' } : { step: 'antivirus' }),
    'user-name': () => ({ step: 'registration' }),
    registration: (a) => (a.symptom === 'relay-denied' ? { step: 'host' } : { step: 'antivirus' }),
    host: (a) => (a.host === 'mails' || a.host === UNSURE ? { step: 'virus-check' } : { step: 'antivirus' }),
    'virus-check': () => ({ step: 'antivirus' }),
    antivirus: () => ({ outcome: RESULT }),
  },
};

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
