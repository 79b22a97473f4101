/**
 * Thunderbird (desktop) messages, word for word from its localisation files:
 * en-US from mozilla/releases-comm-central at cf9726f (2026-08-22, version.txt 156.0a1; these
 * strings are unchanged for several releases), ja from thunderbird/thunderbird-l10n at 5d7cde6
 * (2026-08-22). Which code shows which string was read in the same comm-central commit
 * (Pop3Client.sys.mjs, SmtpClient.sys.mjs, MimeMessageUtils.sys.mjs, MessageSend.sys.mjs);
 * the research notes are /work/briefs/errors-research.md §1. The app's `%S` placeholders are
 * written as the named variables of types.ts.
 */
import type { MessageEntry, MessageText } from './types';

const EN = { repo: 'mozilla/releases-comm-central', commit: 'cf9726f56328e24a2cd2d24eaf01563c676a28e6' } as const;
const JA = { repo: 'thunderbird/thunderbird-l10n', commit: '5d7cde6f5d9237b64f7de733bb9fbb121055848a' } as const;
const VERSION = 'Thunderbird 156 (trunk strings, unchanged in recent releases)';

const FILES = {
  compose: 'chrome/messenger/messengercompose/composeMsgs.properties',
  messenger: 'chrome/messenger/messenger.properties',
  local: 'chrome/messenger/localMsgs.properties',
  setup: 'messenger/accountcreation/accountSetup.ftl',
  hub: 'messenger/accountcreation/accountHub.ftl',
} as const;

function texts(file: keyof typeof FILES, stringId: string, en: string, ja: string): { en: MessageText; ja: MessageText } {
  return {
    en: { text: en, source: { ...EN, path: `mail/locales/en-US/${FILES[file]}`, stringId } },
    ja: { text: ja, source: { ...JA, path: `ja/mail/${FILES[file]}`, stringId } },
  };
}

const SEND = { app: 'thunderbird', version: VERSION, shownIn: 'thunderbird-recent', role: 'send' } as const;
const RECEIVE = { app: 'thunderbird', version: VERSION, shownIn: 'thunderbird-recent', role: 'receive' } as const;
const SETUP = { app: 'thunderbird', version: VERSION, shownIn: 'thunderbird-recent', role: 'either' } as const;
const PASSWORD = ['registration-missing', 'user-is-address', 'wrong-password', 'user-not-lowercase', 'user-not-id', 'antivirus-outgoing-check'] as const;
const POP_LOGIN = ['user-is-address', 'wrong-password', 'user-not-lowercase', 'user-not-id'] as const;
const RELAY = ['out-auth-off', 'registration-missing', 'mails-without-virus-check', 'mails-virus-check-unsure'] as const;

export const THUNDERBIRD: readonly MessageEntry[] = [
  // Sending: the send error dialog is "Sending of the message failed." and one line below it.
  {
    ...SEND,
    id: 'tb-send-failed',
    texts: texts('compose', 'sendFailed', 'Sending of the message failed.', 'メッセージを送信できませんでした。'),
    causes: ['recheck-settings'],
  },
  {
    ...SEND,
    id: 'tb-smtp-unknown-server',
    symptom: 'times-out',
    texts: texts(
      'compose',
      'smtpSendFailedUnknownServer',
      'An error occurred while sending mail: Outgoing server (SMTP) {server} is unknown. The server may be incorrectly configured. Please verify that your Outgoing server (SMTP) settings are correct and try again.',
      'メールの送信中にエラーが発生しました: 送信 (SMTP) サーバー {server} が見つかりません。サーバーの設定に誤りがある可能性があります。送信 (SMTP) サーバーの設定が正しいか確認し、再度試してください。',
    ),
    causes: ['host-unknown', 'network-restriction'],
  },
  {
    ...SEND,
    id: 'tb-smtp-refused',
    symptom: 'times-out',
    texts: texts(
      'compose',
      'smtpSendRequestRefused',
      'The message could not be sent because connecting to Outgoing server (SMTP) {server} failed. The server may be unavailable or is refusing SMTP connections. Please verify that your Outgoing server (SMTP) settings are correct and try again.',
      '送信 (SMTP) サーバー {server} に接続できなかったため、メッセージを送信できませんでした。サーバーが利用できないか、SMTP 接続が拒否された可能性があります。送信 (SMTP) サーバーの設定が正しいか確認し、再度試してください。',
    ),
    causes: ['port-not-offered', 'port-25-blocked', 'port-25-au-hikari', 'network-restriction', 'antivirus-outgoing-check'],
  },
  {
    ...SEND,
    id: 'tb-smtp-interrupted',
    symptom: 'times-out',
    texts: texts(
      'compose',
      'smtpSendInterrupted',
      'The message could not be sent because the connection to Outgoing server (SMTP) {server} was lost in the middle of the transaction. Try again.',
      '送信処理の途中で送信 (SMTP) サーバー {server} との接続が切断されたため、メッセージを送信できませんでした。再度試してください。',
    ),
    causes: ['ssl-on-plain-port', 'antivirus-outgoing-check', 'network-restriction'],
  },
  {
    ...SEND,
    id: 'tb-smtp-timeout',
    symptom: 'times-out',
    // MimeMessageUtils maps a reset (TLS spoken to port 587) to this text too.
    texts: texts(
      'compose',
      'smtpSendTimeout',
      'The message could not be sent because the connection to Outgoing server (SMTP) {server} timed out. Try again.',
      '送信 (SMTP) サーバー {server} との接続がタイムアウトしたため、メッセージを送信できませんでした。再度試してください。',
    ),
    causes: ['no-ssl-on-ssl-port', 'port-25-au-hikari', 'port-25-blocked', 'ssl-on-plain-port', 'network-restriction', 'antivirus-outgoing-check'],
  },
  {
    ...SEND,
    id: 'tb-smtp-starttls-failed',
    symptom: 'secure-connection',
    texts: texts(
      'compose',
      'startTlsFailed',
      'An error occurred while sending mail: Unable to establish a secure link with Outgoing server (SMTP) {server} using STARTTLS since it doesn\'t advertise that feature. Switch off STARTTLS for that server or contact your service provider.',
      'メールの送信前にエラーが発生しました: 送信 (SMTP) サーバー {server} が STARTTLS をサポートしていないため、保護された接続を確立できませんでした。STARTTLS を使用しない設定に変更するか、ご利用のサービスプロバイダーに問い合わせてください。',
    ),
    causes: ['starttls'],
    definite: ['starttls'],
  },
  {
    ...SEND,
    id: 'tb-smtp-auth-failure',
    symptom: 'password-rejected',
    texts: texts(
      'compose',
      'smtpAuthFailure',
      "Unable to authenticate to Outgoing server (SMTP) {server}. Please check the password and verify the 'Authentication method' in 'Account Settings | Outgoing server (SMTP)'.",
      '送信 (SMTP) サーバー {server} の認証に失敗しました。パスワードを確認し、[アカウント設定] の [送信 (SMTP) サーバー] で [認証方式] が正しいことを確認してください。',
    ),
    causes: PASSWORD,
  },
  {
    ...SEND,
    id: 'tb-smtp-auth-mech',
    symptom: 'password-rejected',
    texts: texts(
      'compose',
      'smtpAuthMechNotSupported',
      "The Outgoing server (SMTP) {server} does not support the selected authentication method. Please change the 'Authentication method' in 'Account Settings | Outgoing Server (SMTP)'.",
      '送信 (SMTP) サーバー {server} が選択された認証方式をサポートしていません。[アカウント設定] の [送信 (SMTP) サーバー] で [認証方式] を変更してください。',
    ),
    causes: ['registration-missing', 'recheck-settings'],
  },
  {
    ...SEND,
    id: 'tb-smtp-hint-encrypt-to-plain',
    symptom: 'password-rejected',
    texts: texts(
      'compose',
      'smtpHintAuthEncryptToPlainNoSsl',
      "The Outgoing server (SMTP) {server} does not seem to support encrypted passwords. If you just set up the account, try changing the 'Authentication method' in 'Account Settings | Outgoing server (SMTP)' to 'Password, transmitted insecurely'. If it used to work but now doesn't, you may be susceptible to getting your password stolen.",
      '送信 (SMTP) サーバー {server} が暗号化されたパスワードをサポートしていないようです。アカウントの設定直後の場合は、[アカウント設定] の [送信 (SMTP) サーバー] で [認証方式] を [平文のパスワード認証 (安全でない)] に変更し、再度試してください。認証が突然失敗するようになった場合は、誰かがパスワードを盗もうとしている可能性があります。',
    ),
    causes: ['check-port-security', 'recheck-settings'],
  },
  {
    ...SEND,
    id: 'tb-smtp-from-rejected',
    symptom: 'relay-denied',
    texts: texts(
      'compose',
      'errorSendingFromCommand',
      'An error occurred while sending mail. The mail server responded: {response}. Please verify that your email address is correct in your account settings and try again.',
      'メールの送信中にエラーが発生しました。アカウント設定でメールアドレスの設定が正しいか確認し、再度試してください。メールサーバーからの応答: {response}',
    ),
    causes: RELAY,
  },
  {
    ...SEND,
    id: 'tb-smtp-rcpt-rejected',
    symptom: 'relay-denied',
    texts: texts(
      'compose',
      'errorSendingRcptCommand',
      'An error occurred while sending mail. The mail server responded:\n{response}.\nPlease check the message recipient "{recipient}" and try again.',
      'メールの送信中にエラーが発生しました。サーバーからの応答:\n{response}\nメッセージの受信者 "{recipient}" を確認し、再度試してください。',
    ),
    causes: RELAY,
  },
  {
    ...SEND,
    id: 'tb-smtp-security-issue',
    symptom: 'secure-connection',
    texts: texts('compose', 'smtpSecurityIssue', 'The configuration related to {server} must be corrected.', '{server} に関する設定を見直してください。'),
    causes: ['ssl-on-plain-port', 'check-port-security'],
  },
  {
    ...SEND,
    id: 'tb-smtp-password-prompt',
    symptom: 'password-rejected',
    texts: texts('compose', 'smtpEnterPasswordPromptTitleWithHostname', 'Password Required for Outgoing (SMTP) Server {server}', '送信 (SMTP) サーバー {server} のパスワードが必要です'),
    causes: ['registration-missing', 'user-is-address', 'wrong-password'],
  },
  // Receiving: Pop3Client shows messenger.properties' connection errors for the incoming server.
  {
    ...RECEIVE,
    id: 'tb-net-unknown-host',
    symptom: 'times-out',
    // Despite the wording, this is the name that does not resolve (NS_ERROR_UNKNOWN_HOST).
    texts: texts('messenger', 'unknownHostError', 'Failed to connect to server {server}.', 'サーバー {server} との接続に失敗しました。'),
    causes: ['host-unknown', 'check-host', 'network-restriction'],
  },
  {
    ...RECEIVE,
    id: 'tb-net-refused',
    symptom: 'times-out',
    texts: texts('messenger', 'connectionRefusedError', 'Could not connect to server {server}; the connection was refused.', 'サーバー {server} に接続できません。接続が拒否されました。'),
    causes: ['port-not-offered', 'host-wrong-role', 'network-restriction'],
  },
  {
    ...RECEIVE,
    id: 'tb-net-timeout',
    symptom: 'times-out',
    texts: texts('messenger', 'netTimeoutError', 'Connection to server {server} timed out.', 'サーバー {server} との接続がタイムアウトになりました。'),
    causes: ['no-ssl-on-ssl-port', 'ssl-on-plain-port', 'check-port-security', 'network-restriction'],
  },
  {
    ...RECEIVE,
    id: 'tb-net-reset',
    symptom: 'secure-connection',
    texts: texts('messenger', 'netResetError', 'Connection to server {server} was reset.', 'サーバー {server} との接続がリセットされました。'),
    causes: ['ssl-on-plain-port', 'check-port-security', 'network-restriction'],
  },
  {
    ...RECEIVE,
    id: 'tb-net-interrupted',
    symptom: 'times-out',
    texts: texts('messenger', 'netInterruptError', 'Connection to server {server} was interrupted.', 'サーバー {server} との接続が中断されました。'),
    causes: ['ssl-on-plain-port', 'network-restriction'],
  },
  {
    // The login-failed dialog serves POP and SMTP ({account} is then the SMTP server's name).
    ...SETUP,
    id: 'tb-login-failed-title',
    symptom: 'password-rejected',
    texts: texts('messenger', 'mailServerLoginFailedTitleWithAccount', 'Login to account "{account}" failed', 'アカウント "{account}" へのログインに失敗しました。'),
    causes: ['registration-missing', ...POP_LOGIN],
  },
  {
    ...SETUP,
    id: 'tb-login-failed',
    symptom: 'password-rejected',
    texts: texts('messenger', 'mailServerLoginFailed2', 'Login to server {server} with username {user} failed.', 'ユーザー名 {user} でサーバー {server} へのログインに失敗しました。'),
    causes: ['registration-missing', ...POP_LOGIN],
  },
  {
    ...RECEIVE,
    id: 'tb-pop-username-failure',
    symptom: 'password-rejected',
    texts: texts('local', 'pop3UsernameFailure', 'Sending of username did not succeed.', 'ユーザー名を送信できませんでした。'),
    causes: ['user-is-address', 'user-not-id', 'user-not-lowercase'],
  },
  {
    ...RECEIVE,
    id: 'tb-pop-password-failed',
    symptom: 'password-rejected',
    texts: texts('local', 'pop3PasswordFailed', 'Sending of password for user {user} did not succeed.', 'ユーザー {user} のパスワードを送信できませんでした。'),
    causes: POP_LOGIN,
  },
  {
    ...RECEIVE,
    id: 'tb-pop-new-password',
    symptom: 'password-rejected',
    texts: texts('local', 'pop3PreviouslyEnteredPasswordIsInvalidPrompt', 'Please enter a new password for user {user} on {server}:', '{server} のユーザー {user} 用の新しいパスワードを入力してください:'),
    causes: ['wrong-password', 'user-is-address', 'user-not-lowercase'],
  },
  {
    ...RECEIVE,
    id: 'tb-pop-no-stls',
    symptom: 'secure-connection',
    // Shown when STARTTLS is chosen and the server's CAPA has no STLS (Pop3Client).
    texts: texts(
      'local',
      'nsErrorCouldNotConnectViaTls',
      'Unable to establish TLS connection to POP3 server. The server may be down or may be incorrectly configured. Please verify the correct configuration in the Server Settings for your mail server in the Account Settings window and try again.',
      'POP3 サーバーへの TLS 接続が確立できません。サーバーがダウンしているか、設定が正しくありません。[アカウント設定] の [サーバー設定] で、このメールサーバーの設定が正しいか確認して再度試してください。',
    ),
    causes: ['starttls'],
    definite: ['starttls'],
  },
  {
    ...RECEIVE,
    id: 'tb-pop-encrypt-to-plain',
    symptom: 'password-rejected',
    texts: texts(
      'local',
      'pop3AuthChangeEncryptToPlainSSL',
      "This POP3 server does not seem to support encrypted passwords. If you just set up this account, please try changing to 'Normal password' as the 'Authentication method' in the 'Account Settings | Server settings'. If it used to work and now suddenly fails, please contact your email administrator or provider.",
      'POP3 サーバーが暗号化されたパスワードをサポートしていないようです。アカウントの設定直後の場合は、[アカウント設定] の [サーバー設定] で [認証方式] を [通常のパスワード認証] に変更し、再度試してください。認証が突然失敗するようになった場合は、あなたのメールの管理者かプロバイダーに問い合わせてください。',
    ),
    causes: ['recheck-settings', 'check-port-security'],
  },
  {
    ...RECEIVE,
    id: 'tb-pop-username-undefined',
    symptom: 'password-rejected',
    texts: texts(
      'local',
      'pop3UsernameUndefined',
      'You have not supplied a username for this server.  Please provide one in the account setup menu and try again.',
      'このサーバー用のユーザー名が設定されていません。[アカウント設定] の [サーバー設定] で [ユーザー名] を設定してください。',
    ),
    causes: ['user-not-id'],
  },
  // Account setup: the wizard guesses settings (often STARTTLS on 587) and fills in the address as user name.
  {
    ...SETUP,
    id: 'tb-setup-find-failed',
    texts: texts('setup', 'account-setup-find-settings-failed', 'Thunderbird failed to find the settings for your email account', 'Thunderbird がメールアカウントの設定を見つけられませんでした。'),
    causes: ['recheck-settings'],
  },
  {
    ...SETUP,
    id: 'tb-setup-credentials-wrong',
    symptom: 'password-rejected',
    texts: texts('setup', 'account-setup-credentials-wrong', 'Authentication failed. Please check the username and password', '認証に失敗しました。ユーザー名とパスワードを確認してください。'),
    causes: ['user-is-address', 'wrong-password', 'user-not-lowercase', 'registration-missing'],
  },
  {
    ...SETUP,
    id: 'tb-setup-credentials-incomplete',
    symptom: 'password-rejected',
    texts: texts(
      'setup',
      'account-setup-credentials-incomplete',
      'Authentication failed. Either the entered credentials are incorrect or a separate username is required for logging in. This username is usually your Windows domain login with or without the domain (for example, janedoe or AD\\janedoe)',
      '認証に失敗しました。入力した認証情報が正しくないか、別のユーザー名でログインする必要があります。このユーザー名は Windows ドメインのログイン情報にドメイン名が付与されたものまたは付与されていないものです (例えば foxkeh または AD\\foxkeh)。',
    ),
    causes: ['user-is-address', 'wrong-password'],
  },
  {
    ...SETUP,
    id: 'tb-hub-port-changed',
    symptom: 'times-out',
    texts: texts(
      'hub',
      'account-hub-manual-config-port-changed',
      'Couldn’t reach Port {old}, but Port {new} is available.',
      'ポート番号 {old} には到達できませんでしたが、ポート番号 {new} が利用可能です。',
    ),
    causes: ['port-not-offered', 'port-25-blocked'],
  },
  {
    ...SETUP,
    id: 'tb-hub-security-changed',
    symptom: 'secure-connection',
    texts: texts('hub', 'account-hub-manual-config-security-changed', 'Couldn’t find {old}, but {new} is available.', '{old} は見つかりませんでしたが、{new} が利用可能です。'),
    causes: ['starttls', 'check-port-security'],
  },
];
