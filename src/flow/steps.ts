/**
 * The setup flow as one declarative definition (SPEC §3). Each step has a stable id —
 * a public contract once shipped, because support staff paste URLs containing it — the
 * answers it allows, and a `next` that says where an answer leads. Policy lives in
 * recommend.ts; this file only routes.
 */
import { CLIENT_IDS } from './clients';
import { RESULT, type Flow } from './engine';

export const YES_NO_UNSURE = ['yes', 'no', 'unsure'] as const;

const STEPS = {
  registration: { options: YES_NO_UNSURE },
  network: { options: ['asahi', 'au-hikari', 'other', 'unsure'] },
  'virus-check': { options: YES_NO_UNSURE },
  antivirus: { options: YES_NO_UNSURE },
  client: { options: CLIENT_IDS },
  'client-ssl': { options: YES_NO_UNSURE },
  'client-smtp-auth': { options: YES_NO_UNSURE },
  'client-apop': { options: YES_NO_UNSURE },
} as const;

export type StepId = keyof typeof STEPS;
export type AnswerOf<S extends StepId> = (typeof STEPS)[S]['options'][number];
export type Answers = { readonly [S in StepId]?: AnswerOf<S> };
export type PageId = StepId | typeof RESULT;

export const SETUP_FLOW: Flow<StepId, Answers> = {
  id: 'setup',
  first: 'registration',
  steps: STEPS,
  next: {
    registration: () => ({ step: 'network' }),
    network: () => ({ step: 'virus-check' }),
    'virus-check': () => ({ step: 'antivirus' }),
    antivirus: () => ({ step: 'client' }),
    // Presets know what the app supports; only an unknown app is asked.
    client: (a) => (a.client === 'other' ? { step: 'client-ssl' } : { outcome: RESULT }),
    'client-ssl': () => ({ step: 'client-smtp-auth' }),
    // APOP matters whenever receiving is without SSL/TLS: an app without SSL/TLS, or one without
    // SMTP AUTH, which sends with POP before SMTP and so receives on 110 (recommend.ts).
    'client-smtp-auth': (a) =>
      a['client-ssl'] === 'no' || a['client-smtp-auth'] === 'no' ? { step: 'client-apop' } : { outcome: RESULT },
    'client-apop': () => ({ outcome: RESULT }),
  },
};

export const STEP_IDS = Object.keys(STEPS) as StepId[];

export function optionsOf<S extends StepId>(step: S): readonly AnswerOf<S>[] {
  return STEPS[step].options;
}
