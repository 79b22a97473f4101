import { describe, expect, it } from 'vitest';
import { answersForCode, OUTCOME_CODES, recommend } from '../flow/recommend';
import type { Answers } from '../flow/steps';
import { AUTOCONFIG_PROVIDER_ID, autoconfigDomains, autoconfigSupport, autoconfigXml } from './autoconfig';
import { childElements, only, parseXml, textOf } from './test-xml';

const base: Answers = { registration: 'yes', network: 'asahi', 'virus-check': 'no', antivirus: 'no' };
const thunderbird = recommend({ ...base, client: 'thunderbird' });
const virusCheck = recommend({ ...base, 'virus-check': 'yes', client: 'thunderbird' });
const apop = recommend({ ...base, client: 'other', 'client-ssl': 'no', 'client-smtp-auth': 'yes', 'client-apop': 'yes' });
const plainPop = recommend({ ...base, client: 'other', 'client-ssl': 'no', 'client-smtp-auth': 'yes', 'client-apop': 'no' });
const popBeforeSmtp = recommend({ ...base, client: 'other', 'client-ssl': 'yes', 'client-smtp-auth': 'no' });

function server(xml: string, tag: 'incomingServer' | 'outgoingServer') {
  const el = only(parseXml(xml), tag);
  return {
    type: el.getAttribute('type'),
    hostname: textOf(el, 'hostname'),
    port: textOf(el, 'port'),
    socketType: textOf(el, 'socketType'),
    authentication: textOf(el, 'authentication'),
    username: textOf(el, 'username'),
  };
}

describe('autoconfigSupport', () => {
  it.each(OUTCOME_CODES)('outcome %s is supported exactly when it sends with SMTP AUTH', (code) => {
    const outcome = recommend(answersForCode(code));
    expect(autoconfigSupport(outcome)).toEqual(
      code.endsWith('A') ? { supported: true } : { supported: false, reason: 'pop-before-smtp' },
    );
  });
});

describe('autoconfigXml', () => {
  it('is checked by a parser that rejects malformed XML', () => {
    expect(() => parseXml('<a><b></a>')).toThrow();
    expect(() => parseXml('<a>&</a>')).toThrow();
  });

  it('writes a clientConfig 1.1 with one emailProvider', () => {
    const doc = parseXml(autoconfigXml(thunderbird, { id: 'ab4t-ash' }));
    const root = only(doc, 'clientConfig');
    expect(doc.documentElement).toBe(root);
    expect(root.getAttribute('version')).toBe('1.1');
    expect(childElements(root).map((p) => p.tagName)).toEqual(['emailProvider']);
    const provider = only(root, 'emailProvider');
    expect(provider.getAttribute('id')).toBe(AUTOCONFIG_PROVIDER_ID);
    expect(AUTOCONFIG_PROVIDER_ID).toBe('asahi-net.or.jp');
    expect(childElements(provider).map((e) => e.tagName)).toEqual([
      'domain',
      'domain',
      'domain',
      'displayName',
      'displayShortName',
      'incomingServer',
      'outgoingServer',
    ]);
  });

  it('SSL/TLS on 995 and 465 with SMTP AUTH (Thunderbird)', () => {
    const xml = autoconfigXml(thunderbird, { id: 'ab4t-ash' });
    expect(thunderbird.code).toBe('SMA');
    expect(server(xml, 'incomingServer')).toEqual({
      type: 'pop3',
      hostname: 'pop.asahi-net.or.jp',
      port: '995',
      socketType: 'SSL',
      authentication: 'password-cleartext',
      username: 'ab4t-ash',
    });
    expect(server(xml, 'outgoingServer')).toEqual({
      type: 'smtp',
      hostname: 'mail.asahi-net.or.jp',
      port: '465',
      socketType: 'SSL',
      authentication: 'password-cleartext',
      username: 'ab4t-ash',
    });
  });

  it('sends through mails.asahi-net.or.jp for the virus check', () => {
    expect(virusCheck.code).toBe('SVA');
    expect(server(autoconfigXml(virusCheck, { id: 'ab4t-ash' }), 'outgoingServer').hostname).toBe('mails.asahi-net.or.jp');
  });

  it('APOP is "encrypted password" on 110 without encryption, sending on 587', () => {
    expect(apop.code).toBe('AMA');
    const xml = autoconfigXml(apop, { id: 'ab4t-ash' });
    expect(server(xml, 'incomingServer')).toMatchObject({ port: '110', socketType: 'plain', authentication: 'password-encrypted' });
    expect(server(xml, 'outgoingServer')).toMatchObject({
      port: '587',
      socketType: 'plain',
      authentication: 'password-cleartext',
    });
  });

  it('plain POP is a normal password on 110', () => {
    expect(plainPop.code).toBe('PMA');
    expect(server(autoconfigXml(plainPop, { id: 'ab4t-ash' }), 'incomingServer')).toMatchObject({
      port: '110',
      socketType: 'plain',
      authentication: 'password-cleartext',
    });
  });

  it.each(OUTCOME_CODES.filter((c) => c.endsWith('A')))('outcome %s matches the recommendation', (code) => {
    const outcome = recommend(answersForCode(code));
    const xml = autoconfigXml(outcome, { id: 'ab4t-ash', address: 'asahitaro@asahinet.jp' });
    const incoming = server(xml, 'incomingServer');
    const outgoing = server(xml, 'outgoingServer');
    expect(incoming).toMatchObject({ hostname: outcome.receive.host, port: String(outcome.receive.port) });
    expect(outgoing).toMatchObject({ hostname: outcome.send.host, port: String(outcome.send.port) });
    expect(incoming.socketType).toBe(outcome.receive.security === 'ssl-tls' ? 'SSL' : 'plain');
    expect(outgoing.socketType).toBe(outcome.send.security === 'ssl-tls' ? 'SSL' : 'plain');
    // The provider supports neither STARTTLS nor STLS.
    expect(xml).not.toMatch(/STARTTLS/i);
    expect(xml).not.toMatch(/password>/i);
    expect(parseXml(xml).getElementsByTagName('password')).toHaveLength(0);
  });

  it('uses the address domain when given, else every ASAHI Net mail domain', () => {
    const own = parseXml(autoconfigXml(thunderbird, { id: 'ab4t-ash', address: 'Taro@Asahi-Net.CO.JP' }));
    expect(Array.from(own.getElementsByTagName('domain'), (d) => d.textContent)).toEqual(['asahi-net.co.jp']);
    const none = parseXml(autoconfigXml(thunderbird, { id: 'ab4t-ash' }));
    expect(Array.from(none.getElementsByTagName('domain'), (d) => d.textContent)).toEqual([
      'asahinet.jp',
      'my.email.ne.jp',
      'asahi-net.or.jp',
    ]);
    expect(autoconfigDomains()).toEqual(['asahinet.jp', 'my.email.ne.jp', 'asahi-net.or.jp']);
  });

  it('writes the ID as the user name, normalised, never a placeholder', () => {
    const xml = autoconfigXml(thunderbird, { id: 'ＡＢ４Ｔ－ＡＳＨ', address: 'asahitaro@asahinet.jp' });
    expect(server(xml, 'incomingServer').username).toBe('ab4t-ash');
    expect(server(xml, 'outgoingServer').username).toBe('ab4t-ash');
    expect(xml).not.toContain('%');
  });

  it('escapes XML special characters', () => {
    const name = `<Taro & "Hanako"'s> ]]>`;
    const xml = autoconfigXml(thunderbird, { id: 'ab4t-ash', displayName: `${name}\u0001` });
    expect(textOf(parseXml(xml), 'displayName')).toBe(name);
    expect(xml).toContain('&lt;Taro &amp; &quot;Hanako&quot;&apos;s&gt; ]]&gt;');
  });

  it('refuses what it cannot write correctly', () => {
    expect(() => autoconfigXml(popBeforeSmtp, { id: 'ab4t-ash' })).toThrow();
    expect(() => autoconfigXml(thunderbird, { id: '' })).toThrow();
    expect(() => autoconfigXml(thunderbird, { id: 'asahitaro@asahinet.jp' })).toThrow();
    expect(() => autoconfigXml(thunderbird, { id: 'ab4t-ash', address: 'ab4t-ash@atson.net' })).toThrow();
    expect(() => autoconfigXml(thunderbird, { id: 'ab4t-ash', address: 'nonsense' })).toThrow();
  });
});
