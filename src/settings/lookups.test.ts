/** The lookups answer from the table: each expectation is the source's own row. */
import { describe, expect, it } from 'vitest';
import { defaultHost, offers, portsOfRole, portsWith, roleOf, serverOf } from './lookups';
import { HOSTS, PORTS, portWorksOn } from './servers';

describe('settings table lookups', () => {
  it('find the row of every host', () => {
    for (const host of Object.values(HOSTS)) expect(serverOf(host).host).toBe(host);
  });

  it('know the role of each host: pop receives, the three others send', () => {
    expect(roleOf(HOSTS.pop)).toBe('receive');
    expect([HOSTS.mail, HOSTS.mails, HOSTS.mailssl].map(roleOf)).toEqual(['send', 'send', 'send']);
  });

  it('know which ports a host offers (mailssl only 465; pop never an SMTP port)', () => {
    expect(offers(HOSTS.mailssl, 465)).toBe(true);
    expect(offers(HOSTS.mailssl, 587)).toBe(false);
    expect(offers(HOSTS.mail, 25)).toBe(true);
    expect(offers(HOSTS.pop, 465)).toBe(false);
    expect(offers(HOSTS.pop, 995)).toBe(true);
    expect(offers(HOSTS.mail, 2525)).toBe(false);
  });

  it('list a host’s ports by security', () => {
    expect(portsWith(HOSTS.pop, 'ssl-tls')).toEqual([995]);
    expect(portsWith(HOSTS.pop, 'none')).toEqual([110]);
    expect(portsWith(HOSTS.mail, 'none')).toEqual([587, 25]);
    expect(portsWith(HOSTS.mailssl, 'none')).toEqual([]);
  });

  it('list the ports of each role', () => {
    expect(portsOfRole('receive')).toEqual([995, 110]);
    expect(portsOfRole('send')).toEqual([465, 587, 25]);
  });

  it('name the standard host of each role: the first row of the source for it', () => {
    expect(defaultHost('receive')).toBe('pop.asahi-net.or.jp');
    expect(defaultHost('send')).toBe('mail.asahi-net.or.jp');
  });
});

describe('port 25 works only on ASAHI Net’s own line (※5, 利用ネットワーク ※1)', () => {
  it('works on ASAHI Net’s own connection', () => {
    expect(portWorksOn(PORTS.smtp, 'asahi')).toBe(true);
  });
  it('does not work from au Hikari, may be blocked elsewhere, and is not promised when the network is unknown', () => {
    for (const network of ['au-hikari', 'other', 'unsure', undefined]) expect(portWorksOn(PORTS.smtp, network), network).toBe(false);
  });
  it('says nothing against any other port on any network', () => {
    for (const port of [PORTS.popSsl, PORTS.pop, PORTS.smtpSsl, PORTS.submission]) {
      for (const network of ['asahi', 'au-hikari', 'other', 'unsure', undefined]) expect(portWorksOn(port, network)).toBe(true);
    }
  });
});
