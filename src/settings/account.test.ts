/**
 * The account rules of the provider's 基本設定 table, pinned to the source page
 * (shared/seed/000_abffa169eb001014.txt): メールアカウント is the ASAHIネットID, すべて半角小文字,
 * the four address kinds with their examples, and "ASAHIネットID@atson.net は
 * メールアドレスとして利用できません".
 */
import { describe, expect, it } from 'vitest';
import {
  ADDRESS_KINDS,
  EXAMPLE_ID,
  FORBIDDEN_ADDRESS_DOMAIN,
  ID_CHARACTERS,
  OTHER_COMBINATION,
  RECOMMENDED_COMBINATION,
  USER_NAME_RULE,
} from './account';

describe('user name and password', () => {
  it('the user name is the ASAHI Net ID and the password is that ID’s, in half-width lower case', () => {
    expect(USER_NAME_RULE).toEqual({
      userName: 'asahi-net-id',
      password: 'asahi-net-id-password',
      case: 'half-width-lower-case',
    });
  });

  it('the example ID is ab4t-ash, the first of the forms run together in the source', () => {
    expect(EXAMPLE_ID).toBe('ab4t-ash');
    expect('ab4t-ashm1234ab567cu1234ab567c'.startsWith(EXAMPLE_ID)).toBe(true);
  });
});

describe('ID_CHARACTERS', () => {
  it.each(['ab4t-ash', 'm1234ab567c', 'u1234ab567c', 'ab4t-ashm1234ab567cu1234ab567c', EXAMPLE_ID])(
    'accepts %s',
    (id) => {
      expect(ID_CHARACTERS.test(id)).toBe(true);
    },
  );

  it.each([
    ['upper case', 'AB4T-ASH'],
    ['one upper-case letter', 'Ab4t-ash'],
    ['full-width letters and hyphen', 'ａｂ４ｔ－ａｓｈ'],
    ['a full-width digit', 'ab４t-ash'],
    ['an address instead of an ID', 'ab4t-ash@asahi-net.or.jp'],
    ['an @ alone', '@'],
    ['the empty string', ''],
    ['a leading space', ' ab4t-ash'],
    ['a trailing newline', 'ab4t-ash\n'],
    ['an underscore', 'ab4t_ash'],
    ['a dot', 'ab4t.ash'],
  ])('rejects %s (%j)', (_label, id) => {
    expect(ID_CHARACTERS.test(id)).toBe(false);
  });
});

describe('address kinds', () => {
  it('are the four kinds of the source, in its order, with its example addresses', () => {
    expect(ADDRESS_KINDS.map((k) => [k.kind, k.example])).toEqual([
      ['asahinet-mail', 'asahitaro@asahinet.jp'], // ASAHIネットメール
      ['my-email', 'asahitaro@my.email.ne.jp'], // マイメールアドレス
      ['own-domain', 'asahitaro@asahi-net.co.jp'], // 独自ドメインメールアドレス
      ['id-address', 'ab4t-ash@asahi-net.or.jp'], // ID宛メールアドレス
    ]);
  });

  it('each kind with a domain of its own has its example on that domain; own-domain has none', () => {
    expect(ADDRESS_KINDS.map((k) => k.domain)).toEqual(['asahinet.jp', 'my.email.ne.jp', null, 'asahi-net.or.jp']);
    for (const k of ADDRESS_KINDS) {
      if (k.domain !== null) expect(k.example.endsWith(`@${k.domain}`), k.kind).toBe(true);
    }
  });

  it('the ID address is the example ID at asahi-net.or.jp', () => {
    expect(ADDRESS_KINDS.find((k) => k.kind === 'id-address')?.example).toBe(`${EXAMPLE_ID}@asahi-net.or.jp`);
  });
});

describe('atson.net', () => {
  it('is the domain that can not be used as an e-mail address', () => {
    expect(FORBIDDEN_ADDRESS_DOMAIN).toBe('atson.net');
  });

  it('is not the domain of any address kind or example', () => {
    for (const k of ADDRESS_KINDS) {
      expect(k.domain).not.toBe(FORBIDDEN_ADDRESS_DOMAIN);
      expect(k.example.endsWith(`@${FORBIDDEN_ADDRESS_DOMAIN}`)).toBe(false);
    }
  });
});

describe('combinations (推奨ご利用例 / その他利用例)', () => {
  it('recommends SMTP AUTH + POP over SSL/TLS + SMTP over SSL/TLS', () => {
    expect(RECOMMENDED_COMBINATION).toEqual(['smtp-auth', 'pop-over-ssl', 'smtp-over-ssl']);
  });

  it('otherwise SMTP AUTH + APOP', () => {
    expect(OTHER_COMBINATION).toEqual(['smtp-auth', 'apop']);
  });
});
