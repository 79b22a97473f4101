/**
 * The setup flow, node by node, in the style of GOV.UK Smart Answers' flow tests:
 * "for answer X goes to Y". Step ids and option values are a public contract — they are
 * in every support URL — so their exact lists are asserted: renaming one breaks links
 * that support staff have already pasted to customers.
 */
import { describe, expect, it } from 'vitest';
import { OWN_NETWORK } from '../settings/servers';
import { CLIENT_IDS, CLIENT_PRESETS } from './clients';
import { RESULT, isAnswerOf, isStepOf, type Next } from './engine';
import { SETUP_FLOW, STEP_IDS, YES_NO_UNSURE, optionsOf, type Answers, type StepId } from './steps';

/** Answers that put a customer on `step`, plus the answer given there. */
const BEFORE_CLIENT: Answers = { registration: 'yes', network: 'asahi', 'virus-check': 'no', antivirus: 'no' };

function next(step: StepId, answers: Answers): Next<StepId> {
  return SETUP_FLOW.next[step](answers);
}

const toResult = { outcome: RESULT };

describe('the public contract', () => {
  it('the flow is `setup` and starts at `registration`', () => {
    expect(SETUP_FLOW.id).toBe('setup');
    expect(SETUP_FLOW.first).toBe('registration');
    expect(RESULT).toBe('result');
  });

  it('has exactly these step ids, in flow order', () => {
    expect(STEP_IDS).toEqual([
      'registration',
      'network',
      'virus-check',
      'antivirus',
      'client',
      'client-ssl',
      'client-smtp-auth',
      'client-apop',
    ]);
    expect(Object.keys(SETUP_FLOW.next)).toEqual(STEP_IDS);
  });

  it('names ASAHI Net’s own line as the settings table does, where port 25 works', () => {
    expect(optionsOf('network')).toContain(OWN_NETWORK);
  });

  it('has exactly these options per step', () => {
    expect(Object.fromEntries(STEP_IDS.map((s) => [s, optionsOf(s)]))).toEqual({
      registration: ['yes', 'no', 'unsure'],
      network: ['asahi', 'au-hikari', 'other', 'unsure'],
      'virus-check': ['yes', 'no', 'unsure'],
      antivirus: ['yes', 'no', 'unsure'],
      client: ['outlook', 'new-outlook', 'thunderbird', 'apple-mail', 'ios-mail', 'android', 'becky', 'other'],
      'client-ssl': ['yes', 'no', 'unsure'],
      'client-smtp-auth': ['yes', 'no', 'unsure'],
      'client-apop': ['yes', 'no', 'unsure'],
    });
    expect(YES_NO_UNSURE).toEqual(['yes', 'no', 'unsure']);
  });

  it('every option is a lower-case URL-safe token, so a URL never needs encoding for it', () => {
    for (const step of STEP_IDS) {
      expect(step).toMatch(/^[a-z]+(-[a-z]+)*$/);
      for (const option of optionsOf(step)) expect(option, `${step}=${option}`).toMatch(/^[a-z]+(-[a-z]+)*$/);
    }
  });

  it('the result is not a step id, so `result` can never be mistaken for a question', () => {
    expect(isStepOf(SETUP_FLOW, RESULT)).toBe(false);
  });

  it('every preset app except `other` has capabilities', () => {
    expect(Object.keys(CLIENT_PRESETS).sort()).toEqual(CLIENT_IDS.filter((c) => c !== 'other').sort());
  });
});

describe('engine lookups', () => {
  it('knows step ids exactly, and nothing inherited from Object', () => {
    for (const step of STEP_IDS) expect(isStepOf(SETUP_FLOW, step)).toBe(true);
    for (const bogus of ['Registration', 'constructor', '__proto__', 'toString', 'hasOwnProperty', '', 'client ']) {
      expect(isStepOf(SETUP_FLOW, bogus), bogus).toBe(false);
    }
  });

  it('knows answers exactly per step', () => {
    expect(isAnswerOf(SETUP_FLOW, 'network', 'au-hikari')).toBe(true);
    expect(isAnswerOf(SETUP_FLOW, 'network', 'yes')).toBe(false);
    expect(isAnswerOf(SETUP_FLOW, 'registration', 'YES')).toBe(false);
    expect(isAnswerOf(SETUP_FLOW, 'client', 'other')).toBe(true);
    expect(isAnswerOf(SETUP_FLOW, 'client', 'windows-mail')).toBe(false);
  });
});

describe('registration', () => {
  it.each(optionsOf('registration'))('for %s goes to network', (answer) => {
    expect(next('registration', { registration: answer })).toEqual({ step: 'network' });
  });
});

describe('network', () => {
  it.each(optionsOf('network'))('for %s goes to virus-check', (answer) => {
    expect(next('network', { registration: 'yes', network: answer })).toEqual({ step: 'virus-check' });
  });
});

describe('virus-check', () => {
  it.each(optionsOf('virus-check'))('for %s goes to antivirus', (answer) => {
    expect(next('virus-check', { registration: 'yes', network: 'asahi', 'virus-check': answer })).toEqual({
      step: 'antivirus',
    });
  });
});

describe('antivirus', () => {
  it.each(optionsOf('antivirus'))('for %s goes to client', (answer) => {
    expect(next('antivirus', { ...BEFORE_CLIENT, antivirus: answer })).toEqual({ step: 'client' });
  });
});

describe('client', () => {
  it.each(CLIENT_IDS.filter((c) => c !== 'other'))('for the preset %s goes to the result', (client) => {
    expect(next('client', { ...BEFORE_CLIENT, client })).toEqual(toResult);
  });

  it('for other goes to client-ssl', () => {
    expect(next('client', { ...BEFORE_CLIENT, client: 'other' })).toEqual({ step: 'client-ssl' });
  });

  it('for a preset goes to the result even if capability answers are left in the URL', () => {
    expect(next('client', { ...BEFORE_CLIENT, client: 'becky', 'client-ssl': 'no', 'client-apop': 'no' })).toEqual(
      toResult,
    );
  });
});

describe('client-ssl', () => {
  it.each(optionsOf('client-ssl'))('for %s goes to client-smtp-auth', (answer) => {
    expect(next('client-ssl', { ...BEFORE_CLIENT, client: 'other', 'client-ssl': answer })).toEqual({
      step: 'client-smtp-auth',
    });
  });
});

describe('client-smtp-auth', () => {
  it.each(optionsOf('client-smtp-auth'))('for %s, after SSL/TLS no, goes to client-apop', (answer) => {
    const answers: Answers = { ...BEFORE_CLIENT, client: 'other', 'client-ssl': 'no', 'client-smtp-auth': answer };
    expect(next('client-smtp-auth', answers)).toEqual({ step: 'client-apop' });
  });

  it.each(
    (['yes', 'unsure'] as const).flatMap((ssl) => (['yes', 'unsure'] as const).map((auth) => [ssl, auth] as const)),
  )('after SSL/TLS %s, for %s goes to the result (APOP is not asked: receiving is over SSL/TLS)', (ssl, auth) => {
    const answers: Answers = { ...BEFORE_CLIENT, client: 'other', 'client-ssl': ssl, 'client-smtp-auth': auth };
    expect(next('client-smtp-auth', answers)).toEqual(toResult);
  });

  // Without SMTP AUTH the app sends with POP before SMTP, whose servers do not support SSL/TLS:
  // it receives on 110, where APOP matters.
  it.each(optionsOf('client-ssl'))('after SSL/TLS %s, for no goes to client-apop', (ssl) => {
    const answers: Answers = { ...BEFORE_CLIENT, client: 'other', 'client-ssl': ssl, 'client-smtp-auth': 'no' };
    expect(next('client-smtp-auth', answers)).toEqual({ step: 'client-apop' });
  });
});

describe('client-apop', () => {
  it.each(optionsOf('client-apop'))('for %s goes to the result', (answer) => {
    const answers: Answers = {
      ...BEFORE_CLIENT,
      client: 'other',
      'client-ssl': 'no',
      'client-smtp-auth': 'yes',
      'client-apop': answer,
    };
    expect(next('client-apop', answers)).toEqual(toResult);
  });
});

describe('the graph', () => {
  /** Every step reachable from the first, following `next` for every option. */
  function reachable(): Set<StepId> {
    const seen = new Set<StepId>();
    const visit = (step: StepId, answers: Answers, depth: number): void => {
      expect(depth, 'the flow must be acyclic').toBeLessThanOrEqual(STEP_IDS.length);
      seen.add(step);
      for (const option of optionsOf(step)) {
        const a = { ...answers, [step]: option } as Answers;
        const n = next(step, a);
        if ('step' in n) visit(n.step, a, depth + 1);
      }
    };
    visit(SETUP_FLOW.first, {}, 1);
    return seen;
  }

  it('reaches every step from the first one, and every path ends at the result', () => {
    expect([...reachable()].sort()).toEqual([...STEP_IDS].sort());
  });

  it('`next` returns a step of this flow or the result, and nothing else', () => {
    for (const step of STEP_IDS) {
      for (const option of optionsOf(step)) {
        const n = next(step, { ...BEFORE_CLIENT, client: 'other', 'client-ssl': 'no', [step]: option } as Answers);
        const keys = Object.keys(n);
        expect(keys.length).toBe(1);
        if ('step' in n) expect(isStepOf(SETUP_FLOW, n.step)).toBe(true);
        else expect(n).toEqual(toResult);
      }
    }
  });
});
