import { parse, type PlistValue } from 'plist';
import { describe, expect, it } from 'vitest';
import { answersForCode, OUTCOME_CODES, recommend } from '../flow/recommend';
import type { Answers } from '../flow/steps';
import { mobileconfigFileName, MOBILECONFIG_MIME_TYPE } from './files';
import { mobileconfigSupport, mobileconfigXml, profileIdentifier, randomUuid } from './mobileconfig';
import { childElements, parseXml } from './test-xml';

type Dict = { [key: string]: PlistValue };

const base: Answers = { registration: 'yes', network: 'other', 'virus-check': 'no', antivirus: 'no' };
const ios = recommend({ ...base, client: 'ios-mail' });
const virusCheck = recommend({ ...base, 'virus-check': 'yes', client: 'apple-mail' });
const plainPop = recommend({ ...base, client: 'other', 'client-ssl': 'no', 'client-smtp-auth': 'yes', 'client-apop': 'no' });
const apop = recommend({ ...base, client: 'other', 'client-ssl': 'no', 'client-smtp-auth': 'yes', 'client-apop': 'yes' });
const popBeforeSmtp = recommend({ ...base, client: 'other', 'client-ssl': 'yes', 'client-smtp-auth': 'no' });

const UUID = /^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/;

function profile(xml: string): { top: Dict; mail: Dict } {
  const top = parse(xml) as Dict;
  const content = top.PayloadContent as Dict[];
  expect(content).toHaveLength(1);
  return { top, mail: content[0] as Dict };
}

/** The plist element type of every key in every dict: what Apple's schema calls <integer>, <boolean>… */
function valueTypes(xml: string): Map<string, string> {
  const types = new Map<string, string>();
  for (const dict of Array.from(parseXml(xml).getElementsByTagName('dict'))) {
    const children = childElements(dict);
    for (let i = 0; i < children.length; i += 2) {
      const key = children[i]?.textContent ?? '';
      const tag = children[i + 1]?.tagName ?? '';
      types.set(key, tag === 'true' || tag === 'false' ? 'boolean' : tag);
    }
  }
  return types;
}

const counter = () => {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
};

describe('mobileconfigSupport', () => {
  it.each(OUTCOME_CODES)('outcome %s', (code) => {
    const outcome = recommend(answersForCode(code));
    const expected = code.startsWith('A')
      ? { supported: false, reason: 'apop' }
      : code.endsWith('B')
        ? { supported: false, reason: 'pop-before-smtp' }
        : { supported: true };
    expect(mobileconfigSupport(outcome)).toEqual(expected);
  });
});

describe('mobileconfigXml', () => {
  const xml = mobileconfigXml(ios, { id: 'ab4t-ash', address: 'asahitaro@asahinet.jp', uuid: randomUuid });

  it('is a Configuration profile with one Mail payload', () => {
    const { top, mail } = profile(xml);
    expect(top).toMatchObject({ PayloadType: 'Configuration', PayloadVersion: 1 });
    expect(typeof top.PayloadDisplayName).toBe('string');
    expect(mail).toMatchObject({ PayloadType: 'com.apple.mail.managed', PayloadVersion: 1, EmailAccountType: 'EmailTypePOP' });
    expect(typeof mail.EmailAccountDescription).toBe('string');
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist')).toBe(true);
  });

  it('carries the recommended settings (iPhone: SSL/TLS on 995 and 465, SMTP AUTH)', () => {
    expect(ios.code).toBe('SMA');
    expect(profile(xml).mail).toMatchObject({
      EmailAddress: 'asahitaro@asahinet.jp',
      IncomingMailServerHostName: 'pop.asahi-net.or.jp',
      IncomingMailServerPortNumber: 995,
      IncomingMailServerUseSSL: true,
      IncomingMailServerAuthentication: 'EmailAuthPassword',
      IncomingMailServerUsername: 'ab4t-ash',
      OutgoingMailServerHostName: 'mail.asahi-net.or.jp',
      OutgoingMailServerPortNumber: 465,
      OutgoingMailServerUseSSL: true,
      OutgoingMailServerAuthentication: 'EmailAuthPassword',
      OutgoingMailServerUsername: 'ab4t-ash',
      OutgoingPasswordSameAsIncomingPassword: true,
    });
  });

  it('uses the types Apple documents: integers for ports and versions, booleans for SSL', () => {
    const types = valueTypes(xml);
    for (const key of ['PayloadVersion', 'IncomingMailServerPortNumber', 'OutgoingMailServerPortNumber']) {
      expect(types.get(key), key).toBe('integer');
    }
    for (const key of ['IncomingMailServerUseSSL', 'OutgoingMailServerUseSSL', 'OutgoingPasswordSameAsIncomingPassword']) {
      expect(types.get(key), key).toBe('boolean');
    }
    expect(types.get('PayloadContent')).toBe('array');
    for (const key of ['PayloadUUID', 'PayloadIdentifier', 'EmailAccountType', 'IncomingMailServerHostName']) {
      expect(types.get(key), key).toBe('string');
    }
  });

  it.each(OUTCOME_CODES.filter((c) => c.startsWith('S') || c === 'PMA' || c === 'PVA'))(
    'outcome %s: no password, never more than it can say',
    (code) => {
      const outcome = recommend(answersForCode(code));
      if (!mobileconfigSupport(outcome).supported) return;
      const out = mobileconfigXml(outcome, { id: 'ab4t-ash', uuid: randomUuid });
      const { mail } = profile(out);
      expect(mail).toMatchObject({
        IncomingMailServerHostName: outcome.receive.host,
        IncomingMailServerPortNumber: outcome.receive.port,
        IncomingMailServerUseSSL: outcome.receive.security === 'ssl-tls',
        OutgoingMailServerHostName: outcome.send.host,
        OutgoingMailServerPortNumber: outcome.send.port,
        OutgoingMailServerUseSSL: outcome.send.security === 'ssl-tls',
      });
      const keys = [...valueTypes(out).keys()];
      expect(keys.filter((k) => /password/i.test(k))).toEqual(['OutgoingPasswordSameAsIncomingPassword']);
      expect(out).not.toMatch(/<key>(Incoming|Outgoing)Password<\/key>/);
    },
  );

  it('plain POP: 110 without SSL, sending on 587 without SSL', () => {
    expect(plainPop.code).toBe('PMA');
    expect(profile(mobileconfigXml(plainPop, { uuid: randomUuid })).mail).toMatchObject({
      IncomingMailServerPortNumber: 110,
      IncomingMailServerUseSSL: false,
      OutgoingMailServerPortNumber: 587,
      OutgoingMailServerUseSSL: false,
    });
  });

  it('sends through mails.asahi-net.or.jp for the virus check', () => {
    expect(profile(mobileconfigXml(virusCheck, { uuid: randomUuid })).mail.OutgoingMailServerHostName).toBe(
      'mails.asahi-net.or.jp',
    );
  });

  it('leaves out what was not given, so the device asks for it', () => {
    const { mail } = profile(mobileconfigXml(ios, { uuid: randomUuid }));
    expect(mail).not.toHaveProperty('EmailAddress');
    expect(mail).not.toHaveProperty('IncomingMailServerUsername');
    expect(mail).not.toHaveProperty('OutgoingMailServerUsername');
  });

  it('normalises the ID and address it is given', () => {
    const { mail } = profile(mobileconfigXml(ios, { id: 'ＡＢ４Ｔ－ＡＳＨ', address: ' Taro@AsahiNet.JP ', uuid: randomUuid }));
    expect(mail).toMatchObject({ IncomingMailServerUsername: 'ab4t-ash', EmailAddress: 'Taro@asahinet.jp' });
  });

  it('gives every payload a fresh UUID on every call', () => {
    const a = profile(mobileconfigXml(ios, { uuid: randomUuid }));
    const b = profile(mobileconfigXml(ios, { uuid: randomUuid }));
    const uuids = [a.top.PayloadUUID, a.mail.PayloadUUID, b.top.PayloadUUID, b.mail.PayloadUUID];
    expect(new Set(uuids).size).toBe(4);
    for (const u of uuids) expect(u).toMatch(UUID);
  });

  it('keeps the PayloadIdentifier stable: per account when the ID is known, else per outcome', () => {
    const one = profile(mobileconfigXml(ios, { id: 'ab4t-ash', uuid: counter() }));
    const two = profile(mobileconfigXml(ios, { id: 'ab4t-ash', uuid: counter() }));
    expect(one.top.PayloadIdentifier).toBe('jp.asahi-net.mail-guide.account.ab4t-ash');
    expect(two.top.PayloadIdentifier).toBe(one.top.PayloadIdentifier);
    expect(one.mail.PayloadIdentifier).toBe('jp.asahi-net.mail-guide.account.ab4t-ash.mail');
    expect(profileIdentifier(virusCheck, 'ab4t-ash')).toBe(one.top.PayloadIdentifier);
    expect(profile(mobileconfigXml(ios, { uuid: counter() })).top.PayloadIdentifier).toBe('jp.asahi-net.mail-guide.SMA');
    expect(profileIdentifier(ios, 'm1234ab567c')).not.toBe(one.top.PayloadIdentifier);
  });

  it('uses the page’s words for the device, escaped', () => {
    const text = { displayName: 'ASAHI Net <mail> & "more"', description: "Taro's", accountDescription: 'A&B' };
    const out = mobileconfigXml(ios, { uuid: randomUuid, text, address: "o'neil&co@example.jp" });
    const { top, mail } = profile(out);
    expect(top).toMatchObject({ PayloadDisplayName: text.displayName, PayloadDescription: text.description });
    expect(mail).toMatchObject({ EmailAccountDescription: 'A&B', EmailAddress: "o'neil&co@example.jp" });
  });

  it('refuses what it cannot write correctly', () => {
    expect(() => mobileconfigXml(apop, { uuid: randomUuid })).toThrow();
    expect(() => mobileconfigXml(popBeforeSmtp, { uuid: randomUuid })).toThrow();
    expect(() => mobileconfigXml(ios, { id: 'taro@asahinet.jp', uuid: randomUuid })).toThrow();
    expect(() => mobileconfigXml(ios, { address: 'ab4t-ash@atson.net', uuid: randomUuid })).toThrow();
  });
});

describe('randomUuid', () => {
  it('uses crypto.randomUUID when there is one', () => {
    expect(randomUuid()).toMatch(UUID);
    expect(randomUuid({ getRandomValues: (a) => a, randomUUID: () => 'abc' })).toBe('ABC');
  });

  it('builds a version 4 UUID from getRandomValues where randomUUID is missing (plain http)', () => {
    const zeros = { getRandomValues: <T extends Uint8Array>(a: T): T => a.fill(0) };
    expect(randomUuid(zeros)).toBe('00000000-0000-4000-8000-000000000000');
    const ones = { getRandomValues: <T extends Uint8Array>(a: T): T => a.fill(0xff) };
    expect(randomUuid(ones)).toBe('FFFFFFFF-FFFF-4FFF-BFFF-FFFFFFFFFFFF');
    const real = { getRandomValues: <T extends Uint8Array>(a: T): T => globalThis.crypto.getRandomValues(a) };
    const a = randomUuid(real);
    expect(a).toMatch(UUID);
    expect(randomUuid(real)).not.toBe(a);
  });
});

describe('download names', () => {
  it('names the profile after the outcome code', () => {
    expect(mobileconfigFileName('SMA')).toBe('asahi-net-mail-SMA.mobileconfig');
    expect(MOBILECONFIG_MIME_TYPE).toBe('application/x-apple-aspen-config');
  });
});
