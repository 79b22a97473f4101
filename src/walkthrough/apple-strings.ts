/**
 * Apple's own words for the iPhone/iPad and Mac guides, each with where it was read: the
 * recorded strings the guides (src/i18n/<lang>/apps/ios-mail.ts, apple-mail.ts), the value
 * cards (src/i18n/<lang>/result.ts `labels`) and the profile steps (exports.ts) quote, and
 * that the walkthrough tests hold every quoted label to. Research record: docs/apps.md §4–§5.
 *
 * Most come from Apple's .strings files as dumped, per key and language, in the public
 * repository kishikawakatsumi/applelocalization-tools; a few from Apple's support pages where
 * no stored strings file holds the label (the Mac's Mail app file is not stored, docs/apps.md §4).
 * A label with no source here is described on the page, never quoted.
 */

/** One .strings table of the repository, at the commit it was read. */
interface StringsTable {
  readonly repo: 'kishikawakatsumi/applelocalization-tools';
  readonly commit: string;
  readonly path: string;
  readonly table: string;
  /** The system version the dump is of. */
  readonly os: string;
}

export type AppleSource = (StringsTable & { readonly key: string }) | { readonly page: string; readonly os: string };

export interface AppleText {
  readonly text: string;
  readonly source: AppleSource;
}

/** A label in each language a source gives it in. */
export interface AppleLabel {
  readonly ja?: AppleText;
  readonly en?: AppleText;
}

const REPO = 'kishikawakatsumi/applelocalization-tools';
/** The unversioned dump of 2022-01 (iOS 15, macOS 12; the build is not named, its project targets iOS 15.2). */
const DUMP_2022 = '176cb3f314280105d8b45aef9e85a0b063c9f09a';
const IOS_15 = 'iOS 15 (repository dump of January 2022)';
const MACOS_12 = 'macOS 12 (repository dump of January 2022)';

const table = (commit: string, path: string, name: string, os: string): StringsTable => ({ repo: REPO, commit, path, table: name, os });

/** Mail's account settings on iOS 15.6.1, the newest iOS whose table could be read here (docs/apps.md §5). */
const ACCOUNT_PREFERENCES = table(
  'c4808159011bcdd64add3694373232253dc9c457',
  'data/ios/15.6.1/MailAccountSettings.bundle.json',
  'AccountPreferences.strings',
  'iOS 15.6.1',
);
const IOS_ACCOUNTS_UI = table(DUMP_2022, 'data/ios/AccountsUI.framework.json', 'Localizable.strings', IOS_15);
const IOS_MESSAGE = table(DUMP_2022, 'data/ios/Message.framework.json', 'Delayed.strings', IOS_15);
const IOS_PROFILES = table(DUMP_2022, 'data/ios/ManagedConfigurationUI.framework.json', 'ManagedConfigurationUI.strings', IOS_15);
const MAC_MAIL = table(DUMP_2022, 'data/macos/Mail.framework.json', 'MailFramework.strings', MACOS_12);
const MAC_ACCOUNTS_UI = table(DUMP_2022, 'data/macos/AccountsUI.framework.json', 'Localizable.strings', MACOS_12);
const MAC_EMAIL_UI = table(DUMP_2022, 'data/macos/EmailUIPlugin.bundle.json', 'Localizable.strings', MACOS_12);
const MAC_EMAIL_CORE = table(DUMP_2022, 'data/macos/EmailCore.framework.json', 'Localizable.strings', MACOS_12);
const MAC_PROFILES = table(DUMP_2022, 'data/macos/ConfigurationProfilesUI.bundle.json', 'Localizable.strings', MACOS_12);
const MAC_PROFILE_DETAIL = table(DUMP_2022, 'data/macos/ConfigurationProfilesUI.bundle.json', 'ProfileDetail.strings', MACOS_12);
const MAC_PROFILES_PANE = table(DUMP_2022, 'data/macos/Profiles.prefPane.json', 'InfoPlist.strings', MACOS_12);

/** Apple's support page "Mac のメールで接続設定を自動的に管理する" (HT204208), ja and en. */
const HT204208 = { page: 'https://support.apple.com/ja-jp/HT204208 (en: /en-afri/HT204208)', os: 'macOS 10.12–12 (Mail → Preferences)' };
/** Mail User Guide "Change Server Settings in Mail on Mac" (Mail 15, macOS 12), en only. */
const MAIL_GUIDE = { page: 'https://support.apple.com/en-euro/guide/mail/cpmlprefacctadv/15.0/mac/12.0', os: 'Mail 15, macOS 12' };
/** "Mail settings you might need from your email provider" (HT201525), en only. */
const HT201525 = { page: 'https://support.apple.com/en-us/HT201525', os: 'Mac and iPhone' };

function strings(t: StringsTable, key: string, ja: string, en: string): AppleLabel {
  const source = { ...t, key };
  return { ja: { text: ja, source }, en: { text: en, source } };
}

// iPhone and iPad ------------------------------------------------------------------------

/**
 * The path to the accounts, as Apple's own alert spells it: MF_FAILED_SEND_NO_SERVER,
 * “設定”＞“メール”＞“アカウント” / "Settings > Mail > Accounts" (iOS 14–17; iOS 18 moved Mail
 * under Settings → Apps, which no stored strings name).
 */
export const iosSettings = strings(IOS_MESSAGE, 'MF_FAILED_SEND_NO_SERVER', '設定', 'Settings');
export const iosMail = strings(IOS_MESSAGE, 'MF_FAILED_SEND_NO_SERVER', 'メール', 'Mail');
export const iosAccounts = strings(IOS_ACCOUNTS_UI, 'ACCOUNTS', 'アカウント', 'Accounts');
export const iosAddAccount = strings(IOS_ACCOUNTS_UI, 'ADD_ACCOUNT', 'アカウントを追加', 'Add Account');
export const iosOther = strings(IOS_ACCOUNTS_UI, 'OTHER', 'その他', 'Other');
export const iosAddMailAccount = strings(IOS_ACCOUNTS_UI, 'ADD_OTHER_MAIL_ACCOUNT', 'メールアカウントを追加', 'Add Mail Account');
export const iosNewAccount = strings(ACCOUNT_PREFERENCES, 'NEW_ACCOUNT', '新規アカウント', 'New Account');
export const iosName = strings(ACCOUNT_PREFERENCES, 'FULL_NAME', '名前', 'Name');
export const iosEmail = strings(ACCOUNT_PREFERENCES, 'EMAIL_ADDRESS', 'メール', 'Email');
export const iosPassword = strings(ACCOUNT_PREFERENCES, 'PASSWORD', 'パスワード', 'Password');
export const iosDescription = strings(ACCOUNT_PREFERENCES, 'DESCRIPTION', '説明', 'Description');
export const iosNext = strings(ACCOUNT_PREFERENCES, 'NEXT', '次へ', 'Next');
export const iosSave = strings(ACCOUNT_PREFERENCES, 'SAVE', '保存', 'Save');
export const iosIncomingMailServer = strings(ACCOUNT_PREFERENCES, 'INCOMING_MAIL_SERVER', '受信メールサーバ', 'Incoming Mail Server');
export const iosOutgoingMailServer = strings(ACCOUNT_PREFERENCES, 'OUTGOING_MAIL_SERVER', '送信メールサーバ', 'Outgoing Mail Server');
export const iosHostName = strings(ACCOUNT_PREFERENCES, 'HOST_NAME', 'ホスト名', 'Host Name');
export const iosUserName = strings(ACCOUNT_PREFERENCES, 'USER_NAME', 'ユーザ名', 'User Name');
export const iosAdvanced = strings(ACCOUNT_PREFERENCES, 'ADVANCED', '詳細', 'Advanced');
export const iosIncomingSettings = strings(ACCOUNT_PREFERENCES, 'INCOMING_SETTINGS', '受信設定', 'Incoming Settings');
export const iosUseSsl = strings(ACCOUNT_PREFERENCES, 'USE_SSL', 'SSLを使用', 'Use SSL');
export const iosAuthentication = strings(ACCOUNT_PREFERENCES, 'AUTHENTICATION', '認証', 'Authentication');
export const iosServerPort = strings(ACCOUNT_PREFERENCES, 'SERVER_PORT', 'サーバポート', 'Server Port');
export const iosPrimaryServer = strings(ACCOUNT_PREFERENCES, 'PRIMARY_SERVER', 'プライマリサーバ', 'Primary Server');
export const iosDone = strings(ACCOUNT_PREFERENCES, 'DONE', '完了', 'Done');
export const iosOn = strings(ACCOUNT_PREFERENCES, 'ON', 'オン', 'On');
export const iosOff = strings(ACCOUNT_PREFERENCES, 'OFF', 'オフ', 'Off');
/** The alert account setup shows when SSL fails: title and question. */
export const iosCannotConnectUsingSsl = strings(ACCOUNT_PREFERENCES, 'SETUP_WITHOUT_SSL_TITLE', 'SSLで接続できません', 'Cannot Connect Using SSL');
export const iosSetupWithoutSsl = strings(
  ACCOUNT_PREFERENCES,
  'SETUP_WITHOUT_SSL_BODY',
  'アカウントをSSLなしで設定しますか?',
  'Do you want to try setting up the account without SSL?',
);
/** The authentication methods' names (Message.framework; no "None" among them). */
export const iosAuthPassword = strings(IOS_MESSAGE, 'MESSAGE_AUTH_PLAIN_TEXT', 'パスワード', 'Password');
export const iosAuthApop = strings(IOS_MESSAGE, 'MESSAGE_AUTH_APOP', 'APOP (Authenticated POP)', 'Authenticated POP (APOP)');
/** Installing a downloaded configuration profile. */
export const iosInstall = strings(IOS_PROFILES, 'INSTALL', 'インストール', 'Install');
export const iosNotVerified = strings(IOS_PROFILES, 'NOT_VERIFIED_PROFILE', '未検証', 'Not Verified');
export const iosProfileDone = strings(IOS_PROFILES, 'DONE', '完了', 'Done');

// Mac --------------------------------------------------------------------------------------

export const macMailMenu: AppleLabel = { ja: { text: 'メール', source: HT204208 }, en: { text: 'Mail', source: HT204208 } };
export const macPreferences: AppleLabel = { ja: { text: '環境設定', source: HT204208 }, en: { text: 'Preferences', source: HT204208 } };
export const macAccounts: AppleLabel = { ja: { text: 'アカウント', source: HT204208 }, en: { text: 'Accounts', source: HT204208 } };
/** Mail's own hint names the tab and the checkbox: CheckSSLSetting (“サーバ設定”タブ, “TLS/SSLを使用”チェックボックス). */
export const macServerSettings = strings(MAC_MAIL, 'CheckSSLSetting', 'サーバ設定', 'Server Settings');
export const macUseTlsSsl = strings(MAC_MAIL, 'CheckSSLSetting', 'TLS/SSLを使用', 'Use TLS/SSL');
export const macManage: AppleLabel = {
  ja: { text: '接続設定を自動的に管理', source: HT204208 },
  en: { text: 'Automatically manage connection settings', source: HT204208 },
};
/** The add-account sheets (the Accounts framework's and the mail plug-in's strings). */
export const macOtherMailAccount = strings(MAC_ACCOUNTS_UI, 'OTHER_ACCOUNT_TYPE_IMAP', 'その他のメールアカウント…', 'Other Mail Account…');
export const macNameLabel = strings(MAC_ACCOUNTS_UI, 'FULLNAME_LABEL', '名前:', 'Name:');
export const macEmailLabel = strings(MAC_ACCOUNTS_UI, 'EMAIL_LABEL', 'メールアドレス:', 'Email Address:');
export const macPasswordLabel = strings(MAC_ACCOUNTS_UI, 'PASSWORD_LABEL', 'パスワード:', 'Password:');
export const macUserNameLabel = strings(MAC_ACCOUNTS_UI, 'USERNAME_LABEL', 'ユーザ名:', 'User Name:');
export const macSignIn = strings(MAC_ACCOUNTS_UI, 'SIGN_IN', 'サインイン', 'Sign In');
export const macAccountType = strings(MAC_EMAIL_UI, 'AccountTypeLabel', 'アカウントの種類:', 'Account Type:');
export const macIncomingMailServer = strings(MAC_EMAIL_UI, 'IncomingHostnameLabel', '受信用メールサーバ:', 'Incoming Mail Server:');
export const macOutgoingMailServer = strings(MAC_EMAIL_UI, 'OutgoingHostnameLabel', '送信用メールサーバ:', 'Outgoing Mail Server:');
/** The Server Settings tab's fields: Apple's pages in English only (the Mail app's strings are not stored). */
export const macUsername: AppleLabel = { en: { text: 'Username', source: MAIL_GUIDE } };
export const macPassword: AppleLabel = { en: { text: 'Password', source: MAIL_GUIDE } };
export const macHostName: AppleLabel = { en: { text: 'Host Name', source: MAIL_GUIDE } };
export const macSave: AppleLabel = { en: { text: 'Save', source: MAIL_GUIDE } };
export const macPort: AppleLabel = { en: { text: 'Port', source: HT201525 } };
export const macAuthentication: AppleLabel = { en: { text: 'Authentication', source: HT201525 } };
/** The authentication methods' names (EmailCore); "None" from HT204208's list. */
export const macAuthPassword = strings(MAC_EMAIL_CORE, 'Password', 'パスワード', 'Password');
export const macAuthApop = strings(MAC_EMAIL_CORE, 'Authenticated POP (APOP)', 'APOP（Authenticated POP）', 'Authenticated POP (APOP)');
export const macAuthNone: AppleLabel = { ja: { text: 'なし', source: HT204208 }, en: { text: 'None', source: HT204208 } };
/** Installing a configuration profile (macOS 12: System Preferences → Profiles). */
export const macProfiles = strings(MAC_PROFILES_PANE, 'CFBundleName', 'プロファイル', 'Profiles');
export const macInstall = strings(MAC_PROFILES, 'str_Button_InstallPurgatory', 'インストール…', 'Install…');
export const macUnverified = strings(MAC_PROFILE_DETAIL, 'strSignStateNotVerified', '未検証', 'Unverified');

/** Every label a guide of that app may quote (the walkthrough tests' list). */
export const IOS_LABELS: readonly AppleLabel[] = [
  iosSettings,
  iosMail,
  iosAccounts,
  iosAddAccount,
  iosOther,
  iosAddMailAccount,
  iosNewAccount,
  iosName,
  iosEmail,
  iosPassword,
  iosDescription,
  iosNext,
  iosSave,
  iosIncomingMailServer,
  iosOutgoingMailServer,
  iosHostName,
  iosUserName,
  iosAdvanced,
  iosIncomingSettings,
  iosUseSsl,
  iosAuthentication,
  iosServerPort,
  iosPrimaryServer,
  iosDone,
  iosOn,
  iosOff,
  iosCannotConnectUsingSsl,
  iosSetupWithoutSsl,
  iosAuthPassword,
  iosAuthApop,
  iosInstall,
  iosNotVerified,
  iosProfileDone,
];

export const MAC_LABELS: readonly AppleLabel[] = [
  macMailMenu,
  macPreferences,
  macAccounts,
  macServerSettings,
  macUseTlsSsl,
  macManage,
  macOtherMailAccount,
  macNameLabel,
  macEmailLabel,
  macPasswordLabel,
  macUserNameLabel,
  macSignIn,
  macAccountType,
  macIncomingMailServer,
  macOutgoingMailServer,
  macUsername,
  macPassword,
  macHostName,
  macSave,
  macPort,
  macAuthentication,
  macAuthPassword,
  macAuthApop,
  macAuthNone,
  macProfiles,
  macInstall,
  macUnverified,
];

/** The label's text in a language; a missing one is a mistake in the copy, caught at load. */
export function labelText(label: AppleLabel, lang: 'ja' | 'en'): string {
  const text = label[lang]?.text;
  if (text === undefined) throw new Error(`no ${lang} source for this label`);
  return text;
}

/** Quoted as the page's language quotes words on a screen: 「…」 or “…”. */
export const ja = (label: AppleLabel): string => `「${labelText(label, 'ja')}」`;
export const en = (label: AppleLabel): string => `“${labelText(label, 'en')}”`;
