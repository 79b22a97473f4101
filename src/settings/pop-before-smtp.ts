/**
 * What ASAHI Net's own page on POP before SMTP says, for an app without SMTP AUTH (the source
 * page's 拡張設定 table: 「未対応の場合、『POP before SMTP』で送信」). The page is in English only:
 * no Japanese version was found (searched 2026-12 in the pages and docs corpora for
 * 「ASAHIネット POP before SMTP」 and the English title). Its words:
 * - "After the authentication, there is a 10 minute period in which sending of email is possible."
 * - "Our POP before SMTP servers do not support SSL/TLS."
 * - "You do need to change the mail server settings of your email software. For details, see
 *   below." The table of mail servers below that could not be read here, so the guide shows
 *   the source page's outgoing server and links this page for the details.
 */
export const POP_BEFORE_SMTP = {
  page: 'https://asahi-net.jp/en/support/guide/0598.html',
  /** How long sending works after receiving. */
  windowMinutes: 10,
  /** Whether its servers support SSL/TLS: they do not, so receiving is unencrypted (port 110). */
  ssl: false,
} as const;
