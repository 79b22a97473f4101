/**
 * The copy style sheet's glossary as data (docs/copy-style.md §1), for the test that checks
 * the copy against it (copy-style.test.ts). Text on the page never reads this file.
 */

/**
 * The kinds of email address, as the source lists them (「ASAHIネットメール」「マイメールアドレス」
 * 「独自ドメインメールアドレス」「ID宛メールアドレス」), with the English the guide pairs them with:
 * "MyMail address" as ASAHI Net's English pages write it (asahi-net.jp/en/service/mail/mailopt.html);
 * the others have no English name on ASAHI Net's pages that we could read, so a plain one. Every
 * English page shows the pair "English (日本語)", the same in each place (copy-style-en.test.ts).
 */
export const ADDRESS_KINDS = {
  'asahinet-mail': { en: 'ASAHI Net Mail', ja: 'ASAHIネットメール' },
  'my-email': { en: 'MyMail address', ja: 'マイメールアドレス' },
  'own-domain': { en: 'Own-domain email address', ja: '独自ドメインメールアドレス' },
  'id-address': { en: 'ID address', ja: 'ID宛メールアドレス' },
} as const;

/**
 * The Japanese terms an English string may quote, each with the English that must stand
 * beside it in the same string: "Extended Service settings (拡張サービス利用設定)".
 */
export const JAPANESE_IN_ENGLISH: Readonly<Record<string, string>> = {
  拡張サービス利用設定: 'Extended Service settings',
  おまかせウイルスチェック: 'Omakase Virus Check',
  '各種メールソフトの設定 設定の前に': 'mail app settings: before you start',
  送信メールチェック機能: 'outgoing-mail checking',
  // The source's note on its password row, quoted where the source places it.
  すべて半角小文字で設定: 'set in half-width lower case',
  ...Object.fromEntries(Object.values(ADDRESS_KINDS).map(({ en, ja }) => [ja, en])),
};

/**
 * English keys whose Japanese is meant for Japanese readers (the language switch, the
 * bilingual language picker): they are not English sentences quoting a Japanese label.
 */
export const JAPANESE_FOR_JAPANESE_READERS: readonly string[] = [
  'common.languageSwitch',
  'common.languageSwitchLabel',
  'home.pickerLead',
];

/** Terms the glossary replaced, outside 「」 (a verbatim label may contain anything). */
export const BANNED_JA: Readonly<Record<string, string>> = {
  あなた: 'お客様, or no subject',
  お客さま: 'お客様',
  公衆無線LAN: '公衆Wi-Fi',
  この端末: 'このパソコンやスマートフォン',
  ASAHIネットの接続サービス: 'ASAHIネットのインターネット接続サービス',
  暗号化の方法: '接続の保護',
  メールを暗号化: '接続を暗号化',
  でだけ: 'でのみ',
  // Certainty (docs/copy-style.md §5): SSL/TLS encrypts the connection, between the app and
  // ASAHI Net's servers; mails is 「契約している場合のサーバ」 (※6), nothing more.
  すべてのデータ: '接続（メールソフトとASAHIネットのメールサーバーの間）',
  契約していないと使え: '「おまかせウイルスチェック」を契約している場合のサーバー',
  契約している場合だけ: '「おまかせウイルスチェック」を契約している場合のサーバー',
};

/** English the glossary replaced, or that says more than the source. */
export const BANNED_EN: Readonly<Record<string, string>> = {
  'extended service registration': 'Extended Service settings (拡張サービス利用設定)',
  often: 'may (the source says 場合があります)',
  'any network': 'where port 25 is blocked',
  'any connection': 'where port 25 is blocked',
  'all the data': 'the connection between your mail app and ASAHI Net’s mail servers',
  'everything you send and receive': 'the connection between your mail app and ASAHI Net’s mail servers',
  'only for subscribers': 'the server for subscribers (※6 says no more)',
};
