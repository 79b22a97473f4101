import { describe, expect, it } from 'vitest';
import { RESULT, type Flow } from '../flow/engine';
import { parseAnswers, resolve } from '../flow/resolve';
import { SETUP_FLOW, STEP_IDS } from '../flow/steps';
import { HOSTS, PORTS, SERVERS } from '../settings/servers';
import { CANT_RECEIVE_FLOW, type ReceiveAnswers } from './cant-receive';
import { CANT_SEND_FLOW, toSetupAnswers, type SendAnswers } from './cant-send';
import { diagnoseReceive, diagnoseSend, type Cause } from './flow-causes';
import { CATALOGUE } from './causes';
import { diagnose } from './check';
import { CERTAINTIES, mostLikelyFirst } from './rank';

type AnyAnswers = Record<string, string>;

/** Every complete answer set of a flow: each option of each step on every path. */
function everyPath<S extends string, A extends { readonly [K in S]?: string }>(flow: Flow<S, A>): A[] {
  const complete: A[] = [];
  const visit = (step: S, answers: AnyAnswers) => {
    for (const option of flow.steps[step].options) {
      const next = { ...answers, [step]: option };
      const n = flow.next[step](next as A);
      if ('outcome' in n) complete.push(next as A);
      else visit(n.step, next);
    }
  };
  visit(flow.first, {});
  return complete;
}

function goesTo<S extends string, A extends { readonly [K in S]?: string }>(flow: Flow<S, A>, step: S, answers: A) {
  const n = flow.next[step](answers);
  return 'outcome' in n ? n.outcome : n.step;
}

describe('CANT_SEND_FLOW routing', () => {
  const next = (step: keyof typeof CANT_SEND_FLOW.steps, a: SendAnswers) => goesTo(CANT_SEND_FLOW, step, a);

  it('starts with what the error looks like', () => {
    expect(CANT_SEND_FLOW.first).toBe('symptom');
  });
  it.each([
    ['times-out', 'port'],
    ['secure-connection', 'port'],
    ['unsure', 'port'],
    ['password-rejected', 'user-name'],
    ['relay-denied', 'smtp-auth'],
  ] as const)('for symptom %s goes to %s', (symptom, to) => {
    expect(next('symptom', { symptom })).toBe(to);
  });
  it('for any port goes to security', () => {
    for (const port of CANT_SEND_FLOW.steps.port.options) {
      expect(next('port', { symptom: 'times-out', port: port as SendAnswers['port'] })).toBe('security');
    }
  });
  it.each([
    [`${PORTS.smtp}`, 'network'],
    ['unsure', 'network'],
    [`${PORTS.submission}`, 'antivirus'],
    [`${PORTS.smtpSsl}`, 'antivirus'],
    ['other', 'antivirus'],
  ] as const)('for port %s, security goes to %s', (port, to) => {
    expect(next('security', { symptom: 'times-out', port, security: 'none' })).toBe(to);
  });
  it('asks about SMTP AUTH after the connection when the symptom is unknown', () => {
    expect(next('security', { symptom: 'unsure', port: `${PORTS.submission}`, security: 'none' })).toBe('smtp-auth');
    expect(next('network', { symptom: 'unsure', port: `${PORTS.smtp}`, security: 'none', network: 'asahi' })).toBe('smtp-auth');
    expect(next('network', { symptom: 'times-out', port: `${PORTS.smtp}`, security: 'none', network: 'asahi' })).toBe('antivirus');
  });
  it('for smtp-auth goes to registration on relay-denied, else to antivirus', () => {
    expect(next('smtp-auth', { symptom: 'relay-denied', 'smtp-auth': 'no' })).toBe('registration');
    expect(next('smtp-auth', { symptom: 'unsure', 'smtp-auth': 'no' })).toBe('antivirus');
  });
  it('for smtp-auth pop-before-smtp asks the incoming port, then neither registration nor antivirus', () => {
    const pbs = 'pop-before-smtp';
    expect(next('smtp-auth', { symptom: 'relay-denied', 'smtp-auth': pbs })).toBe('receive-port');
    expect(next('smtp-auth', { symptom: 'unsure', 'smtp-auth': pbs })).toBe('receive-port');
    for (const port of CANT_SEND_FLOW.steps['receive-port'].options as readonly SendAnswers['receive-port'][]) {
      expect(next('receive-port', { symptom: 'relay-denied', 'smtp-auth': pbs, 'receive-port': port })).toBe('host');
      expect(next('receive-port', { symptom: 'unsure', 'smtp-auth': pbs, 'receive-port': port })).toBe(RESULT);
    }
    expect(next('host', { symptom: 'relay-denied', 'smtp-auth': pbs, host: 'mail' })).toBe(RESULT);
    expect(next('host', { symptom: 'relay-denied', 'smtp-auth': pbs, host: 'mails' })).toBe('virus-check');
    expect(next('virus-check', { symptom: 'relay-denied', 'smtp-auth': pbs, host: 'mails', 'virus-check': 'no' })).toBe(RESULT);
  });
  it('for user-name goes to registration', () => {
    expect(next('user-name', { symptom: 'password-rejected', 'user-name': 'address' })).toBe('registration');
  });
  it('for registration goes to host on relay-denied, else to antivirus', () => {
    expect(next('registration', { symptom: 'relay-denied', registration: 'yes' })).toBe('host');
    expect(next('registration', { symptom: 'password-rejected', registration: 'yes' })).toBe('antivirus');
  });
  it.each([
    ['mails', 'virus-check'],
    ['unsure', 'virus-check'],
    ['mail', 'antivirus'],
    ['mailssl', 'antivirus'],
    ['other', 'antivirus'],
  ] as const)('for host %s goes to %s', (host, to) => {
    expect(next('host', { symptom: 'relay-denied', host })).toBe(to);
  });
  it('for virus-check goes to antivirus, and antivirus to the result', () => {
    expect(next('virus-check', { 'virus-check': 'no' })).toBe('antivirus');
    expect(next('antivirus', { antivirus: 'no' })).toBe(RESULT);
  });
});

describe('CANT_RECEIVE_FLOW routing', () => {
  const next = (step: keyof typeof CANT_RECEIVE_FLOW.steps, a: ReceiveAnswers) => goesTo(CANT_RECEIVE_FLOW, step, a);

  it.each([
    ['times-out', 'host'],
    ['secure-connection', 'host'],
    ['unsure', 'host'],
    ['password-rejected', 'user-name'],
  ] as const)('for symptom %s goes to %s', (symptom, to) => {
    expect(next('symptom', { symptom })).toBe(to);
  });
  it('for user-name goes to host when the password is rejected, else to the result', () => {
    expect(next('user-name', { symptom: 'password-rejected', 'user-name': 'id' })).toBe('host');
    expect(next('user-name', { symptom: 'unsure', 'user-name': 'id' })).toBe(RESULT);
  });
  it('for host goes to the result when the password is rejected, else to port', () => {
    expect(next('host', { symptom: 'password-rejected', host: 'pop' })).toBe(RESULT);
    expect(next('host', { symptom: 'times-out', host: 'pop' })).toBe('port');
  });
  it('for port goes to security; security to user-name only when the symptom is unknown', () => {
    expect(next('port', { symptom: 'times-out', port: `${PORTS.popSsl}` })).toBe('security');
    expect(next('security', { symptom: 'times-out', security: 'none' })).toBe(RESULT);
    expect(next('security', { symptom: 'unsure', security: 'none' })).toBe('user-name');
  });
});

describe('the generic resolver on the troubleshooting flows', () => {
  it('shows the result of a complete send path', () => {
    const query = `?symptom=secure-connection&port=${PORTS.submission}&security=starttls&antivirus=no`;
    const r = resolve(CANT_SEND_FLOW, RESULT, query);
    expect(r.kind).toBe('result');
    if (r.kind !== 'result') return;
    expect(r.path).toEqual(['symptom', 'port', 'security', 'antivirus']);
    expect(diagnoseSend(r.answers)[0]?.id).toBe('starttls');
  });

  it('shows the result of a complete receive path', () => {
    const r = resolve(CANT_RECEIVE_FLOW, RESULT, '?symptom=password-rejected&user-name=address&host=pop');
    expect(r.kind).toBe('result');
    if (r.kind === 'result') expect(diagnoseReceive(r.answers)[0]?.id).toBe('user-is-address');
  });

  it('sends an incomplete result URL to the first unanswered step', () => {
    expect(resolve(CANT_SEND_FLOW, RESULT, '?symptom=relay-denied&smtp-auth=no')).toEqual({
      kind: 'redirect',
      to: 'registration',
      query: '?symptom=relay-denied&smtp-auth=no',
    });
  });

  it('asks again a question whose answer it did not understand', () => {
    const r = resolve(CANT_RECEIVE_FLOW, 'port', '?symptom=times-out&host=pop&port=993');
    expect(r).toMatchObject({ kind: 'step', step: 'port', error: { step: 'port', value: '993' } });
  });

  it('does not know steps of other flows', () => {
    expect(resolve(CANT_RECEIVE_FLOW, 'antivirus', '')).toEqual({ kind: 'not-found' });
    expect(resolve(CANT_SEND_FLOW, 'client', '')).toEqual({ kind: 'not-found' });
  });
});

describe('diagnoseSend: representative answers', () => {
  it('STARTTLS on 587: security None, or SSL/TLS on 465', () => {
    const [c] = diagnoseSend({ symptom: 'secure-connection', port: `${PORTS.submission}`, security: 'starttls', antivirus: 'no' });
    expect(c).toMatchObject({
      id: 'starttls',
      certainty: 'definite',
      fix: [{ field: 'security', value: 'none' }],
      setting: { host: HOSTS.mail, port: PORTS.submission, security: 'none' },
      hostAssumed: true,
      setupStep: 'client',
    });
    expect(c?.alternative).toEqual([
      { field: 'host', value: HOSTS.mail },
      { field: 'port', value: PORTS.smtpSsl },
      { field: 'security', value: 'ssl-tls' },
    ]);
  });

  it('port 25 from au Hikari: the submission port', () => {
    const causes = diagnoseSend({ symptom: 'times-out', port: `${PORTS.smtp}`, security: 'none', network: 'au-hikari', antivirus: 'no' });
    expect(causes.map((c) => c.id)).toEqual(['port-25-au-hikari', 'network-restriction']);
    expect(causes[0]).toMatchObject({ fix: [{ field: 'port', value: PORTS.submission }], setupStep: 'network' });
  });

  it('port 25 on another network: likely OP25B', () => {
    const [c] = diagnoseSend({ symptom: 'times-out', port: `${PORTS.smtp}`, security: 'none', network: 'other', antivirus: 'no' });
    expect(c).toMatchObject({ id: 'port-25-blocked', certainty: 'likely' });
  });

  it('465 with None', () => {
    const [c] = diagnoseSend({ symptom: 'times-out', port: `${PORTS.smtpSsl}`, security: 'none', antivirus: 'no' });
    expect(c).toMatchObject({ id: 'no-ssl-on-ssl-port', fix: [{ field: 'security', value: 'ssl-tls' }] });
  });

  it('SSL/TLS on 587: move to 465', () => {
    const [c] = diagnoseSend({ symptom: 'secure-connection', port: `${PORTS.submission}`, security: 'ssl-tls', antivirus: 'no' });
    expect(c).toMatchObject({ id: 'ssl-on-plain-port', fix: [{ field: 'port', value: PORTS.smtpSsl }] });
  });

  it('relay denied with SMTP AUTH off and no registration', () => {
    const causes = diagnoseSend({ symptom: 'relay-denied', 'smtp-auth': 'no', registration: 'no', host: 'mail', antivirus: 'no' });
    expect(causes.map((c) => c.id)).toEqual(['out-auth-off', 'registration-missing']);
    expect(causes[1]?.setupStep).toBe('registration');
  });

  it('relay denied on mails without the option', () => {
    const causes = diagnoseSend({
      symptom: 'relay-denied',
      'smtp-auth': 'yes',
      registration: 'yes',
      host: 'mails',
      'virus-check': 'no',
      antivirus: 'no',
    });
    expect(causes).toEqual([
      { id: 'mails-without-virus-check', certainty: 'likely', fix: [{ field: 'host', value: HOSTS.mail }], setupStep: 'virus-check' },
    ]);
  });

  it('password rejected with the address as user name and outgoing-mail checking on', () => {
    const causes = diagnoseSend({ symptom: 'password-rejected', 'user-name': 'address', registration: 'yes', antivirus: 'yes' });
    expect(causes.map((c) => c.id)).toEqual(['user-is-address', 'antivirus-outgoing-check', 'wrong-password']);
  });

  it('with nothing wrong said, asks to check the settings against the right ones', () => {
    const causes = diagnoseSend({ symptom: 'secure-connection', port: `${PORTS.smtpSsl}`, security: 'ssl-tls', antivirus: 'no' });
    expect(causes).toEqual([
      {
        id: 'recheck-settings',
        certainty: 'possible',
        fix: [],
        setting: { host: HOSTS.mail, port: PORTS.smtpSsl, security: 'ssl-tls' },
        hostAssumed: true,
        setupStep: RESULT,
      },
    ]);
  });

  it('a time-out: what usually times out comes before what usually rejects the password', () => {
    const causes = diagnoseSend({ symptom: 'times-out', port: `${PORTS.submission}`, security: 'none', antivirus: 'unsure' });
    expect(causes.map((c) => c.id)).toEqual(['network-restriction', 'antivirus-outgoing-check']);
  });

  it('"don\'t know" everywhere: the safe values, all as possible causes', () => {
    const causes = diagnoseSend({ symptom: 'unsure', port: 'unsure', security: 'unsure', network: 'unsure', 'smtp-auth': 'unsure', antivirus: 'unsure' });
    expect(causes.map((c) => c.id)).toEqual(['check-port-security', 'out-auth-off', 'registration-missing', 'antivirus-outgoing-check']);
    expect(causes[0]?.setting).toEqual({ host: HOSTS.mail, port: PORTS.smtpSsl, security: 'ssl-tls' });
    expect(causes.every((c) => c.certainty === 'possible')).toBe(true);
  });
});

describe('diagnoseSend: an app without SMTP AUTH (POP before SMTP)', () => {
  const pbs = { symptom: 'relay-denied', 'smtp-auth': 'pop-before-smtp', host: 'mail' } as const;

  it('receiving on 995 (the advice this guide gave before): receive on 110 without SSL/TLS, for certain', () => {
    const causes = diagnoseSend({ ...pbs, 'receive-port': `${PORTS.popSsl}` });
    expect(causes.map((c) => [c.id, c.certainty])).toEqual([
      ['pop-before-smtp-ssl', 'definite'],
      ['out-auth-off', 'likely'],
    ]);
    expect(causes[0]).toEqual({
      id: 'pop-before-smtp-ssl',
      certainty: 'definite',
      fix: [
        { field: 'port', value: PORTS.pop },
        { field: 'security', value: 'none' },
      ],
      setting: { host: HOSTS.pop, port: PORTS.pop, security: 'none' },
      server: 'receive',
      setupStep: 'client',
    });
    // Nothing to switch on in an app without SMTP AUTH: its card says how POP before SMTP sends.
    expect(causes[1]?.fix).toEqual([]);
  });

  it('receiving on 110: SMTP AUTH is likely, never definite, and nothing about SSL/TLS', () => {
    const causes = diagnoseSend({ ...pbs, 'receive-port': `${PORTS.pop}` });
    expect(causes.map((c) => [c.id, c.certainty])).toEqual([['out-auth-off', 'likely']]);
  });

  it('the incoming port unknown: receiving over SSL/TLS is worth checking', () => {
    const causes = diagnoseSend({ symptom: 'unsure', port: 'unsure', security: 'unsure', network: 'unsure', 'smtp-auth': 'pop-before-smtp', 'receive-port': 'unsure' });
    expect(causes.map((c) => [c.id, c.certainty])).toEqual([
      ['out-auth-off', 'likely'],
      ['check-port-security', 'possible'],
      ['pop-before-smtp-ssl', 'possible'],
    ]);
  });

  it('SMTP AUTH switched off in an app that has it stays the definite cause', () => {
    const [c] = diagnoseSend({ symptom: 'relay-denied', 'smtp-auth': 'no', registration: 'yes', host: 'mail', antivirus: 'no' });
    expect(c).toMatchObject({ id: 'out-auth-off', certainty: 'definite', fix: [{ field: 'smtp-auth', value: 'on' }] });
  });

  it('on every path: SMTP AUTH off is never definite, and registration and antivirus never come up, for POP before SMTP', () => {
    for (const a of everyPath(CANT_SEND_FLOW).filter((p) => p['smtp-auth'] === 'pop-before-smtp')) {
      const causes = diagnoseSend(a);
      expect(causes.find((c) => c.id === 'out-auth-off')?.certainty).toBe('likely');
      expect(causes.map((c) => c.id)).not.toContain('registration-missing');
      expect(causes.map((c) => c.id)).not.toContain('antivirus-outgoing-check');
      expect(causes.some((c) => c.id === 'pop-before-smtp-ssl')).toBe(a['receive-port'] === `${PORTS.popSsl}` || a['receive-port'] === 'unsure');
    }
  });
});

describe('reading ASAHI Net mail in Gmail', () => {
  it('goes to the result at once, with Gmail’s end of POP fetching as the likely cause and the apps’ steps', () => {
    expect(goesTo(CANT_RECEIVE_FLOW, 'symptom', { symptom: 'gmail' })).toBe(RESULT);
    expect(resolve(CANT_RECEIVE_FLOW, RESULT, '?symptom=gmail')).toEqual({ kind: 'result', answers: { symptom: 'gmail' }, path: ['symptom'] });
    expect(diagnoseReceive({ symptom: 'gmail' })).toEqual([{ id: 'gmail-pop-ended', certainty: 'likely', fix: [], setupStep: 'client' }]);
    expect(CATALOGUE['gmail-pop-ended'].guide).toBe('apps');
  });
});

describe('diagnoseReceive: representative answers', () => {
  it('995 with STARTTLS', () => {
    const [c] = diagnoseReceive({ symptom: 'secure-connection', host: 'pop', port: `${PORTS.popSsl}`, security: 'starttls' });
    expect(c).toMatchObject({ id: 'starttls', fix: [{ field: 'security', value: 'ssl-tls' }] });
  });

  it('the outgoing server as the incoming one', () => {
    const [c] = diagnoseReceive({ symptom: 'times-out', host: 'mail', port: `${PORTS.popSsl}`, security: 'ssl-tls' });
    expect(c).toMatchObject({ id: 'host-wrong-role', fix: [{ field: 'host', value: HOSTS.pop }] });
  });

  it('the outgoing server and an IMAP port: listed in the same order as the checker lists them', () => {
    const flow = diagnoseReceive({ symptom: 'times-out', host: 'mail', port: 'other', security: 'ssl-tls' });
    const check = diagnose({ 'in-host': HOSTS.mail, 'in-port': 993, 'in-security': 'ssl-tls' });
    expect(flow.map((c) => c.id).slice(0, 2)).toEqual(['host-wrong-role', 'port-not-offered']);
    expect(check.map((d) => d.id)).toEqual(['host-wrong-role', 'port-not-offered']);
  });

  it('an IMAP port', () => {
    const [c] = diagnoseReceive({ symptom: 'times-out', host: 'pop', port: 'other', security: 'ssl-tls' });
    expect(c).toMatchObject({ id: 'port-not-offered', fix: [{ field: 'port', value: PORTS.popSsl }] });
  });

  it('110 with SSL/TLS: move to 995', () => {
    const [c] = diagnoseReceive({ symptom: 'secure-connection', host: 'pop', port: `${PORTS.pop}`, security: 'ssl-tls' });
    expect(c).toMatchObject({ id: 'ssl-on-plain-port', fix: [{ field: 'port', value: PORTS.popSsl }] });
  });

  it('password rejected with an upper-case user name: likely, not definite (「すべて半角小文字で設定」 stands on the password row)', () => {
    const causes = diagnoseReceive({ symptom: 'password-rejected', 'user-name': 'id-uppercase', host: 'pop' });
    expect(causes.map((c) => [c.id, c.certainty])).toEqual([
      ['user-not-lowercase', 'likely'],
      ['wrong-password', 'possible'],
    ]);
  });
});

function checkCauses(causes: readonly Cause[], role: 'send' | 'receive') {
  expect(causes.length).toBeGreaterThan(0);
  expect(new Set(causes.map((c) => c.id)).size).toBe(causes.length);
  const certainties = causes.map((c) => CERTAINTIES.indexOf(c.certainty));
  expect(certainties).toEqual([...certainties].sort((a, b) => a - b));
  for (const c of causes) {
    expect([...STEP_IDS, RESULT]).toContain(c.setupStep);
    for (const fixes of [c.fix, c.alternative ?? []]) {
      for (const f of fixes) {
        expect(f.value).not.toBe('starttls');
        if (f.field === 'port') expect(f.value).not.toBe(PORTS.smtp);
      }
    }
    if (c.setting) {
      const row = SERVERS.find((s) => s.host === c.setting?.host);
      expect(row?.role).toBe(c.server ?? role);
      expect(row?.ports).toContainEqual(expect.objectContaining({ port: c.setting.port, security: c.setting.security }));
      // What the fix sets is what the setting says.
      for (const f of c.fix) if (f.field === 'port' || f.field === 'security' || f.field === 'host') expect(c.setting[f.field]).toBe(f.value);
      if (c.alternative) {
        const get = (field: string) => c.alternative?.find((f) => f.field === field)?.value;
        const host = get('host') ?? c.setting.host;
        const other = SERVERS.find((s) => s.host === host);
        expect(other?.role).toBe(role);
        expect(other?.ports).toContainEqual(expect.objectContaining({ port: get('port'), security: get('security') }));
      }
    } else {
      for (const f of c.fix) expect(f.field === 'port' || f.field === 'security').toBe(false);
    }
    for (const f of c.fix) if (f.field === 'host') expect(SERVERS.find((s) => s.host === f.value)?.role).toBe(role);
  }
}

// Computed before the tests are declared, so that each test's time limit grows with the paths it walks.
const sendPaths = everyPath(CANT_SEND_FLOW);
const receivePaths = everyPath(CANT_RECEIVE_FLOW);

describe('every answer combination', { timeout: 5_000 + (sendPaths.length + receivePaths.length) * 5 }, () => {

  it('asks 3 to 6 questions on every path, but Gmail’s, which needs no setting', () => {
    for (const a of [...sendPaths, ...receivePaths]) {
      const n = Object.keys(a).length;
      if (a.symptom === 'gmail') {
        expect(a).toEqual({ symptom: 'gmail' });
        continue;
      }
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(6);
    }
  });

  it('gives at least one cause to every send path, never STARTTLS or port 25, and only real host/port pairs', () => {
    expect(sendPaths.length).toBeGreaterThan(500);
    for (const a of sendPaths) checkCauses(diagnoseSend(a), 'send');
  });

  it('gives at least one cause to every receive path, never STARTTLS, and only real host/port pairs', () => {
    expect(receivePaths.length).toBeGreaterThan(100);
    for (const a of receivePaths) checkCauses(diagnoseReceive(a), 'receive');
  });

  it('has every step reachable and every option used', () => {
    for (const [flow, paths] of [
      [CANT_SEND_FLOW, sendPaths],
      [CANT_RECEIVE_FLOW, receivePaths],
    ] as const) {
      for (const [step, { options }] of Object.entries<{ options: readonly string[] }>(flow.steps)) {
        for (const option of options) expect(paths.some((a: AnyAnswers) => a[step] === option)).toBe(true);
      }
    }
  });

  it('resolves every complete send path to its result with the canonical query', () => {
    for (const a of sendPaths.slice(0, 200)) {
      const query = `?${new URLSearchParams(a as AnyAnswers).toString()}`;
      expect(resolve(CANT_SEND_FLOW, RESULT, query).kind).not.toBe('not-found');
    }
  });

  it('lists the causes as the catalogue says: its setup step, most likely first', () => {
    const paths = [
      ...sendPaths.map((a) => ({ symptom: a.symptom, causes: diagnoseSend(a) as readonly Cause[] })),
      ...receivePaths.map((a) => ({ symptom: a.symptom, causes: diagnoseReceive(a) as readonly Cause[] })),
    ];
    for (const { symptom, causes } of paths) {
      for (const c of causes) expect(c.setupStep, c.id).toBe(CATALOGUE[c.id].setupStep);
      const symptoms = symptom === undefined || symptom === 'unsure' || symptom === 'gmail' ? [] : [symptom];
      expect(causes.map((c) => c.id)).toEqual(mostLikelyFirst(causes, symptoms).map((c) => c.id));
    }
  });

  it('hands the shared answers to the setup flow as valid answers', () => {
    for (const a of sendPaths) {
      const setup = toSetupAnswers(a);
      const { invalid } = parseAnswers(SETUP_FLOW, new URLSearchParams(setup as AnyAnswers).toString());
      expect(invalid.size).toBe(0);
    }
  });
});
