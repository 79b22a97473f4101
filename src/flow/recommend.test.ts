/**
 * The recommendation, tested exhaustively: every combination of answers that reaches the
 * result, found by following SETUP_FLOW.next from the first step for every option, and
 * the outcome rules of SPEC §3 checked on each. Then one example per preset app.
 */
import { describe, expect, it } from 'vitest';
import { SERVERS, securityOf } from '../settings/servers';
import { CLIENT_IDS, CLIENT_PRESETS } from './clients';
import { resolve, toQuery } from './resolve';
import {
  OUTCOME_CODES,
  RETIRED_CODES,
  answersForCode,
  answersForRetiredCode,
  capabilitiesFor,
  isOutcomeCode,
  isRetiredCode,
  recommend,
  type Outcome,
  type OutcomeCode,
} from './recommend';
import type { NoticeId } from './result-notes';
import { SETUP_FLOW, optionsOf, type Answers, type StepId } from './steps';

/** Every complete set of answers: one per distinct path through the flow to the result. */
function everyCompletion(): Answers[] {
  const out: Answers[] = [];
  const go = (step: StepId, answers: Answers): void => {
    for (const option of optionsOf(step)) {
      const a = { ...answers, [step]: option } as Answers;
      const n = SETUP_FLOW.next[step](a);
      if ('outcome' in n) out.push(a);
      else go(n.step, a);
    }
  };
  go(SETUP_FLOW.first, {});
  return out;
}

const COMPLETIONS = everyCompletion();
const CASES: { answers: Answers; outcome: Outcome; label: string }[] = COMPLETIONS.map((answers) => ({
  answers,
  outcome: recommend(answers),
  label: toQuery(SETUP_FLOW, answers),
}));

/** Every (host, port, security) a customer is told to use: the recommendation and the alternatives. */
function settingsOf(o: Outcome) {
  return [
    { role: 'receive', ...o.receive },
    { role: 'send', ...o.send },
    ...o.alternatives.map((a) => ({ role: a.role, ...a.setting })),
  ];
}

const ENCRYPTED_PORTS = [995, 465];
const PLAIN_PORTS = [110, 587, 25];

describe('every combination of answers', () => {
  it('is 2808: 3 registration × 4 network × 3 virus-check × 3 antivirus × 26 app paths', () => {
    // 26 app paths: 7 presets, and `other` with SSL/TLS yes or unsure (2 × (SMTP AUTH yes or
    // unsure, or no × 3 APOP)) or no (3 SMTP AUTH × 3 APOP).
    expect(COMPLETIONS.length).toBe(3 * 4 * 3 * 3 * (7 + 2 * (2 + 3) + 3 * 3));
    expect(COMPLETIONS.length).toBe(2808);
    expect(new Set(CASES.map((c) => c.label)).size).toBe(2808);
  });

  it('each one opens the result from its URL', () => {
    for (const { answers, label } of CASES) {
      expect(resolve(SETUP_FLOW, 'result', label), label).toEqual({
        kind: 'result',
        answers,
        path: Object.keys(answers),
      });
    }
  });

  it('reaches all 10 outcome codes, and never a retired one', () => {
    for (const { outcome, label } of CASES) expect(isRetiredCode(outcome.code), label).toBe(false);
    expect([...new Set(CASES.map((c) => c.outcome.code))].sort()).toEqual([...OUTCOME_CODES].sort());
  });
});

// Each test walks every combination: its time limit grows with their number.
describe('invariants over every combination', { timeout: 5_000 + CASES.length * 5 }, () => {
  it('never says STARTTLS: security is only SSL/TLS or None', () => {
    for (const { outcome, label } of CASES) {
      for (const s of settingsOf(outcome)) expect(['ssl-tls', 'none'], label).toContain(s.security);
      expect(JSON.stringify(outcome).toLowerCase(), label).not.toMatch(/starttls|stls/);
    }
  });

  it('995 and 465 are always SSL/TLS; 110, 587 and 25 always None', () => {
    for (const { outcome, label } of CASES) {
      for (const s of settingsOf(outcome)) {
        expect(s.security, `${label} ${s.host}:${s.port}`).toBe(securityOf(s.port));
        if (ENCRYPTED_PORTS.includes(s.port)) expect(s.security, label).toBe('ssl-tls');
        else if (PLAIN_PORTS.includes(s.port)) expect(s.security, label).toBe('none');
        else throw new Error(`${label}: port ${s.port} is not in the source`);
      }
    }
  });

  it('every host and port told to the customer is a row of the source table, for its role', () => {
    for (const { outcome, label } of CASES) {
      for (const s of settingsOf(outcome)) {
        const server = SERVERS.find((row) => row.host === s.host && row.role === s.role);
        expect(server, `${label} ${s.role} ${s.host}`).toBeDefined();
        expect(server?.ports.map((p) => p.port), `${label} ${s.host}:${s.port}`).toContain(s.port);
      }
    }
  });

  it('mailssl.asahi-net.or.jp only ever appears with port 465', () => {
    for (const { outcome, label } of CASES) {
      for (const s of settingsOf(outcome)) if (s.host === 'mailssl.asahi-net.or.jp') expect(s.port, label).toBe(465);
    }
  });

  it('never recommends port 25 for sending', () => {
    for (const { outcome, label } of CASES) expect(outcome.send.port, label).not.toBe(25);
  });

  it('lists port 25 as an alternative only, and always, on an ASAHI Net connection', () => {
    for (const { answers, outcome, label } of CASES) {
      const has25 = outcome.alternatives.some((a) => a.setting.port === 25);
      expect(has25, label).toBe(answers.network === 'asahi');
    }
    const networksWith25 = new Set(
      CASES.filter((c) => c.outcome.alternatives.some((a) => a.setting.port === 25)).map((c) => c.answers.network),
    );
    expect([...networksWith25]).toEqual(['asahi']);
  });

  it('sends through mails.asahi-net.or.jp for virus-check subscribers, mail.asahi-net.or.jp otherwise', () => {
    for (const { answers, outcome, label } of CASES) {
      expect(outcome.send.host, label).toBe(
        answers['virus-check'] === 'yes' ? 'mails.asahi-net.or.jp' : 'mail.asahi-net.or.jp',
      );
    }
  });

  it('always receives on pop.asahi-net.or.jp, and always gives a receive and a send setting', () => {
    for (const { outcome, label } of CASES) {
      expect(outcome.receive.host, label).toBe('pop.asahi-net.or.jp');
      expect([995, 110], label).toContain(outcome.receive.port);
      expect([465, 587], label).toContain(outcome.send.port);
      expect(outcome.userName, label).toBe('asahi-net-id');
    }
  });

  it('receives on 995 SSL/TLS with a normal password whenever SSL/TLS is chosen', () => {
    for (const { outcome, label } of CASES) {
      if (outcome.receive.port === 995) expect(outcome.receive.auth, label).toBe('normal-password');
      else expect(outcome.receive.port, label).toBe(110);
    }
  });

  it('sends on 465 SSL/TLS exactly when it receives on 995 and uses SMTP AUTH; otherwise on 587 None', () => {
    for (const { outcome, label } of CASES) {
      const expected = outcome.receive.port === 995 && outcome.send.auth === 'smtp-auth' ? 465 : 587;
      expect(outcome.send.port, label).toBe(expected);
    }
  });

  it('uses POP before SMTP only when the app has no SMTP AUTH, with its notice, on 587 None', () => {
    for (const { answers, outcome, label } of CASES) {
      const noSmtpAuth = answers.client === 'other' && answers['client-smtp-auth'] === 'no';
      expect(outcome.send.auth, label).toBe(noSmtpAuth ? 'pop-before-smtp' : 'smtp-auth');
      expect(outcome.notices.includes('pop-before-smtp'), label).toBe(noSmtpAuth);
      if (noSmtpAuth) {
        expect(outcome.send.port, label).toBe(587);
        expect(outcome.send.security, label).toBe('none');
      }
    }
  });

  it('puts the registration notice first when registration is no or unsure and the app sends with SMTP AUTH, and none otherwise', () => {
    const expected: Record<string, NoticeId | undefined> = {
      no: 'registration-not-registered',
      unsure: 'registration-unsure',
      yes: undefined,
    };
    for (const { answers, outcome, label } of CASES) {
      // The registration concerns SMTP AUTH: a POP before SMTP result has no notice about it.
      const notice = outcome.send.auth === 'smtp-auth' ? expected[answers.registration as string] : undefined;
      if (notice) expect(outcome.notices[0], label).toBe(notice);
      const registrationNotices = outcome.notices.filter((n) => n.startsWith('registration-'));
      expect(registrationNotices, label).toEqual(notice ? [notice] : []);
    }
  });

  it('shows the antivirus notice when outgoing-mail checking is yes or unsure and the app sends with SMTP AUTH, and not otherwise', () => {
    for (const { answers, outcome, label } of CASES) {
      const antivirus = outcome.notices.filter((n) => n.startsWith('antivirus-'));
      // The source's notice concerns sending with SMTP AUTH (「SMTP認証」での送信が失敗する場合).
      if (outcome.send.auth === 'pop-before-smtp') {
        expect(antivirus, label).toEqual([]);
        continue;
      }
      if (answers.antivirus === 'yes') expect(antivirus, label).toEqual(['antivirus-checks-outgoing']);
      if (answers.antivirus === 'unsure') expect(antivirus, label).toEqual(['antivirus-unsure']);
      if (answers.antivirus === 'no') expect(antivirus, label).toEqual([]);
    }
  });

  it('says so for every "don’t know" it decided for the customer', () => {
    for (const { answers, outcome, label } of CASES) {
      const caps = capabilitiesFor(answers);
      const n = outcome.notices;
      expect(n.includes('virus-check-unsure'), label).toBe(answers['virus-check'] === 'unsure');
      expect(n.includes('ssl-unsure'), label).toBe(caps.ssl === 'unsure' && outcome.receive.security === 'ssl-tls');
      expect(n.includes('smtp-auth-unsure'), label).toBe(caps.smtpAuth === 'unsure');
      expect(n.includes('op25b'), label).toBe(answers.network === 'other' || answers.network === 'unsure');
      expect(n.includes('au-hikari-port-25'), label).toBe(answers.network === 'au-hikari');
    }
  });

  it('lists no notice twice', () => {
    for (const { outcome, label } of CASES) expect(new Set(outcome.notices).size, label).toBe(outcome.notices.length);
  });

  it('never offers the recommended setting again as an alternative', () => {
    for (const { outcome, label } of CASES) {
      for (const alt of outcome.alternatives) {
        expect(alt.setting, label).not.toEqual(alt.role === 'receive' ? outcome.receive : outcome.send);
      }
    }
  });

  it('has a code that matches its settings, and is one of OUTCOME_CODES', () => {
    for (const { outcome, label } of CASES) {
      const [r, h, a] = outcome.code;
      expect(isOutcomeCode(outcome.code), label).toBe(true);
      expect(OUTCOME_CODES, label).toContain(outcome.code);
      const receive =
        outcome.receive.port === 995 ? 'S' : outcome.receive.auth === 'apop' ? 'A' : 'P';
      expect(r, label).toBe(receive);
      expect(h, label).toBe(outcome.send.host === 'mails.asahi-net.or.jp' ? 'V' : 'M');
      expect(a, label).toBe(outcome.send.auth === 'smtp-auth' ? 'A' : 'B');
    }
  });

  it('receives with a plain password (P) only with the plain-password notice, and always with it', () => {
    for (const { outcome, label } of CASES) {
      expect(outcome.notices.includes('plain-password'), label).toBe(outcome.code.startsWith('P'));
      if (outcome.code.startsWith('P')) {
        expect(outcome.receive, label).toMatchObject({ port: 110, security: 'none', auth: 'normal-password' });
      }
      if (outcome.code.startsWith('A')) {
        expect(outcome.receive, label).toMatchObject({ port: 110, security: 'none', auth: 'apop' });
      }
    }
  });

  it('never recommends or lists SSL/TLS receiving beside POP before SMTP sending', () => {
    // ASAHI Net's POP before SMTP page: "Our POP before SMTP servers do not support SSL/TLS".
    const popBeforeSmtp = CASES.filter((c) => c.outcome.send.auth === 'pop-before-smtp');
    expect(popBeforeSmtp.length).toBeGreaterThan(0);
    for (const { outcome, label } of popBeforeSmtp) {
      const receiving = [outcome.receive, ...outcome.alternatives.filter((a) => a.role === 'receive').map((a) => a.setting)];
      for (const r of receiving) expect([r.port, r.security], label).toEqual([110, 'none']);
      for (const alt of outcome.alternatives) expect(alt.setting.security, `${label} ${alt.role}`).toBe('none');
      expect(outcome.notices, label).not.toContain('ssl-unsure');
    }
  });

  it('receives with APOP beside POP before SMTP exactly when the app has APOP, whatever it says of SSL/TLS', () => {
    for (const { answers, outcome, label } of CASES) {
      if (outcome.send.auth !== 'pop-before-smtp') continue;
      expect(answers['client-apop'], label).toBeDefined();
      expect(outcome.receive.auth, label).toBe(answers['client-apop'] === 'yes' ? 'apop' : 'normal-password');
    }
  });

  it('explains receiving and sending in one line, chosen from both', () => {
    for (const { outcome, label } of CASES) {
      const [first] = outcome.why;
      const pbs = outcome.send.auth === 'pop-before-smtp';
      if (pbs) expect(first, label).toBe(outcome.receive.auth === 'apop' ? 'popBeforeSmtpApop' : 'popBeforeSmtpPlain');
      else if (outcome.receive.security === 'ssl-tls') expect(['ssl', 'sslAssumed'], label).toContain(first);
      else expect(first, label).toBe(outcome.receive.auth === 'apop' ? 'apop' : 'plain');
      expect(outcome.why.includes('port587'), label).toBe(outcome.send.port === 587);
      expect(outcome.why.includes('virusCheck'), label).toBe(outcome.send.host === 'mails.asahi-net.or.jp');
      expect(new Set(outcome.why).size, label).toBe(outcome.why.length);
    }
  });

  it('never chooses APOP for an app that does not have it or might not have it', () => {
    for (const { answers, outcome, label } of CASES) {
      if (capabilitiesFor(answers).apop !== 'yes') expect(outcome.receive.auth, label).not.toBe('apop');
    }
  });
});

describe('OUTCOME_CODES', () => {
  it('are the 12 combinations of S/A/P, M/V and A/B but the two retired ones (S with B)', () => {
    expect(RETIRED_CODES).toEqual(['SMB', 'SVB']);
    expect(OUTCOME_CODES).toEqual([
      'SMA',
      'SVA',
      'AMA',
      'AMB',
      'AVA',
      'AVB',
      'PMA',
      'PMB',
      'PVA',
      'PVB',
    ]);
  });

  it('isOutcomeCode rejects anything else, the retired codes too', () => {
    for (const bogus of ['sma', 'SMC', 'XMA', 'SM', 'SMAA', '', 'SMB', 'SVB']) expect(isOutcomeCode(bogus), bogus).toBe(false);
    for (const code of RETIRED_CODES) expect(isRetiredCode(code), code).toBe(true);
    for (const code of OUTCOME_CODES) expect(isRetiredCode(code), code).toBe(false);
  });
});

describe('answersForCode', () => {
  it.each(OUTCOME_CODES)('%s round-trips through recommend and opens the result from its URL', (code) => {
    const answers = answersForCode(code);
    expect(recommend(answers).code).toBe(code);
    expect(resolve(SETUP_FLOW, 'result', toQuery(SETUP_FLOW, answers))).toEqual({
      kind: 'result',
      answers,
      path: Object.keys(answers),
    });
  });

  it.each(OUTCOME_CODES)('%s adds no registration, antivirus or virus-check notice of its own', (code) => {
    const notices = recommend(answersForCode(code)).notices;
    expect(notices.filter((n) => /^(registration|antivirus|virus-check)-/.test(n))).toEqual([]);
  });
});

describe('a result link sent before with a retired code', () => {
  it.each(RETIRED_CODES)('%s: the link asks the APOP question it lacks, and then gives receiving on 110', (code) => {
    const old = answersForRetiredCode(code);
    expect(old).not.toHaveProperty('client-apop');
    // As any link with a missing answer: redirected to the one question it now lacks.
    expect(resolve(SETUP_FLOW, 'result', toQuery(SETUP_FLOW, old))).toEqual({
      kind: 'redirect',
      to: 'client-apop',
      query: toQuery(SETUP_FLOW, old),
    });
    const host = code[1] === 'V' ? 'mails.asahi-net.or.jp' : 'mail.asahi-net.or.jp';
    for (const [apop, expected] of [['yes', `A${code[1]}B`], ['no', `P${code[1]}B`], ['unsure', `P${code[1]}B`]] as const) {
      const answers = { ...old, 'client-apop': apop };
      expect(resolve(SETUP_FLOW, 'result', toQuery(SETUP_FLOW, answers))).toMatchObject({ kind: 'result', answers });
      const o = recommend(answers);
      expect(o.code, apop).toBe(expected);
      expect(o.receive, apop).toMatchObject({ port: 110, security: 'none' });
      expect(o.send, apop).toEqual({ host, port: 587, security: 'none', auth: 'pop-before-smtp' });
    }
  });
});

describe('examples', () => {
  const base: Answers = { registration: 'yes', network: 'other', 'virus-check': 'no', antivirus: 'no' };
  const other = (ssl: 'yes' | 'no' | 'unsure', smtpAuth: 'yes' | 'no' | 'unsure', apop?: 'yes' | 'no' | 'unsure') =>
    recommend({
      ...base,
      client: 'other',
      'client-ssl': ssl,
      'client-smtp-auth': smtpAuth,
      ...(apop ? { 'client-apop': apop } : {}),
    });

  it('thunderbird: SSL/TLS on 995 and 465 with a normal password (APOP does not matter)', () => {
    const o = recommend({ ...base, client: 'thunderbird' });
    expect(o.code).toBe('SMA');
    expect(o.labels).toBe('thunderbird');
    expect(o.receive).toEqual({ host: 'pop.asahi-net.or.jp', port: 995, security: 'ssl-tls', auth: 'normal-password' });
    expect(o.send).toEqual({ host: 'mail.asahi-net.or.jp', port: 465, security: 'ssl-tls', auth: 'smtp-auth' });
    expect(o.notices).toEqual(['op25b']);
  });

  it('outlook: SSL/TLS', () => {
    const o = recommend({ ...base, client: 'outlook' });
    expect(o.code).toBe('SMA');
    expect(o.labels).toBe('outlook');
    expect(o.receive).toMatchObject({ port: 995, security: 'ssl-tls' });
    expect(o.send).toMatchObject({ port: 465, security: 'ssl-tls' });
  });

  it('outlook has no APOP, so its unencrypted receive alternative uses a normal password', () => {
    const o = recommend({ ...base, client: 'outlook' });
    expect(o.alternatives.filter((a) => a.role === 'receive').map((a) => a.setting)).toEqual([
      { host: 'pop.asahi-net.or.jp', port: 110, security: 'none', auth: 'normal-password' },
    ]);
  });

  it.each(CLIENT_IDS.filter((c) => c !== 'other'))('the preset %s never falls below SSL/TLS + SMTP AUTH', (client) => {
    const o = recommend({ ...base, client });
    expect(o.code).toBe('SMA');
    expect(o.notices.includes('ssl-unsure')).toBe(CLIENT_PRESETS[client].capabilities.ssl === 'unsure');
  });

  it('other app, no SSL/TLS, APOP yes: A code, 110 None with APOP, sends on 587 None with SMTP AUTH', () => {
    const o = other('no', 'yes', 'yes');
    expect(o.code).toBe('AMA');
    expect(o.labels).toBe('generic');
    expect(o.receive).toEqual({ host: 'pop.asahi-net.or.jp', port: 110, security: 'none', auth: 'apop' });
    expect(o.send).toEqual({ host: 'mail.asahi-net.or.jp', port: 587, security: 'none', auth: 'smtp-auth' });
    expect(o.notices).not.toContain('plain-password');
  });

  it('other app, no SSL/TLS, no APOP: P code with the plain-password notice', () => {
    const o = other('no', 'yes', 'no');
    expect(o.code).toBe('PMA');
    expect(o.receive).toEqual({ host: 'pop.asahi-net.or.jp', port: 110, security: 'none', auth: 'normal-password' });
    expect(o.notices).toContain('plain-password');
    expect(o.notices).not.toContain('apop-unsure');
  });

  it('other app, no SSL/TLS, APOP unsure: plain password (the safe choice) and says so', () => {
    const o = other('no', 'yes', 'unsure');
    expect(o.code).toBe('PMA');
    expect(o.notices).toEqual(expect.arrayContaining(['plain-password', 'apop-unsure']));
  });

  it('other app, SSL/TLS unsure: SSL/TLS is chosen, with the ssl-unsure notice and unencrypted alternatives', () => {
    const o = other('unsure', 'yes');
    expect(o.code).toBe('SMA');
    expect(o.receive).toMatchObject({ port: 995, security: 'ssl-tls' });
    expect(o.send).toMatchObject({ port: 465, security: 'ssl-tls' });
    expect(o.notices).toContain('ssl-unsure');
    expect(o.alternatives.map((a) => [a.role, a.setting.port, a.setting.security])).toEqual(
      expect.arrayContaining([
        ['receive', 110, 'none'],
        ['send', 587, 'none'],
      ]),
    );
  });

  it('other app with SSL/TLS and without SMTP AUTH: POP before SMTP on 587 None, receiving on 110 with APOP', () => {
    const o = other('yes', 'no', 'yes');
    expect(o.code).toBe('AMB');
    expect(o.receive).toEqual({ host: 'pop.asahi-net.or.jp', port: 110, security: 'none', auth: 'apop' });
    expect(o.send).toEqual({ host: 'mail.asahi-net.or.jp', port: 587, security: 'none', auth: 'pop-before-smtp' });
    expect(o.notices).toEqual(['pop-before-smtp', 'op25b']);
    expect(o.why).toEqual(['popBeforeSmtpApop', 'port587']);
    expect(o.alternatives).toEqual([
      { role: 'receive', setting: { host: 'pop.asahi-net.or.jp', port: 110, security: 'none', auth: 'normal-password' }, reason: 'plain-password' },
    ]);
  });

  it('other app without SMTP AUTH or APOP, registration and antivirus unsure: no SMTP AUTH notice, and a plain password', () => {
    const o = recommend({
      ...base,
      registration: 'unsure',
      antivirus: 'yes',
      client: 'other',
      'client-ssl': 'unsure',
      'client-smtp-auth': 'no',
      'client-apop': 'no',
    });
    expect(o.code).toBe('PMB');
    expect(o.receive).toEqual({ host: 'pop.asahi-net.or.jp', port: 110, security: 'none', auth: 'normal-password' });
    expect(o.notices).toEqual(['plain-password', 'pop-before-smtp', 'op25b']);
    expect(o.why).toEqual(['popBeforeSmtpPlain', 'port587']);
    expect(o.alternatives).toEqual([]);
  });

  it('other app, SMTP AUTH unsure: SMTP AUTH (required by the provider) and says so', () => {
    const o = other('yes', 'unsure');
    expect(o.send.auth).toBe('smtp-auth');
    expect(o.notices).toContain('smtp-auth-unsure');
    expect(o.notices).not.toContain('pop-before-smtp');
  });

  it('new-outlook: the new-outlook notice, and safe choices for its unconfirmed capabilities', () => {
    const o = recommend({ ...base, client: 'new-outlook' });
    expect(o.notices).toEqual(expect.arrayContaining(['new-outlook', 'ssl-unsure', 'smtp-auth-unsure']));
    expect(o.code).toBe('SMA');
  });

  it('virus-check subscriber: mails.asahi-net.or.jp, mail.asahi-net.or.jp as the alternative, never mailssl', () => {
    const o = recommend({ ...base, 'virus-check': 'yes', client: 'becky' });
    expect(o.code).toBe('SVA');
    expect(o.send).toMatchObject({ host: 'mails.asahi-net.or.jp', port: 465, security: 'ssl-tls' });
    expect(o.alternatives).toContainEqual({
      role: 'send',
      setting: { ...o.send, host: 'mail.asahi-net.or.jp' },
      reason: 'no-virus-check',
    });
    expect(o.alternatives.some((a) => a.setting.host === 'mailssl.asahi-net.or.jp')).toBe(false);
  });

  it('not a subscriber, SSL/TLS: mailssl.asahi-net.or.jp 465 is an alternative', () => {
    const o = recommend({ ...base, client: 'becky' });
    expect(o.alternatives).toContainEqual({
      role: 'send',
      setting: { host: 'mailssl.asahi-net.or.jp', port: 465, security: 'ssl-tls', auth: 'smtp-auth' },
      reason: 'ssl-only-host',
    });
  });

  it('ASAHI Net connection: port 25 None as the last-resort alternative, never the recommendation', () => {
    const o = recommend({ ...base, network: 'asahi', client: 'thunderbird' });
    expect(o.send.port).toBe(465);
    expect(o.alternatives).toContainEqual({
      role: 'send',
      setting: { host: 'mail.asahi-net.or.jp', port: 25, security: 'none', auth: 'smtp-auth' },
      reason: 'port-25',
    });
    expect(o.notices).not.toContain('op25b');
  });

  it('au Hikari: no port 25 anywhere, and the au Hikari notice', () => {
    const o = recommend({
      ...base,
      network: 'au-hikari',
      client: 'other',
      'client-ssl': 'no',
      'client-smtp-auth': 'yes',
      'client-apop': 'yes',
    });
    expect(settingsOf(o).map((s) => s.port)).not.toContain(25);
    expect(o.notices).toContain('au-hikari-port-25');
  });

  it('everything unsure still gives settings: SSL/TLS, SMTP AUTH, the standard host, and every notice', () => {
    const o = recommend({
      registration: 'unsure',
      network: 'unsure',
      'virus-check': 'unsure',
      antivirus: 'unsure',
      client: 'other',
      'client-ssl': 'unsure',
      'client-smtp-auth': 'unsure',
    });
    expect(o.code satisfies OutcomeCode).toBe('SMA');
    expect(o.notices).toEqual([
      'registration-unsure',
      'ssl-unsure',
      'antivirus-unsure',
      'virus-check-unsure',
      'smtp-auth-unsure',
      'op25b',
    ]);
  });
});
