/**
 * Every value is pinned, as a literal, to the provider's page "各種メールソフトの設定 設定の前に"
 * (shared/seed/000_abffa169eb001014.txt, 基本設定 table and footnotes ※1–※6). A change here
 * means the provider's page changed, or the table no longer says what the page says.
 */
import { describe, expect, it } from 'vitest';
import { HOSTS, PORTS, SERVERS, findServer, securityOf, type Port, type Server } from './servers';

function server(host: string): Server {
  const found = findServer(host);
  if (!found) throw new Error(`no server ${host}`);
  return found;
}

/** host → [port, security, footnotes] rows, exactly as the source lists them. */
function rows(host: string): [number, string, readonly number[]][] {
  return server(host).ports.map((p) => [p.port, p.security, p.notes]);
}

describe('hosts', () => {
  it('are the four host names of the source, spelled as it spells them', () => {
    expect(HOSTS).toEqual({
      pop: 'pop.asahi-net.or.jp',
      mail: 'mail.asahi-net.or.jp',
      mails: 'mails.asahi-net.or.jp',
      mailssl: 'mailssl.asahi-net.or.jp',
    });
  });

  it('has one table row per host, in the source order', () => {
    expect(SERVERS.map((s) => s.host)).toEqual([
      'pop.asahi-net.or.jp',
      'mail.asahi-net.or.jp',
      'mails.asahi-net.or.jp',
      'mailssl.asahi-net.or.jp',
    ]);
  });

  it('receives only on pop.asahi-net.or.jp (受信メールサーバー (POP3))', () => {
    expect(SERVERS.filter((s) => s.role === 'receive').map((s) => [s.host, s.protocol])).toEqual([
      ['pop.asahi-net.or.jp', 'POP3'],
    ]);
  });

  it('sends on mail, mails and mailssl (送信メールサーバー (SMTP))', () => {
    expect(SERVERS.filter((s) => s.role === 'send').map((s) => [s.host, s.protocol])).toEqual([
      ['mail.asahi-net.or.jp', 'SMTP'],
      ['mails.asahi-net.or.jp', 'SMTP'],
      ['mailssl.asahi-net.or.jp', 'SMTP'],
    ]);
  });
});

describe('ports per host', () => {
  it('pop.asahi-net.or.jp: 995 ※1 SSL/TLS, 110 ※2 no encryption', () => {
    expect(rows('pop.asahi-net.or.jp')).toEqual([
      [995, 'ssl-tls', [1]],
      [110, 'none', [2]],
    ]);
  });

  it('mail.asahi-net.or.jp: 465 ※3 SSL/TLS, 587 ※4 none, 25 ※5 none', () => {
    expect(rows('mail.asahi-net.or.jp')).toEqual([
      [465, 'ssl-tls', [3]],
      [587, 'none', [4]],
      [25, 'none', [5]],
    ]);
  });

  it('mails.asahi-net.or.jp: the same three ports and footnotes as mail', () => {
    expect(rows('mails.asahi-net.or.jp')).toEqual([
      [465, 'ssl-tls', [3]],
      [587, 'none', [4]],
      [25, 'none', [5]],
    ]);
  });

  it('mailssl.asahi-net.or.jp: 465 ※3 only', () => {
    expect(rows('mailssl.asahi-net.or.jp')).toEqual([[465, 'ssl-tls', [3]]]);
  });

  it('mailssl offers neither 587 nor 25 (SSL/TLS only)', () => {
    const ports = server('mailssl.asahi-net.or.jp').ports.map((p) => p.port);
    expect(ports).not.toContain(587);
    expect(ports).not.toContain(25);
  });

  it('names the five ports of the source', () => {
    expect(PORTS).toEqual({ popSsl: 995, pop: 110, smtpSsl: 465, submission: 587, smtp: 25 });
  });
});

describe('footnotes', () => {
  it('※6 (おまかせウイルスチェック subscribers only) is on mails.asahi-net.or.jp only', () => {
    const withNote6 = SERVERS.filter((s) => s.hostNotes.includes(6)).map((s) => s.host);
    expect(withNote6).toEqual(['mails.asahi-net.or.jp']);
    expect(server('mails.asahi-net.or.jp').hostNotes).toEqual([6]);
  });

  it('no port row carries ※6, and no host row carries a port footnote', () => {
    for (const s of SERVERS) {
      for (const p of s.ports) expect(p.notes).not.toContain(6);
      expect(s.hostNotes.filter((n) => n !== 6)).toEqual([]);
    }
  });

  it('each of ※1–※5 belongs to exactly one port number', () => {
    const portsByNote = new Map<number, Set<number>>();
    for (const s of SERVERS) {
      for (const p of s.ports) {
        for (const n of p.notes) portsByNote.set(n, (portsByNote.get(n) ?? new Set()).add(p.port));
      }
    }
    expect(Object.fromEntries([...portsByNote].map(([n, ports]) => [n, [...ports]]))).toEqual({
      1: [995],
      2: [110],
      3: [465],
      4: [587],
      5: [25],
    });
  });
});

describe('connection security', () => {
  it.each([
    [995, 'ssl-tls'],
    [465, 'ssl-tls'],
    [110, 'none'],
    [587, 'none'],
    [25, 'none'],
  ] as [Port, string][])('port %i is %s', (port, security) => {
    expect(securityOf(port)).toBe(security);
  });

  it('every row of the table agrees with securityOf (security is a property of the port)', () => {
    for (const s of SERVERS) {
      for (const p of s.ports) expect(p.security, `${s.host}:${p.port}`).toBe(securityOf(p.port));
    }
  });

  it('is never STARTTLS/STLS anywhere in the table (※1–※5: not supported)', () => {
    const securities = new Set(SERVERS.flatMap((s) => s.ports.map((p) => p.security)));
    expect([...securities].sort()).toEqual(['none', 'ssl-tls']);
    expect(JSON.stringify(SERVERS).toLowerCase()).not.toMatch(/starttls|stls/);
  });

  it('587, the submission port, has no encryption (※4)', () => {
    for (const s of SERVERS) for (const p of s.ports) if (p.port === 587) expect(p.security).toBe('none');
  });
});

describe('findServer', () => {
  it('finds each host by its exact name', () => {
    for (const host of Object.values(HOSTS)) expect(findServer(host)?.host).toBe(host);
  });

  it('rejects names that are not in the table', () => {
    expect(findServer('smtp.asahi-net.or.jp')).toBeUndefined();
    expect(findServer('POP.ASAHI-NET.OR.JP')).toBeUndefined();
    expect(findServer('pop.asahi-net.or.jp ')).toBeUndefined();
    expect(findServer('')).toBeUndefined();
  });
});
