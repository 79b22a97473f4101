/**
 * The account rules and address kinds of the source page's 基本設定 table
 * (shared/seed/000_abffa169eb001014.txt).
 */

/**
 * The user name (メールアカウント) is always the ASAHI Net ID, even when the address is
 * on another domain, entered in half-width lower case (すべて半角小文字).
 */
export const USER_NAME_RULE = {
  userName: 'asahi-net-id',
  password: 'asahi-net-id-password',
  case: 'half-width-lower-case',
} as const;

/** The source's example ID. IDs come in several shapes, so only characters are checked. */
export const EXAMPLE_ID = 'ab4t-ash';

/** Characters an ASAHI Net ID is made of: half-width lower-case letters, digits, hyphen. */
export const ID_CHARACTERS = /^[a-z0-9-]+$/;

export type AddressKind = 'asahinet-mail' | 'my-email' | 'own-domain' | 'id-address';

export interface AddressKindFact {
  readonly kind: AddressKind;
  /** The source's example address for this kind. */
  readonly example: string;
  /** The domain that identifies this kind; own-domain addresses have none of their own. */
  readonly domain: string | null;
}

/** The four address kinds, in the source's order, with the source's examples. */
export const ADDRESS_KINDS: readonly AddressKindFact[] = [
  { kind: 'asahinet-mail', example: 'asahitaro@asahinet.jp', domain: 'asahinet.jp' },
  { kind: 'my-email', example: 'asahitaro@my.email.ne.jp', domain: 'my.email.ne.jp' },
  { kind: 'own-domain', example: 'asahitaro@asahi-net.co.jp', domain: null },
  { kind: 'id-address', example: 'ab4t-ash@asahi-net.or.jp', domain: 'asahi-net.or.jp' },
];

/** "ASAHIネットID@atson.net はメールアドレスとして利用できません". */
export const FORBIDDEN_ADDRESS_DOMAIN = 'atson.net';

/**
 * 推奨ご利用例: SMTP認証 + POP over SSL/TLS + SMTP over SSL/TLS.
 * その他利用例: SMTP認証 + APOP認証方式 (or POP).
 */
export const RECOMMENDED_COMBINATION = ['smtp-auth', 'pop-over-ssl', 'smtp-over-ssl'] as const;
export const OTHER_COMBINATION = ['smtp-auth', 'apop'] as const;
