import { describe, expect, it } from 'vitest';
import { ADDRESS_KINDS } from '../settings/account';
import { checkAddress, idFromAddress, normaliseId, type AddressCheck, type IdCheck } from './identity';

describe('normaliseId', () => {
  it('relies on NFKC folding the full-width hyphen-minus U+FF0D to "-"', () => {
    expect('\uFF0D'.normalize('NFKC')).toBe('-');
  });

  const cases: [string, string, IdCheck][] = [
    ['empty', '', { status: 'empty', value: '', changes: [] }],
    ['only spaces', ' \u3000 ', { status: 'empty', value: '', changes: [] }],
    ['already right', 'ab4t-ash', { status: 'ok', value: 'ab4t-ash', changes: [] }],
    [
      'full-width upper case',
      'ＡＢ４Ｔ－ＡＳＨ',
      { status: 'ok', value: 'ab4t-ash', changes: ['full-width', 'upper-case'] },
    ],
    ['upper case', 'AB4T-ASH', { status: 'ok', value: 'ab4t-ash', changes: ['upper-case'] }],
    ['other ID shapes', 'ｍ１２３４ａｂ５６７ｃ', { status: 'ok', value: 'm1234ab567c', changes: ['full-width'] }],
    ['spaces around', '  ab4t-ash\t', { status: 'ok', value: 'ab4t-ash', changes: ['spaces'] }],
    ['full-width space inside', 'ab4t\u3000-ash', { status: 'ok', value: 'ab4t-ash', changes: ['spaces'] }],
    ['minus sign', 'ab4t\u2212ash', { status: 'ok', value: 'ab4t-ash', changes: ['hyphen'] }],
    ['prolonged sound mark', 'ab4tーash', { status: 'ok', value: 'ab4t-ash', changes: ['hyphen'] }],
    ['half-width prolonged sound mark', 'ab4tｰash', { status: 'ok', value: 'ab4t-ash', changes: ['hyphen'] }],
    ['hyphen U+2010', 'ab4t\u2010ash', { status: 'ok', value: 'ab4t-ash', changes: ['hyphen'] }],
    [
      'everything at once',
      ' ＡＢ４Ｔ−ash ',
      { status: 'ok', value: 'ab4t-ash', changes: ['full-width', 'hyphen', 'upper-case', 'spaces'] },
    ],
    [
      'the ID address',
      'ab4t-ash@asahi-net.or.jp',
      {
        status: 'issue',
        value: 'ab4t-ash@asahi-net.or.jp',
        changes: [],
        issue: 'looks-like-address',
        suggestion: 'ab4t-ash',
      },
    ],
    [
      'the atson.net address, full-width',
      'ＡＢ４Ｔ－ＡＳＨ＠ＡＴＳＯＮ．ＮＥＴ',
      {
        status: 'issue',
        value: 'ab4t-ash@atson.net',
        changes: ['full-width', 'upper-case'],
        issue: 'looks-like-address',
        suggestion: 'ab4t-ash',
      },
    ],
    [
      'an address whose local part is not the ID',
      'asahitaro@asahinet.jp',
      {
        status: 'issue',
        value: 'asahitaro@asahinet.jp',
        changes: [],
        issue: 'looks-like-address',
        suggestion: null,
      },
    ],
    [
      'an own-domain address',
      'Taro@Asahi-Net.co.jp',
      {
        status: 'issue',
        value: 'taro@asahi-net.co.jp',
        changes: ['upper-case'],
        issue: 'looks-like-address',
        suggestion: null,
      },
    ],
    ['underscore', 'ab4t_ash', { status: 'issue', value: 'ab4t_ash', changes: [], issue: 'invalid-characters' }],
    ['dot', 'ab4t.ash', { status: 'issue', value: 'ab4t.ash', changes: [], issue: 'invalid-characters' }],
    ['kana', 'あさひ', { status: 'issue', value: 'あさひ', changes: [], issue: 'invalid-characters' }],
    [
      'half-width kana',
      'ｱｻﾋ',
      { status: 'issue', value: 'アサヒ', changes: ['full-width'], issue: 'invalid-characters' },
    ],
  ];

  it.each(cases)('%s: %j', (_name, raw, expected) => {
    expect(normaliseId(raw)).toEqual(expected);
  });
});

describe('checkAddress', () => {
  it.each(ADDRESS_KINDS.map((k) => [k.kind, k.example] as const))('recognises the source example of %s', (kind, example) => {
    expect(checkAddress(example)).toMatchObject({ status: 'ok', value: example, changes: [], kind });
  });

  const cases: [string, string, AddressCheck][] = [
    ['empty', '', { status: 'empty', value: '', changes: [] }],
    ['only a full-width space', '\u3000', { status: 'empty', value: '', changes: [] }],
    [
      'ASAHIネットメール',
      'asahitaro@asahinet.jp',
      { status: 'ok', value: 'asahitaro@asahinet.jp', changes: [], kind: 'asahinet-mail', domain: 'asahinet.jp' },
    ],
    [
      'マイメールアドレス',
      'asahitaro@my.email.ne.jp',
      { status: 'ok', value: 'asahitaro@my.email.ne.jp', changes: [], kind: 'my-email', domain: 'my.email.ne.jp' },
    ],
    [
      'ID宛メールアドレス',
      'ab4t-ash@asahi-net.or.jp',
      { status: 'ok', value: 'ab4t-ash@asahi-net.or.jp', changes: [], kind: 'id-address', domain: 'asahi-net.or.jp' },
    ],
    [
      'own domain',
      'asahitaro@asahi-net.co.jp',
      { status: 'ok', value: 'asahitaro@asahi-net.co.jp', changes: [], kind: 'own-domain', domain: 'asahi-net.co.jp' },
    ],
    [
      'own domain with atext',
      "o'neil+news@example.co.jp",
      { status: 'ok', value: "o'neil+news@example.co.jp", changes: [], kind: 'own-domain', domain: 'example.co.jp' },
    ],
    [
      'upper-case domain, local part kept',
      'Taro@AsahiNet.JP',
      { status: 'ok', value: 'Taro@asahinet.jp', changes: ['upper-case'], kind: 'asahinet-mail', domain: 'asahinet.jp' },
    ],
    [
      'full width',
      'ａｓａｈｉｔａｒｏ＠ａｓａｈｉｎｅｔ．ｊｐ',
      { status: 'ok', value: 'asahitaro@asahinet.jp', changes: ['full-width'], kind: 'asahinet-mail', domain: 'asahinet.jp' },
    ],
    [
      'spaces',
      ' asahitaro@asahinet.jp\u3000',
      { status: 'ok', value: 'asahitaro@asahinet.jp', changes: ['spaces'], kind: 'asahinet-mail', domain: 'asahinet.jp' },
    ],
    [
      'dashes in the domain',
      'taro@asahi−net.co.jp',
      { status: 'ok', value: 'taro@asahi-net.co.jp', changes: ['hyphen'], kind: 'own-domain', domain: 'asahi-net.co.jp' },
    ],
    ['atson.net', 'ab4t-ash@atson.net', { status: 'error', value: 'ab4t-ash@atson.net', changes: [], error: 'atson' }],
    [
      'atson.net in capitals',
      'AB4T-ASH@ATSON.NET',
      { status: 'error', value: 'AB4T-ASH@atson.net', changes: ['upper-case'], error: 'atson' },
    ],
    ['no @', 'asahitaro', { status: 'error', value: 'asahitaro', changes: [], error: 'not-an-address' }],
    ['no domain', 'asahitaro@', { status: 'error', value: 'asahitaro@', changes: [], error: 'not-an-address' }],
    ['no local part', '@asahinet.jp', { status: 'error', value: '@asahinet.jp', changes: [], error: 'not-an-address' }],
    ['no top-level domain', 'taro@localhost', { status: 'error', value: 'taro@localhost', changes: [], error: 'not-an-address' }],
    ['two @', 'a@b@asahinet.jp', { status: 'error', value: 'a@b@asahinet.jp', changes: [], error: 'not-an-address' }],
    ['kana local part', '山田@asahinet.jp', { status: 'error', value: '山田@asahinet.jp', changes: [], error: 'not-an-address' }],
    ['garbage', '!!!', { status: 'error', value: '!!!', changes: [], error: 'not-an-address' }],
    ['domain with a bad label', 'taro@-x.jp', { status: 'error', value: 'taro@-x.jp', changes: [], error: 'not-an-address' }],
  ];

  it.each(cases)('%s: %j', (_name, raw, expected) => {
    expect(checkAddress(raw)).toEqual(expected);
  });
});

describe('idFromAddress', () => {
  it.each([
    ['ab4t-ash@asahi-net.or.jp', 'ab4t-ash'],
    ['ab4t-ash@atson.net', 'ab4t-ash'],
    ['asahitaro@asahinet.jp', null],
    ['asahitaro@my.email.ne.jp', null],
    ['taro.yamada@asahi-net.or.jp', null],
    ['ab4t-ash', null],
  ])('%s → %s', (address, id) => {
    expect(idFromAddress(address)).toBe(id);
  });
});
