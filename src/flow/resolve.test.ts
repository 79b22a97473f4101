/**
 * The resolver with the setup flow: what a support URL opens. Every case is one a customer
 * or support agent can produce by pasting, editing or bookmarking a link.
 */
import { describe, expect, it } from 'vitest';
import { parseAnswers, resolve, toQuery, walk, withAnswer } from './resolve';
import { SETUP_FLOW, type Answers } from './steps';

const F = SETUP_FLOW;

function q(params: Record<string, string> | [string, string][]): string {
  const s = new URLSearchParams(params).toString();
  return s ? `?${s}` : '';
}

const FULL_PRESET: Answers = {
  registration: 'yes',
  network: 'asahi',
  'virus-check': 'no',
  antivirus: 'no',
  client: 'thunderbird',
};
const FULL_OTHER: Answers = {
  registration: 'no',
  network: 'other',
  'virus-check': 'yes',
  antivirus: 'unsure',
  client: 'other',
  'client-ssl': 'no',
  'client-smtp-auth': 'yes',
  'client-apop': 'yes',
};
const FULL_PRESET_QUERY = '?registration=yes&network=asahi&virus-check=no&antivirus=no&client=thunderbird';

describe('resolve: the first visit', () => {
  it('shows the first step for an empty query', () => {
    expect(resolve(F, 'registration', '')).toEqual({
      kind: 'step',
      step: 'registration',
      answers: {},
      before: [],
      error: null,
    });
  });

  it('treats a lone `?` as an empty query', () => {
    expect(resolve(F, 'registration', '?')).toMatchObject({ kind: 'step', step: 'registration' });
  });

  it('sends a later step with no answers to the first step', () => {
    expect(resolve(F, 'client', '')).toEqual({ kind: 'redirect', to: 'registration', query: '' });
    expect(resolve(F, 'result', '')).toEqual({ kind: 'redirect', to: 'registration', query: '' });
  });
});

describe('resolve: canonical URLs', () => {
  it('drops unknown keys and redirects to the canonical query', () => {
    expect(resolve(F, 'network', '?registration=yes&utm_source=mail&fbclid=x')).toEqual({
      kind: 'redirect',
      to: 'network',
      query: '?registration=yes',
    });
  });

  it('for a repeated key keeps the first value', () => {
    expect(resolve(F, 'network', '?registration=no&registration=yes')).toEqual({
      kind: 'redirect',
      to: 'network',
      query: '?registration=no',
    });
  });

  it('for a repeated key keeps the first value even when it is illegal', () => {
    expect(resolve(F, 'registration', '?registration=maybe&registration=yes')).toEqual({
      kind: 'redirect',
      to: 'registration',
      query: '?registration=maybe',
    });
  });

  it('accepts mixed-case keys and values, then redirects to the lower-case URL', () => {
    expect(resolve(F, 'network', '?Registration=YES')).toEqual({
      kind: 'redirect',
      to: 'network',
      query: '?registration=yes',
    });
    expect(resolve(F, 'Network', '?registration=yes')).toEqual({
      kind: 'redirect',
      to: 'network',
      query: '?registration=yes',
    });
    expect(resolve(F, 'RESULT', FULL_PRESET_QUERY.toUpperCase())).toEqual({
      kind: 'redirect',
      to: 'result',
      query: FULL_PRESET_QUERY,
    });
  });

  it('accepts answers padded with spaces, then redirects without them', () => {
    expect(resolve(F, 'network', '?+registration+=+yes+')).toEqual({
      kind: 'redirect',
      to: 'network',
      query: '?registration=yes',
    });
  });

  it('puts answers in flow order', () => {
    expect(resolve(F, 'virus-check', '?network=asahi&registration=yes')).toEqual({
      kind: 'redirect',
      to: 'virus-check',
      query: '?registration=yes&network=asahi',
    });
  });

  it('drops answers after the first unanswered step', () => {
    expect(resolve(F, 'network', '?registration=yes&virus-check=no')).toEqual({
      kind: 'redirect',
      to: 'network',
      query: '?registration=yes',
    });
  });

  it('treats an empty value as no answer: the question is asked again, without an error', () => {
    expect(resolve(F, 'registration', '?registration=')).toEqual({
      kind: 'redirect',
      to: 'registration',
      query: '',
    });
    expect(resolve(F, 'result', '?registration=&network=asahi')).toEqual({
      kind: 'redirect',
      to: 'registration',
      query: '',
    });
  });

  it('does not redirect a URL that is already canonical', () => {
    expect(resolve(F, 'network', '?registration=yes').kind).toBe('step');
    expect(resolve(F, 'result', FULL_PRESET_QUERY).kind).toBe('result');
  });
});

describe('resolve: answers not understood', () => {
  it('shows that step again with an error naming the value', () => {
    expect(resolve(F, 'registration', '?registration=maybe')).toEqual({
      kind: 'step',
      step: 'registration',
      answers: {},
      before: [],
      error: { step: 'registration', value: 'maybe' },
    });
  });

  it('names the value as the URL had it, not lower-cased', () => {
    const r = resolve(F, 'network', '?registration=yes&network=Fibre+Optic');
    expect(r).toEqual({
      kind: 'step',
      step: 'network',
      answers: { registration: 'yes' },
      before: ['registration'],
      error: { step: 'network', value: 'Fibre Optic' },
    });
  });

  it('does not accept an answer of another step (`yes` is not a network)', () => {
    const r = resolve(F, 'network', '?registration=yes&network=yes');
    expect(r).toMatchObject({ kind: 'step', step: 'network', error: { step: 'network', value: 'yes' } });
  });

  it('cuts a long value to 40 characters, marking the cut', () => {
    const long = 'x'.repeat(100);
    const first = resolve(F, 'registration', q({ registration: long }));
    const cut = `${'x'.repeat(39)}…`;
    expect(first).toEqual({ kind: 'redirect', to: 'registration', query: q({ registration: cut }) });
    if (first.kind !== 'redirect') return;
    const shown = resolve(F, first.to, first.query);
    expect(shown).toMatchObject({ kind: 'step', step: 'registration', error: { step: 'registration', value: cut } });
    if (shown.kind === 'step') expect(shown.error?.value.length).toBe(40);
  });

  it('keeps a value of exactly 40 characters whole', () => {
    const value = 'y'.repeat(40);
    expect(resolve(F, 'registration', q({ registration: value }))).toMatchObject({
      kind: 'step',
      error: { step: 'registration', value },
    });
  });

  // Regression: the cut used to be a bare slice, so `yes` + spaces + junk was cut to
  // `yes` + spaces, which the next request read as a valid `yes`: the illegal answer was
  // silently accepted after a second redirect. Spaces + junk became no answer, losing the error.
  it.each([
    ['a valid answer followed by spaces and junk', `yes${' '.repeat(37)}junk`],
    ['a valid answer followed by ideographic spaces and junk', `YES${'\u3000'.repeat(40)}x`],
    ['spaces followed by junk', `${' '.repeat(40)}x`],
  ])('never turns a cut value into an answer or into no answer: %s', (_label, raw) => {
    const first = resolve(F, 'network', q({ registration: raw }));
    expect(first).toMatchObject({ kind: 'redirect', to: 'registration' });
    if (first.kind !== 'redirect') return;
    const shown = resolve(F, first.to, first.query);
    expect(shown).toMatchObject({ kind: 'step', step: 'registration', answers: {} });
    if (shown.kind !== 'step') return;
    expect(shown.error?.step).toBe('registration');
    expect(shown.error?.value.length).toBeLessThanOrEqual(40);
  });

  it('does not cut inside a character made of two UTF-16 units', () => {
    const first = resolve(F, 'registration', q({ registration: `${'x'.repeat(38)}😀😀😀` }));
    if (first.kind !== 'redirect') throw new Error('expected a redirect');
    const shown = resolve(F, first.to, first.query);
    expect(shown).toMatchObject({ kind: 'step', error: { value: `${'x'.repeat(38)}…` } });
  });

  it('for an illegal earlier answer when a later page is asked, goes to that step keeping the raw value', () => {
    const r = resolve(F, 'client', '?registration=yes&network=fibre&virus-check=no&antivirus=no');
    expect(r).toEqual({ kind: 'redirect', to: 'network', query: '?registration=yes&network=fibre' });
    if (r.kind !== 'redirect') return;
    expect(resolve(F, r.to, r.query)).toMatchObject({
      kind: 'step',
      step: 'network',
      error: { step: 'network', value: 'fibre' },
    });
  });

  it('for an illegal answer when the result is asked, goes to that step, never to a result', () => {
    const r = resolve(F, 'result', q({ ...FULL_PRESET, client: 'eudora' }));
    expect(r).toEqual({
      kind: 'redirect',
      to: 'client',
      query: '?registration=yes&network=asahi&virus-check=no&antivirus=no&client=eudora',
    });
  });

  it('ignores an illegal answer that is off the path', () => {
    const r = resolve(F, 'result', `${FULL_PRESET_QUERY}&client-ssl=bogus`);
    expect(r).toEqual({ kind: 'redirect', to: 'result', query: FULL_PRESET_QUERY });
  });

  it('on an earlier step (Change), does not show the later step’s error', () => {
    const r = resolve(F, 'registration', '?registration=yes&network=fibre');
    expect(r).toMatchObject({ kind: 'step', step: 'registration', error: null });
  });
});

describe('resolve: reachability', () => {
  it('sends an unreachable step to the furthest reachable one', () => {
    expect(resolve(F, 'antivirus', '?registration=yes')).toEqual({
      kind: 'redirect',
      to: 'network',
      query: '?registration=yes',
    });
  });

  it('sends the result to the first unanswered step', () => {
    const noClient = withAnswer(FULL_PRESET, 'client', undefined);
    expect(resolve(F, 'result', q(noClient as Record<string, string>))).toEqual({
      kind: 'redirect',
      to: 'client',
      query: '?registration=yes&network=asahi&virus-check=no&antivirus=no',
    });
  });

  it('sends a question that is off the path to the result (client-ssl for a preset app)', () => {
    expect(resolve(F, 'client-ssl', FULL_PRESET_QUERY)).toEqual({
      kind: 'redirect',
      to: 'result',
      query: FULL_PRESET_QUERY,
    });
  });

  it('sends client-apop to the result when the app has SSL/TLS', () => {
    const answers: Answers = { ...FULL_OTHER, 'client-ssl': 'yes' };
    const onPath = withAnswer(answers, 'client-apop', undefined);
    expect(resolve(F, 'client-apop', q(answers as Record<string, string>))).toEqual({
      kind: 'redirect',
      to: 'result',
      query: toQuery(F, onPath),
    });
  });

  it('sends the flow’s own folder (no page) to the furthest reachable step', () => {
    expect(resolve(F, '', '')).toEqual({ kind: 'redirect', to: 'registration', query: '' });
    expect(resolve(F, ' ', '?Network=asahi&registration=yes')).toEqual({
      kind: 'redirect',
      to: 'virus-check',
      query: '?registration=yes&network=asahi',
    });
    expect(resolve(F, '', FULL_PRESET_QUERY)).toEqual({ kind: 'redirect', to: 'result', query: FULL_PRESET_QUERY });
  });

  it('returns not-found for a page that is not in the flow', () => {
    for (const page of ['results', 'setup', 'network/', '../', 'constructor', '__proto__', 'client ssl']) {
      expect(resolve(F, page, FULL_PRESET_QUERY), JSON.stringify(page)).toEqual({ kind: 'not-found' });
    }
  });
});

describe('resolve: the result', () => {
  it('with every answer on the path shows the result with those answers and the path', () => {
    expect(resolve(F, 'result', FULL_PRESET_QUERY)).toEqual({
      kind: 'result',
      answers: FULL_PRESET,
      path: ['registration', 'network', 'virus-check', 'antivirus', 'client'],
    });
    expect(resolve(F, 'result', toQuery(F, FULL_OTHER))).toEqual({
      kind: 'result',
      answers: FULL_OTHER,
      path: [
        'registration',
        'network',
        'virus-check',
        'antivirus',
        'client',
        'client-ssl',
        'client-smtp-auth',
        'client-apop',
      ],
    });
  });

  it('drops answers that are off the path (client-ssl when client is thunderbird)', () => {
    expect(resolve(F, 'result', `${FULL_PRESET_QUERY}&client-ssl=no&client-smtp-auth=no&client-apop=yes`)).toEqual({
      kind: 'redirect',
      to: 'result',
      query: FULL_PRESET_QUERY,
    });
  });

  it('a result link sent before the APOP question was asked without SMTP AUTH goes to that question, keeping every answer', () => {
    // Such a link gave settings code SMB (receiving on 995 with POP before SMTP), now retired.
    const old = '?registration=yes&network=asahi&virus-check=no&antivirus=no&client=other&client-ssl=yes&client-smtp-auth=no';
    expect(resolve(F, 'result', old)).toEqual({ kind: 'redirect', to: 'client-apop', query: old });
    expect(resolve(F, 'client-apop', old)).toMatchObject({ kind: 'step', step: 'client-apop', error: null });
    expect(resolve(F, 'result', `${old}&client-apop=yes`)).toMatchObject({ kind: 'result' });
  });

  it('asking a completed flow for its first step keeps every answer (Start again is a link without them)', () => {
    expect(resolve(F, 'registration', FULL_PRESET_QUERY)).toMatchObject({
      kind: 'step',
      step: 'registration',
      answers: FULL_PRESET,
    });
  });
});

describe('resolve: before and Change', () => {
  it('`before` lists the steps answered before the one shown, in order', () => {
    expect(resolve(F, 'virus-check', '?registration=yes&network=asahi')).toMatchObject({
      kind: 'step',
      step: 'virus-check',
      before: ['registration', 'network'],
    });
  });

  it('a Change link to an earlier step keeps the later answers', () => {
    expect(resolve(F, 'network', FULL_PRESET_QUERY)).toEqual({
      kind: 'step',
      step: 'network',
      answers: FULL_PRESET,
      before: ['registration'],
      error: null,
    });
    expect(resolve(F, 'client-ssl', toQuery(F, FULL_OTHER))).toEqual({
      kind: 'step',
      step: 'client-ssl',
      answers: FULL_OTHER,
      before: ['registration', 'network', 'virus-check', 'antivirus', 'client'],
      error: null,
    });
  });

  it('changing an answer with withAnswer then toQuery gives a URL that keeps the others', () => {
    const changed = withAnswer(FULL_PRESET, 'network', 'au-hikari');
    expect(resolve(F, 'result', toQuery(F, changed))).toMatchObject({
      kind: 'result',
      answers: { ...FULL_PRESET, network: 'au-hikari' },
    });
  });

  it('changing client from other to a preset drops the capability answers from the URL', () => {
    const changed = withAnswer(FULL_OTHER, 'client', 'outlook');
    expect(toQuery(F, changed)).toBe('?registration=no&network=other&virus-check=yes&antivirus=unsure&client=outlook');
  });
});

describe('parseAnswers', () => {
  it('reads known keys, case-insensitively, first occurrence wins', () => {
    const { answers, invalid } = parseAnswers(F, '?NETWORK=Asahi&network=other&registration=yes&x=1');
    expect(answers).toEqual({ network: 'asahi', registration: 'yes' });
    expect(invalid.size).toBe(0);
  });

  it('keeps illegal values apart from answers, as given', () => {
    const { answers, invalid } = parseAnswers(F, '?registration=Maybe&network=asahi');
    expect(answers).toEqual({ network: 'asahi' });
    expect([...invalid]).toEqual([['registration', 'Maybe']]);
  });

  it('ignores empty values', () => {
    expect(parseAnswers(F, '?registration=&network=%20').answers).toEqual({});
    expect(parseAnswers(F, '?registration=&network=%20').invalid.size).toBe(0);
  });

  it('reads a query with or without the leading `?`', () => {
    expect(parseAnswers(F, 'registration=yes').answers).toEqual({ registration: 'yes' });
    expect(parseAnswers(F, '').answers).toEqual({});
  });
});

describe('walk', () => {
  it('with no answers stops at the first step', () => {
    expect(walk(F, {})).toEqual({ path: [], stop: 'registration' });
  });

  it('stops at the first unanswered step, ignoring later answers', () => {
    expect(walk(F, { registration: 'yes', 'virus-check': 'no' })).toEqual({
      path: ['registration'],
      stop: 'network',
    });
  });

  it('reaches the result for a preset app after five answers', () => {
    expect(walk(F, FULL_PRESET)).toEqual({
      path: ['registration', 'network', 'virus-check', 'antivirus', 'client'],
      stop: 'result',
    });
  });

  it('for `other` asks the capabilities, and APOP only when SSL/TLS or SMTP AUTH is no', () => {
    expect(walk(F, { ...FULL_PRESET, client: 'other' }).stop).toBe('client-ssl');
    expect(walk(F, { ...FULL_PRESET, client: 'other', 'client-ssl': 'unsure', 'client-smtp-auth': 'unsure' })).toEqual({
      path: ['registration', 'network', 'virus-check', 'antivirus', 'client', 'client-ssl', 'client-smtp-auth'],
      stop: 'result',
    });
    expect(walk(F, { ...FULL_PRESET, client: 'other', 'client-ssl': 'yes', 'client-smtp-auth': 'no' }).stop).toBe(
      'client-apop',
    );
    expect(walk(F, { ...FULL_PRESET, client: 'other', 'client-ssl': 'no', 'client-smtp-auth': 'no' }).stop).toBe(
      'client-apop',
    );
  });
});

describe('toQuery', () => {
  it('is empty for no answers', () => {
    expect(toQuery(F, {})).toBe('');
  });

  it('writes the answers on the path in flow order, whatever order they were given in', () => {
    const scrambled: Answers = {
      client: 'thunderbird',
      antivirus: 'no',
      'virus-check': 'no',
      network: 'asahi',
      registration: 'yes',
    };
    expect(toQuery(F, scrambled)).toBe(FULL_PRESET_QUERY);
  });

  it('leaves out answers that are off the path', () => {
    expect(toQuery(F, { ...FULL_PRESET, 'client-ssl': 'no', 'client-apop': 'no' })).toBe(FULL_PRESET_QUERY);
  });

  it('adds the answer not understood after the answers, encoded', () => {
    expect(toQuery(F, { registration: 'yes' }, { step: 'network', value: '<b>&"' })).toBe(
      '?registration=yes&network=%3Cb%3E%26%22',
    );
  });

  it('round-trips through resolve', () => {
    expect(resolve(F, 'result', toQuery(F, FULL_OTHER))).toMatchObject({ kind: 'result', answers: FULL_OTHER });
  });
});

describe('withAnswer', () => {
  it('replaces one answer and keeps the rest', () => {
    expect(withAnswer(FULL_PRESET, 'client', 'becky')).toEqual({ ...FULL_PRESET, client: 'becky' });
  });

  it('removes an answer with undefined', () => {
    const removed = withAnswer(FULL_PRESET, 'client', undefined);
    expect(removed).toEqual({ registration: 'yes', network: 'asahi', 'virus-check': 'no', antivirus: 'no' });
    expect('client' in removed).toBe(false);
  });

  it('does not change the answers it was given', () => {
    const before = { ...FULL_PRESET };
    withAnswer(FULL_PRESET, 'network', 'other');
    withAnswer(FULL_PRESET, 'network', undefined);
    expect(FULL_PRESET).toEqual(before);
  });
});
