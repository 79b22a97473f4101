/**
 * Android: the AOSP Email app (the stock 「メール」 app of many Android builds; whether a
 * phone maker's own app uses these strings is not known) and Thunderbird for Android
 * (formerly K-9 Mail), word for word from their localisation files. Research notes:
 * /work/briefs/errors-research.md §3.
 */
import type { FlowCauseId, Symptom } from '../causes';
import type { MessageEntry, MessageRole, ShownIn, TextSource } from './types';

const AOSP = { repo: 'aosp-mirror/platform_packages_apps_email', commit: '9822725da07cc150f2410ad5360549018c3fbb1c' } as const;
const TFA = { repo: 'thunderbird/thunderbird-android', commit: 'a59bd679859d369c9a39be147e536b825ffd0a6b' } as const;
const AOSP_VERSION = 'AOSP Email (strings of 2019, as in LineageOS)';
const TFA_VERSION = 'Thunderbird for Android 24.0';

/** Thunderbird for Android's modules, by the folder of their strings.xml. */
const TFA_MODULES = {
  validation: 'feature/account/server/validation/src/main/res',
  common: 'feature/account/common/src/main/res',
  setup: 'feature/account/setup/src/main/res',
  legacy: 'legacy/ui/legacy/src/main/res',
} as const;

interface Row {
  readonly id: string;
  readonly stringId: string;
  readonly role: MessageRole;
  readonly en: string;
  readonly ja: string;
  readonly symptom?: Symptom;
  readonly causes: readonly FlowCauseId[];
  readonly definite?: readonly FlowCauseId[];
}

function aosp(r: Row): MessageEntry {
  const at = (folder: string) => ({ ...AOSP, path: `res/${folder}/strings.xml`, stringId: r.stringId });
  return entry(r, AOSP_VERSION, 'aosp-2019', at('values'), at('values-ja'));
}

function tfa(module: keyof typeof TFA_MODULES, r: Row): MessageEntry {
  const at = (folder: string) => ({ ...TFA, path: `${TFA_MODULES[module]}/${folder}/strings.xml`, stringId: r.stringId });
  return entry(r, TFA_VERSION, 'thunderbird-android-24', at('values'), at('values-ja'));
}

function entry(r: Row, version: string, shownIn: ShownIn, en: TextSource, ja: TextSource): MessageEntry {
  return {
    id: r.id,
    app: 'android',
    version,
    shownIn,
    role: r.role,
    texts: { en: { text: r.en, source: en }, ja: { text: r.ja, source: ja } },
    causes: r.causes,
    ...(r.symptom && { symptom: r.symptom }),
    ...(r.definite && { definite: r.definite }),
  };
}

const LOGIN = ['user-is-address', 'wrong-password', 'user-not-lowercase', 'user-not-id', 'registration-missing'] as const;
const CONNECT = ['host-unknown', 'port-not-offered', 'no-ssl-on-ssl-port', 'port-25-blocked', 'network-restriction'] as const;

export const ANDROID: readonly MessageEntry[] = [
  // AOSP Email: the account check's dialog, title 「完了できませんでした」 and one of these bodies.
  aosp({ id: 'aosp-auth', stringId: 'account_setup_failed_dlg_auth_message', role: 'either', symptom: 'password-rejected', en: 'Username or password is incorrect.', ja: 'ユーザー名またはパスワードが正しくありません。', causes: LOGIN }),
  aosp({
    id: 'aosp-check-credentials',
    stringId: 'account_setup_failed_check_credentials_message',
    role: 'either',
    symptom: 'password-rejected',
    en: 'The server responded with an error. Check your username and password, then try again.',
    ja: 'サーバーからエラーが返されました。ユーザー名とパスワードを確認してもう一度お試しください。',
    causes: LOGIN,
  }),
  aosp({ id: 'aosp-ioerror', stringId: 'account_setup_failed_ioerror', role: 'either', symptom: 'times-out', en: 'Couldn\'t open connection to server.', ja: 'サーバーに接続できませんでした。', causes: CONNECT }),
  aosp({ id: 'aosp-server', stringId: 'account_setup_failed_dlg_server_message_fmt', role: 'either', symptom: 'times-out', en: 'Can\'t connect to server.\n({detail})', ja: 'サーバーに接続できません。\n（{detail}）', causes: CONNECT }),
  aosp({ id: 'aosp-tls-required', stringId: 'account_setup_failed_tls_required', role: 'either', symptom: 'secure-connection', en: 'TLS required but not supported by server.', ja: 'TLSが必要ですがサーバーが対応していません。', causes: ['starttls'], definite: ['starttls'] }),
  aosp({
    id: 'aosp-security',
    stringId: 'account_setup_failed_security',
    role: 'either',
    symptom: 'secure-connection',
    en: 'Couldn\'t open connection to server due to security error.',
    ja: 'セキュリティエラーのためサーバーに接続できませんでした。',
    causes: ['ssl-on-plain-port', 'check-port-security'],
  }),
  aosp({
    id: 'aosp-certificate',
    stringId: 'account_setup_failed_dlg_certificate_message_fmt',
    role: 'either',
    symptom: 'secure-connection',
    en: 'Can\'t safely connect to server.\n({detail})',
    ja: 'サーバーへの安全な接続を確立できません。\n（{detail}）',
    causes: ['ssl-on-plain-port', 'check-host'],
  }),
  aosp({
    id: 'aosp-auth-methods',
    stringId: 'account_setup_failed_auth_required',
    role: 'either',
    symptom: 'password-rejected',
    en: 'Authentication methods aren\'t supported by server.',
    ja: '認証方法がサーバーでサポートされていません。',
    causes: ['registration-missing', 'recheck-settings'],
  }),
  aosp({ id: 'aosp-login-failed', stringId: 'login_failed_title', role: 'either', symptom: 'password-rejected', en: 'Couldn\'t sign in', ja: 'ログインできませんでした', causes: LOGIN }),
  // Thunderbird for Android: the server check shows a title, an error name, then details.
  tfa('validation', { id: 'tfa-check-in-failed', stringId: 'account_server_validation_incoming_loading_error', role: 'receive', en: 'Checking incoming server settings failed', ja: '受信サーバーの設定の確認に失敗しました', causes: ['recheck-settings'] }),
  tfa('validation', { id: 'tfa-check-out-failed', stringId: 'account_server_validation_outgoing_loading_error', role: 'send', en: 'Checking outgoing server settings failed', ja: '送信サーバーの設定の確認に失敗しました', causes: ['recheck-settings'] }),
  tfa('validation', { id: 'tfa-auth-error', stringId: 'account_server_validation_error_authentication', role: 'either', symptom: 'password-rejected', en: 'Authentication error', ja: '認証エラー', causes: LOGIN }),
  tfa('validation', {
    id: 'tfa-network-error',
    stringId: 'account_server_validation_error_network',
    role: 'either',
    symptom: 'times-out',
    en: 'Network error',
    ja: 'ネットワークエラー',
    causes: [...CONNECT, 'ssl-on-plain-port'],
  }),
  tfa('validation', { id: 'tfa-server-error', stringId: 'account_server_validation_error_server', role: 'either', en: 'Server error', ja: 'サーバーエラー', causes: ['recheck-settings'] }),
  tfa('validation', {
    // With STARTTLS chosen, a server without STLS/STARTTLS raises MissingCapabilityException.
    id: 'tfa-missing-capability',
    stringId: 'account_server_validation_error_missing_server_capability',
    role: 'either',
    symptom: 'secure-connection',
    en: 'Missing server capability',
    ja: 'サーバーの機能が不足しています',
    causes: ['starttls', 'recheck-settings'],
  }),
  tfa('validation', {
    id: 'tfa-missing-capability-details',
    stringId: 'account_server_validation_error_missing_server_capability_details',
    role: 'either',
    symptom: 'secure-connection',
    en: 'The server is missing this capability:\n{capability}',
    ja: 'この機能がサーバーにありません: \n{capability}',
    causes: ['starttls', 'recheck-settings'],
  }),
  tfa('setup', {
    id: 'tfa-setup-network',
    stringId: 'account_setup_error_network',
    role: 'either',
    symptom: 'times-out',
    en: 'Network error. Please check your connection status and try again.',
    ja: 'ネットワークエラーが発生しました。接続状況を確認してもう一度お試しください。',
    causes: ['network-restriction', 'host-unknown'],
  }),
  tfa('common', { id: 'tfa-server-message', stringId: 'account_common_error_server_message', role: 'either', en: 'The server returned the following message:\n{response}', ja: 'サーバーから以下のメッセージが返答されました: \n{response}', causes: ['recheck-settings'] }),
  tfa('legacy', {
    id: 'tfa-send-error',
    stringId: 'ac_transfer_error_send',
    role: 'send',
    symptom: 'times-out',
    en: 'An error occurred while sending the message. Please check your network connectivity and outgoing server configuration.',
    ja: 'メッセージの送信中にエラーが発生しました。ネットワーク接続と送信サーバーの設定を確認してください。',
    causes: ['port-25-blocked', 'no-ssl-on-ssl-port', 'out-auth-off', 'network-restriction'],
  }),
  tfa('legacy', { id: 'tfa-send-failed', stringId: 'send_failed_reason', role: 'send', en: 'Send failed: {reason}', ja: '送信失敗: {reason}', causes: ['recheck-settings'] }),
  tfa('legacy', { id: 'tfa-connection-error', stringId: 'status_network_error', role: 'either', symptom: 'times-out', en: 'Connection error', ja: '接続エラー', causes: ['network-restriction', 'host-unknown', 'port-not-offered'] }),
];
