import { describe, expect, it } from 'vitest';
import { HOSTS, PORTS, SERVERS } from '../settings/servers';
import { CATALOGUE, DIAGNOSIS_IDS, type DiagnosisId } from './causes';
import { correctedSettings, diagnose, type Expected } from './check';
import { CHECK_FIELDS, checkToQuery, classifyUserName, parseCheck, type CheckInput } from './check-query';

/** The provider's recommended settings, as the setup flow gives them to an app with SSL/TLS. */
const GOOD: CheckInput = {
  'in-host': HOSTS.pop,
  'in-port': PORTS.popSsl,
  'in-security': 'ssl-tls',
  'out-host': HOSTS.mail,
  'out-port': PORTS.smtpSsl,
  'out-security': 'ssl-tls',
  'out-auth': 'on',
  user: 'id',
};

/** The same, without SSL/TLS (587 with None), as many customers have it. */
const PLAIN: CheckInput = {
  ...GOOD,
  'in-port': PORTS.pop,
  'in-security': 'none',
  'out-port': PORTS.submission,
  'out-security': 'none',
};

interface Row {
  readonly name: string;
  readonly input: CheckInput;
  /** Every diagnosis id, most likely first. */
  readonly ids: readonly DiagnosisId[];
  /** The first diagnosis' corrected value, where it matters. */
  readonly expected?: Expected;
}

const ROWS: readonly Row[] = [
  // The examples of the issue.
  { name: '587 with STARTTLS', input: { ...PLAIN, 'out-security': 'starttls' }, ids: ['starttls'], expected: 'none' },
  { name: '465 with None', input: { ...GOOD, 'out-security': 'none' }, ids: ['no-ssl-on-ssl-port'], expected: 'ssl-tls' },
  { name: '995 with STARTTLS', input: { ...GOOD, 'in-security': 'starttls' }, ids: ['starttls'], expected: 'ssl-tls' },
  {
    name: 'port 25 from au Hikari',
    input: { ...PLAIN, 'out-port': PORTS.smtp, network: 'au-hikari' },
    ids: ['port-25-au-hikari'],
    expected: PORTS.submission,
  },
  {
    name: 'mails without the virus-check option',
    input: { ...GOOD, 'out-host': HOSTS.mails, 'virus-check': 'no' },
    ids: ['mails-without-virus-check'],
    expected: HOSTS.mail,
  },
  { name: 'upper-case user name', input: { ...GOOD, user: 'id-uppercase' }, ids: ['user-not-lowercase'] },
  { name: 'the address as user name', input: { ...GOOD, user: 'address' }, ids: ['user-is-address'] },
  { name: 'authentication off on 587', input: { ...PLAIN, 'out-auth': 'off' }, ids: ['out-auth-off'], expected: 'on' },
  // The advice this guide gave an app without SMTP AUTH before issue 30: receiving over SSL/TLS
  // beside POP before SMTP, whose servers do not support it.
  {
    name: 'authentication off, receiving on 995 with SSL/TLS (POP before SMTP over SSL/TLS)',
    input: { ...GOOD, 'out-port': PORTS.submission, 'out-security': 'none', 'out-auth': 'off' },
    ids: ['out-auth-off', 'pop-before-smtp-ssl'],
    expected: 'on',
  },
  {
    name: 'asahinet.or.jp as the outgoing server',
    input: { ...GOOD, 'out-host': 'asahinet.or.jp' },
    ids: ['host-typo'],
    expected: HOSTS.mail,
  },
  {
    name: 'asahinet.or.jp as the incoming server',
    input: { ...GOOD, 'in-host': 'asahinet.or.jp' },
    ids: ['host-typo'],
    expected: HOSTS.pop,
  },
  {
    name: 'mail.asahi-net.jp (".or" missing)',
    input: { ...GOOD, 'out-host': 'mail.asahi-net.jp' },
    ids: ['host-typo'],
    expected: HOSTS.mail,
  },
  {
    name: 'the incoming server in the outgoing field',
    input: { ...GOOD, 'out-host': HOSTS.pop },
    ids: ['host-wrong-role'],
    expected: HOSTS.mail,
  },
  { name: 'IMAP port 143', input: { ...PLAIN, 'in-port': 143 }, ids: ['port-not-offered'], expected: PORTS.pop },
  {
    name: 'mailssl with 587',
    input: { ...PLAIN, 'out-host': HOSTS.mailssl },
    ids: ['port-not-offered'],
    expected: PORTS.smtpSsl,
  },
  // Connection security and ports.
  { name: '110 with STARTTLS', input: { ...PLAIN, 'in-security': 'starttls' }, ids: ['starttls'], expected: 'none' },
  { name: '465 with STARTTLS', input: { ...GOOD, 'out-security': 'starttls' }, ids: ['starttls'], expected: 'ssl-tls' },
  {
    name: 'STARTTLS on both servers (the usual guess of an app)',
    input: { ...PLAIN, 'in-security': 'starttls', 'out-security': 'starttls' },
    ids: ['starttls', 'starttls'],
  },
  { name: '995 with None', input: { ...GOOD, 'in-security': 'none' }, ids: ['no-ssl-on-ssl-port'] },
  {
    name: '110 with SSL/TLS',
    input: { ...PLAIN, 'in-security': 'ssl-tls' },
    ids: ['ssl-on-plain-port'],
    expected: PORTS.popSsl,
  },
  {
    name: '587 with SSL/TLS',
    input: { ...PLAIN, 'out-security': 'ssl-tls' },
    ids: ['ssl-on-plain-port'],
    expected: PORTS.smtpSsl,
  },
  {
    name: 'IMAP over SSL, 993',
    input: { ...GOOD, 'in-port': 993 },
    ids: ['port-not-offered'],
    expected: PORTS.popSsl,
  },
  { name: 'port 2525', input: { ...PLAIN, 'out-port': 2525 }, ids: ['port-not-offered'], expected: PORTS.submission },
  {
    name: 'ports swapped (465 incoming, 995 outgoing)',
    input: { ...GOOD, 'in-port': PORTS.smtpSsl, 'out-port': PORTS.popSsl },
    ids: ['port-wrong-role', 'port-wrong-role'],
    expected: PORTS.popSsl,
  },
  {
    name: 'mailssl with None on 465',
    input: { ...GOOD, 'out-host': HOSTS.mailssl, 'out-security': 'none' },
    ids: ['no-ssl-on-ssl-port'],
    expected: 'ssl-tls',
  },
  // Port 25 and the network.
  {
    name: 'port 25 on another provider (OP25B)',
    input: { ...PLAIN, 'out-port': PORTS.smtp, network: 'other' },
    ids: ['port-25-blocked'],
    expected: PORTS.submission,
  },
  {
    name: 'port 25, network not said',
    input: { ...PLAIN, 'out-port': PORTS.smtp },
    ids: ['port-25-blocked'],
    expected: PORTS.submission,
  },
  {
    name: 'port 25 with SSL/TLS on au Hikari',
    input: { ...GOOD, 'out-port': PORTS.smtp, network: 'au-hikari' },
    ids: ['ssl-on-plain-port', 'port-25-au-hikari'],
    expected: PORTS.smtpSsl,
  },
  {
    name: 'port 25 with STARTTLS on au Hikari',
    input: { ...PLAIN, 'out-port': PORTS.smtp, 'out-security': 'starttls', network: 'au-hikari' },
    ids: ['starttls', 'port-25-au-hikari'],
    expected: 'none',
  },
  // Host names.
  {
    name: 'the incoming server for both',
    input: { ...GOOD, 'in-host': HOSTS.mail },
    ids: ['host-wrong-role'],
    expected: HOSTS.pop,
  },
  {
    name: 'the e-mail domain as the server',
    input: { ...GOOD, 'in-host': 'asahinet.jp' },
    ids: ['host-address-domain'],
    expected: HOSTS.pop,
  },
  {
    name: 'the ID address domain as the server',
    input: { ...GOOD, 'out-host': 'asahi-net.or.jp' },
    ids: ['host-address-domain'],
    expected: HOSTS.mail,
  },
  {
    name: 'a guessed smtp. label',
    input: { ...GOOD, 'out-host': 'smtp.asahi-net.or.jp' },
    ids: ['host-typo'],
    expected: HOSTS.mail,
  },
  { name: 'pop3. for pop.', input: { ...GOOD, 'in-host': 'pop3.asahi-net.or.jp' }, ids: ['host-typo'], expected: HOSTS.pop },
  {
    name: 'mail. on the e-mail domain',
    input: { ...GOOD, 'out-host': 'mail.asahinet.jp' },
    ids: ['host-typo'],
    expected: HOSTS.mail,
  },
  {
    name: '.ne.jp for .or.jp',
    input: { ...GOOD, 'out-host': 'mail.asahi-net.ne.jp' },
    ids: ['host-typo'],
    expected: HOSTS.mail,
  },
  {
    name: 'a misspelt incoming server in the outgoing field',
    input: { ...GOOD, 'out-host': 'pop.asahinet.or.jp' },
    ids: ['host-typo'],
    expected: HOSTS.mail,
  },
  {
    name: "another provider's server",
    input: { ...GOOD, 'out-host': 'smtp.gmail.com' },
    ids: ['host-unknown'],
    expected: HOSTS.mail,
  },
  {
    name: 'full-width host',
    input: { ...GOOD, 'in-host': 'ｐｏｐ．ａｓａｈｉ－ｎｅｔ．ｏｒ．ｊｐ' },
    ids: ['host-full-width'],
    expected: HOSTS.pop,
  },
  { name: 'upper-case host (harmless)', input: { ...GOOD, 'in-host': HOSTS.pop.toUpperCase() }, ids: ['looks-right'] },
  // The virus-check option.
  {
    name: 'subscriber on mail',
    input: { ...GOOD, 'virus-check': 'yes' },
    ids: ['mail-with-virus-check'],
    expected: HOSTS.mails,
  },
  {
    name: 'mails, unsure of the option',
    input: { ...GOOD, 'out-host': HOSTS.mails, 'virus-check': 'unsure' },
    ids: ['mails-virus-check-unsure'],
    expected: HOSTS.mail,
  },
  {
    name: 'misspelt mails without the option',
    input: { ...GOOD, 'out-host': 'mails.asahinet.or.jp', 'virus-check': 'no' },
    // The typo is certain; that mails is the subscribers' server (※6) makes the other likely.
    ids: ['host-typo', 'mails-without-virus-check'],
    expected: HOSTS.mail,
  },
  // The account.
  { name: 'something else as user name', input: { ...GOOD, user: 'other' }, ids: ['user-not-id'] },
  // Several at once: an app's own guess (STARTTLS on 587, address as user, no auth).
  {
    name: "an app's guess",
    input: { ...PLAIN, 'out-security': 'starttls', 'in-security': 'starttls', user: 'address', 'out-auth': 'off' },
    ids: ['starttls', 'starttls', 'user-is-address', 'out-auth-off'],
  },
  {
    name: 'swapped hosts',
    input: { ...GOOD, 'in-host': HOSTS.mail, 'out-host': HOSTS.pop },
    ids: ['host-wrong-role', 'host-wrong-role'],
    expected: HOSTS.pop,
  },
  // Right settings.
  { name: 'the recommended settings', input: GOOD, ids: ['looks-right'] },
  { name: 'the unencrypted settings', input: PLAIN, ids: ['looks-right'] },
  {
    name: 'port 25 on ASAHI Net',
    input: { ...PLAIN, 'out-port': PORTS.smtp, network: 'asahi' },
    ids: ['looks-right'],
  },
  {
    name: 'subscriber on mails',
    input: { ...GOOD, 'out-host': HOSTS.mails, 'virus-check': 'yes' },
    ids: ['looks-right'],
  },
  { name: 'nothing entered', input: {}, ids: ['nothing-to-check'] },
  { name: 'only the context', input: { network: 'au-hikari', 'virus-check': 'yes' }, ids: ['nothing-to-check'] },
];

describe('diagnose: realistic wrong configurations', () => {
  it('has at least 30 wrong configurations', () => {
    expect(ROWS.filter((r) => r.ids[0] !== 'looks-right' && r.ids[0] !== 'nothing-to-check').length).toBeGreaterThanOrEqual(30);
  });

  it.each(ROWS)('$name → $ids', ({ input, ids, expected }) => {
    const result = diagnose(input);
    expect(result.map((d) => d.id)).toEqual(ids);
    if (expected !== undefined) expect(result[0]?.expected).toBe(expected);
  });

  it('links each diagnosis to the catalogue’s setup step', () => {
    for (const { input } of ROWS) {
      for (const d of diagnose(input)) expect(d.setupStep ?? null, d.id).toBe(CATALOGUE[d.id].setupStep);
    }
  });
});

describe('diagnose: details', () => {
  it('points at the field and echoes what was given', () => {
    const [d] = diagnose({ ...PLAIN, 'out-security': 'starttls' });
    expect(d).toMatchObject({ field: 'out-security', given: 'starttls', expected: 'none', setupStep: 'client' });
  });

  it('offers SSL/TLS on 465 as the alternative to STARTTLS on 587', () => {
    const [d] = diagnose({ ...PLAIN, 'out-security': 'starttls' });
    expect(d?.alternative).toEqual([
      { field: 'out-port', value: PORTS.smtpSsl },
      { field: 'out-security', value: 'ssl-tls' },
    ]);
  });

  it('names the port to go with STARTTLS when no port was given', () => {
    const [d] = diagnose({ 'in-security': 'starttls' });
    expect(d).toMatchObject({ id: 'starttls', expected: 'ssl-tls', also: [{ field: 'in-port', value: PORTS.popSsl }] });
  });

  it('changes security with a port that is not offered, when needed', () => {
    const [d] = diagnose({ 'out-host': HOSTS.mailssl, 'out-port': PORTS.submission, 'out-security': 'none' });
    expect(d).toMatchObject({
      id: 'port-not-offered',
      expected: PORTS.smtpSsl,
      also: [{ field: 'out-security', value: 'ssl-tls' }],
      // Or keep 587 with None on the standard host, which offers it: only the host changes.
      alternative: [{ field: 'out-host', value: HOSTS.mail }],
    });
  });

  it('gives the user name rule as the value to put in', () => {
    expect(diagnose({ user: 'address' })[0]).toMatchObject({ field: 'user', given: 'address', expected: 'asahi-net-id' });
  });

  it('says what looks right could not check, with the hints', () => {
    const [d] = diagnose({ 'out-host': HOSTS.mail, 'out-port': PORTS.submission, 'out-security': 'none' });
    expect(d?.id).toBe('looks-right');
    expect(d?.unchecked).toEqual(['in-host', 'in-port', 'in-security', 'out-auth', 'user']);
    expect(d?.hints).toEqual(['registration', 'antivirus-outgoing-check', 'encryption-recommended']);
  });

  it('notes that port 25 works only on ASAHI Net', () => {
    const [d] = diagnose({ ...PLAIN, 'out-port': PORTS.smtp, network: 'asahi' });
    expect(d?.hints).toContain('port-25-asahi-only');
  });

  // Every configuration of these values; the problems are collected and compared once, so the
  // sweep costs little per configuration, and its time limit grows with the number swept.
  const hosts = [...Object.values(HOSTS), 'asahinet.or.jp', 'smtp.gmail.com'];
  const ports = [...Object.values(PORTS), 143, 993, 2525];
  const securities = ['ssl-tls', 'starttls', 'none', undefined] as const;
  const networks = ['asahi', 'au-hikari', 'other', 'unsure', undefined] as const;
  const options = ['yes', 'no', 'unsure', undefined] as const;
  const sweep = hosts.length * ports.length * securities.length * networks.length * options.length;
  it('never suggests STARTTLS, port 25 or a host/port pair the provider does not have', { timeout: 5_000 + sweep * 10 }, () => {
    const problems: string[] = [];
    for (const host of hosts)
      for (const port of ports)
        for (const security of securities)
          for (const network of networks)
            for (const virusCheck of options) {
              const input: CheckInput = {
                'in-host': host,
                'in-port': port,
                'in-security': security,
                'out-host': host,
                'out-port': port,
                'out-security': security,
                network,
                'virus-check': virusCheck,
              };
              const at = JSON.stringify(input);
              const corrected = correctedSettings(input);
              for (const setting of [corrected.receive, corrected.send]) {
                const row = SERVERS.find((s) => s.host === setting.host);
                if (!row?.ports.some((p) => p.port === setting.port && p.security === setting.security)) problems.push(`${at}: corrected to ${setting.host}:${setting.port} ${setting.security}`);
              }
              if (corrected.receive.host !== HOSTS.pop) problems.push(`${at}: receive on ${corrected.receive.host}`);
              if (network !== 'asahi' && corrected.send.port === PORTS.smtp) problems.push(`${at}: port 25 off ASAHI Net`);
              for (const d of diagnose(input)) {
                const values = [d.expected, ...(d.also ?? []).map((c) => c.value), ...(d.alternative ?? []).map((c) => c.value)];
                if ((values as unknown[]).includes('starttls')) problems.push(`${at}: ${d.id} suggests STARTTLS`);
                if (d.field?.endsWith('port') && d.expected === PORTS.smtp) problems.push(`${at}: ${d.id} suggests port 25`);
                if (!(DIAGNOSIS_IDS as readonly string[]).includes(d.id)) problems.push(`${at}: unknown diagnosis ${d.id}`);
              }
            }
    expect(sweep).toBeGreaterThan(1000);
    expect(problems).toEqual([]);
  });
});

describe('parseCheck / checkToQuery', () => {
  it('round-trips every kind of input', () => {
    const inputs: CheckInput[] = [
      GOOD,
      PLAIN,
      { 'out-port': PORTS.smtp, network: 'au-hikari' },
      { 'in-host': 'ｐｏｐ．ａｓａｈｉ－ｎｅｔ．ｏｒ．ｊｐ', 'virus-check': 'unsure' },
      { 'out-host': 'asahinet.or.jp', user: 'id-uppercase', 'out-auth': 'off' },
      {},
    ];
    for (const input of inputs) expect(parseCheck(checkToQuery(input))).toEqual({ input, invalid: [] });
  });

  it('writes keys in a stable order', () => {
    expect(checkToQuery({ user: 'address', 'out-port': PORTS.submission, 'in-security': 'none' })).toBe(
      `?in-security=none&out-port=${PORTS.submission}&user=address`,
    );
    expect(checkToQuery({})).toBe('');
  });

  it('reads keys and choices case-insensitively, with or without "?"', () => {
    expect(parseCheck('IN-SECURITY=SSL-TLS&Out-Auth=On').input).toEqual({ 'in-security': 'ssl-tls', 'out-auth': 'on' });
    expect(parseCheck('?user=id').input).toEqual({ user: 'id' });
  });

  it('reads full-width port digits', () => {
    expect(parseCheck('in-port=%EF%BC%99%EF%BC%99%EF%BC%95').input).toEqual({ 'in-port': PORTS.popSsl });
  });

  it('drops unknown keys and repeats, and treats empty values as not given', () => {
    expect(parseCheck('foo=bar&user=id&user=address&in-port=').input).toEqual({ user: 'id' });
  });

  it('names every value it did not understand, and leaves it out', () => {
    const { input, invalid } = parseCheck(
      'in-port=99999&out-port=abc&in-security=tls&out-auth=yes&user=me&network=mars&virus-check=maybe&in-host=%3Cscript%3E&out-host=mail.asahi-net.or.jp:587',
    );
    expect(input).toEqual({});
    expect(invalid.map((i) => i.field)).toEqual([
      'in-port',
      'out-port',
      'in-security',
      'out-auth',
      'user',
      'network',
      'virus-check',
      'in-host',
      'out-host',
    ]);
    expect(invalid[7]).toEqual({ field: 'in-host', value: '<script>' });
  });

  it('never throws on hostile queries', () => {
    const hostile = [
      '%',
      '%%%%',
      '%E0%A4%A',
      'in-host=%00%01',
      `in-host=${'a'.repeat(100000)}`,
      `out-port=${'9'.repeat(5000)}`,
      'in-port=-1&out-port=0&in-port=1e3',
      'out-port=%EF%BC%95%EF%BC%98%EF%BC%97%EF%BC%90%EF%BC%90%EF%BC%90',
      '__proto__=x&constructor=y&toString=z',
      'in-host=javascript:alert(1)',
      '&&&===&',
      'in-security[]=none',
      'user=%F0%9F%98%80',
    ];
    for (const q of hostile) {
      const { input, invalid } = parseCheck(q);
      expect(() => diagnose(input)).not.toThrow();
      for (const i of invalid) {
        expect(CHECK_FIELDS).toContain(i.field);
        expect(i.value.length).toBeLessThanOrEqual(40);
      }
    }
    const long = parseCheck(`in-port=${'9'.repeat(38)}\u{1F600}x`).invalid[0]?.value;
    expect(long).toBe(`${'9'.repeat(38)}…`);
    expect(parseCheck('__proto__=x').input).toEqual({});
    expect(Object.getPrototypeOf(parseCheck('__proto__=x').input)).toBe(Object.prototype);
  });

  it('takes the same check to the same URL, so support can share it', () => {
    const query = checkToQuery({ ...PLAIN, 'out-security': 'starttls', network: 'au-hikari' });
    expect(diagnose(parseCheck(query).input)).toEqual(diagnose({ ...PLAIN, 'out-security': 'starttls', network: 'au-hikari' }));
  });
});

describe('classifyUserName', () => {
  it.each([
    ['ab4t-ash', 'id'],
    ['m1234ab567c', 'id'],
    ['AB4T-ASH', 'id-uppercase'],
    ['ａｂ４ｔ－ａｓｈ', 'id-uppercase'],
    ['asahitaro@asahinet.jp', 'address'],
    ['ab4t-ash@asahi-net.or.jp', 'address'],
    ['ab4t-ash＠atson.net', 'address'],
    ['asahi taro', 'other'],
    ['  ', undefined],
  ])('%s → %s', (raw, form) => {
    expect(classifyUserName(raw)).toBe(form);
  });
});

describe('an app without SMTP AUTH receiving over SSL/TLS', () => {
  const pbs: CheckInput = { ...GOOD, 'out-port': PORTS.submission, 'out-security': 'none', 'out-auth': 'off' };

  it('is told to receive on 110 without SSL/TLS, as a likely finding after SMTP AUTH off', () => {
    const [auth, ssl] = diagnose(pbs);
    expect(auth).toMatchObject({ id: 'out-auth-off', field: 'out-auth', expected: 'on' });
    expect(auth?.certainty).toBeUndefined();
    expect(ssl).toEqual({
      id: 'pop-before-smtp-ssl',
      setupStep: 'client',
      certainty: 'likely',
      field: 'in-port',
      given: PORTS.popSsl,
      expected: PORTS.pop,
      also: [{ field: 'in-security', value: 'none' }],
    });
  });

  it('with only the security known, the security is the field and the port goes with it', () => {
    const found = diagnose({ ...pbs, 'in-port': undefined }).find((d) => d.id === 'pop-before-smtp-ssl');
    expect(found).toMatchObject({ field: 'in-security', given: 'ssl-tls', expected: 'none', also: [{ field: 'in-port', value: PORTS.pop }] });
  });

  it('is not found when receiving is already on 110, or when SMTP AUTH is on or not given', () => {
    for (const input of [
      { ...PLAIN, 'out-auth': 'off' },
      GOOD,
      { ...GOOD, 'out-auth': undefined },
    ] as CheckInput[]) {
      expect(diagnose(input).map((d) => d.id)).not.toContain('pop-before-smtp-ssl');
    }
  });
});

describe('findings the source states less firmly than a rule', () => {
  it('capitals in the user name and mails without the option are likely, not certain', () => {
    const user = diagnose({ ...GOOD, user: 'id-uppercase' });
    expect(user).toEqual([expect.objectContaining({ id: 'user-not-lowercase', certainty: 'likely' })]);
    const mails = diagnose({ ...GOOD, 'out-host': HOSTS.mails, 'virus-check': 'no' });
    expect(mails).toEqual([expect.objectContaining({ id: 'mails-without-virus-check', certainty: 'likely' })]);
    // A certain mismatch comes first.
    expect(diagnose({ ...GOOD, user: 'id-uppercase', 'out-security': 'starttls' }).map((d) => d.id)).toEqual(['starttls', 'user-not-lowercase']);
  });
});
