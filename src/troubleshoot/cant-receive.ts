/**
 * "I can't receive mail": a short question flow on the shared flow engine (same URL
 * contract as the setup flow; docs/decisions/0001-url-contract.md). Receiving asks nothing
 * the setup flow asks. What the answers mean is flow-causes.ts's job.
 */
import { RESULT, type Flow } from '../flow/engine';
import type { HostKey } from '../settings/servers';
import type { Symptom } from './causes';
import { RECEIVE_PORT_OPTIONS, SECURITY_OPTIONS, UNSURE, USER_NAME_OPTIONS } from './answers';

/**
 * The symptom answer of a customer who reads ASAHI Net mail in Gmail, which fetched it by POP
 * ("Check mail from other accounts"): Google ended that from January 2026 (docs/apps.md §6c).
 */
export const GMAIL_ANSWER = 'gmail';

const RECEIVE_STEPS = {
  symptom: { options: ['times-out', 'password-rejected', 'secure-connection', GMAIL_ANSWER, UNSURE] },
  // `mail` stands for any of the outgoing servers typed as the incoming one.
  host: { options: ['pop', 'mail', 'other', UNSURE] },
  port: { options: RECEIVE_PORT_OPTIONS },
  security: { options: SECURITY_OPTIONS },
  'user-name': { options: USER_NAME_OPTIONS },
} as const;

// Host options are the settings table's host keys, so a label can show HOSTS[value].
RECEIVE_STEPS.host.options satisfies readonly (HostKey | 'other' | typeof UNSURE)[];
RECEIVE_STEPS.symptom.options satisfies readonly (Symptom | typeof GMAIL_ANSWER | typeof UNSURE)[];

export type ReceiveStepId = keyof typeof RECEIVE_STEPS;
export type ReceiveAnswerOf<S extends ReceiveStepId> = (typeof RECEIVE_STEPS)[S]['options'][number];
export type ReceiveAnswers = { readonly [S in ReceiveStepId]?: ReceiveAnswerOf<S> };

/**
 * Can't receive. Three paths, of 3–5 questions, and one of one:
 * - times out / secure-connection error: symptom, host, port, security
 * - password rejected: symptom, user-name, host
 * - don't know: symptom, host, port, security, user-name
 * - reads ASAHI Net mail in Gmail: symptom alone, since no setting of the customer's is asked about.
 */
export const CANT_RECEIVE_FLOW: Flow<ReceiveStepId, ReceiveAnswers> = {
  id: 'cant-receive',
  first: 'symptom',
  steps: RECEIVE_STEPS,
  next: {
    symptom: (a) =>
      a.symptom === GMAIL_ANSWER ? { outcome: RESULT } : a.symptom === 'password-rejected' ? { step: 'user-name' } : { step: 'host' },
    'user-name': (a) => (a.symptom === 'password-rejected' ? { step: 'host' } : { outcome: RESULT }),
    host: (a) => (a.symptom === 'password-rejected' ? { outcome: RESULT } : { step: 'port' }),
    port: () => ({ step: 'security' }),
    security: (a) => (a.symptom === UNSURE ? { step: 'user-name' } : { outcome: RESULT }),
  },
};

export const RECEIVE_STEP_IDS = Object.keys(RECEIVE_STEPS) as ReceiveStepId[];
