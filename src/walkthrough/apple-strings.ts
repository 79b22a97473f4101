/**
 * Apple's own words for the iPhone/iPad and Mac guides, each with where it was read: the
 * recorded strings the guides (src/i18n/<lang>/apps/ios-mail.ts, apple-mail.ts) and the profile
 * steps (exports.ts) insert, that the value cards (src/i18n/<lang>/sheet.ts `labels`, on every
 * page) type again, and that the walkthrough tests hold every quoted or drawn label to.
 * Research record: docs/apps.md §4–§5.
 *
 * Most come from Apple's .strings files as dumped, per key and language, in the public
 * repository kishikawakatsumi/applelocalization-tools; a few from Apple's support pages where
 * no stored strings file holds the label (the Mac's Mail app file is not stored, docs/apps.md §4).
 * A label with no source here is described on the page, never quoted. The labels are small
 * objects the pages import; their sources are in appleSources(), which only the tests and the
 * research record read, so that no page downloads them.
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

/**
 * A label in each language a source gives it in. Its source is kept apart (appleSources): the
 * pages load the labels, never the sources.
 */
export interface AppleLabel {
  readonly ja?: string;
  readonly en?: string;
}

/** Where each language of a label was read. */
export interface LabelSources {
  readonly ja?: AppleSource;
  readonly en?: AppleSource;
}

const REPO = 'kishikawakatsumi/applelocalization-tools';
/** The unversioned dump of 2022-01 (iOS 15, macOS 12; the build is not named, its project targets iOS 15.2). */
const DUMP_2022 = '176cb3f314280105d8b45aef9e85a0b063c9f09a';
const IOS_15 = 'iOS 15 (repository dump of January 2022)';
const MACOS_12 = 'macOS 12 (repository dump of January 2022)';

// iPhone and iPad ------------------------------------------------------------------------

/**
 * The path to the accounts, as Apple's own alert spells it: MF_FAILED_SEND_NO_SERVER,
 * “設定”＞“メール”＞“アカウント” / "Settings > Mail > Accounts" (iOS 14–17; iOS 18 moved Mail
 * under Settings → Apps, which no stored strings name).
 */
export const iosSettings = { ja: '設定', en: 'Settings' } as const;
export const iosMail = { ja: 'メール', en: 'Mail' } as const;
export const iosAccounts = { ja: 'アカウント', en: 'Accounts' } as const;
export const iosAddAccount = { ja: 'アカウントを追加', en: 'Add Account' } as const;
export const iosOther = { ja: 'その他', en: 'Other' } as const;
export const iosAddMailAccount = { ja: 'メールアカウントを追加', en: 'Add Mail Account' } as const;
export const iosNewAccount = { ja: '新規アカウント', en: 'New Account' } as const;
export const iosName = { ja: '名前', en: 'Name' } as const;
export const iosEmail = { ja: 'メール', en: 'Email' } as const;
export const iosPassword = { ja: 'パスワード', en: 'Password' } as const;
export const iosDescription = { ja: '説明', en: 'Description' } as const;
export const iosNext = { ja: '次へ', en: 'Next' } as const;
export const iosSave = { ja: '保存', en: 'Save' } as const;
export const iosIncomingMailServer = { ja: '受信メールサーバ', en: 'Incoming Mail Server' } as const;
export const iosOutgoingMailServer = { ja: '送信メールサーバ', en: 'Outgoing Mail Server' } as const;
export const iosHostName = { ja: 'ホスト名', en: 'Host Name' } as const;
export const iosUserName = { ja: 'ユーザ名', en: 'User Name' } as const;
export const iosAdvanced = { ja: '詳細', en: 'Advanced' } as const;
export const iosIncomingSettings = { ja: '受信設定', en: 'Incoming Settings' } as const;
export const iosUseSsl = { ja: 'SSLを使用', en: 'Use SSL' } as const;
export const iosAuthentication = { ja: '認証', en: 'Authentication' } as const;
export const iosServerPort = { ja: 'サーバポート', en: 'Server Port' } as const;
export const iosPrimaryServer = { ja: 'プライマリサーバ', en: 'Primary Server' } as const;
export const iosDone = { ja: '完了', en: 'Done' } as const;
export const iosOn = { ja: 'オン', en: 'On' } as const;
export const iosOff = { ja: 'オフ', en: 'Off' } as const;
/** The alert account setup shows when SSL fails: title and question. */
export const iosCannotConnectUsingSsl = { ja: 'SSLで接続できません', en: 'Cannot Connect Using SSL' } as const;
export const iosSetupWithoutSsl = { ja: 'アカウントをSSLなしで設定しますか?', en: 'Do you want to try setting up the account without SSL?' } as const;
/** The authentication methods' names (Message.framework; no "None" among them). */
export const iosAuthPassword = { ja: 'パスワード', en: 'Password' } as const;
export const iosAuthApop = { ja: 'APOP (Authenticated POP)', en: 'Authenticated POP (APOP)' } as const;
/** Installing a downloaded configuration profile. */
export const iosInstall = { ja: 'インストール', en: 'Install' } as const;
export const iosNotVerified = { ja: '未検証', en: 'Not Verified' } as const;
export const iosProfileDone = { ja: '完了', en: 'Done' } as const;
// Mac --------------------------------------------------------------------------------------

/** Mail's own hint names the tab and the checkbox: CheckSSLSetting (“サーバ設定”タブ, “TLS/SSLを使用”チェックボックス). */
export const macServerSettings = { ja: 'サーバ設定', en: 'Server Settings' } as const;
export const macUseTlsSsl = { ja: 'TLS/SSLを使用', en: 'Use TLS/SSL' } as const;
/** The add-account sheets (the Accounts framework's and the mail plug-in's strings). */
export const macOtherMailAccount = { ja: 'その他のメールアカウント…', en: 'Other Mail Account…' } as const;
export const macNameLabel = { ja: '名前:', en: 'Name:' } as const;
export const macEmailLabel = { ja: 'メールアドレス:', en: 'Email Address:' } as const;
export const macPasswordLabel = { ja: 'パスワード:', en: 'Password:' } as const;
export const macUserNameLabel = { ja: 'ユーザ名:', en: 'User Name:' } as const;
export const macSignIn = { ja: 'サインイン', en: 'Sign In' } as const;
export const macAccountType = { ja: 'アカウントの種類:', en: 'Account Type:' } as const;
export const macIncomingMailServer = { ja: '受信用メールサーバ:', en: 'Incoming Mail Server:' } as const;
export const macOutgoingMailServer = { ja: '送信用メールサーバ:', en: 'Outgoing Mail Server:' } as const;
/** The authentication methods' names (EmailCore); "None" from HT204208's list. */
export const macAuthPassword = { ja: 'パスワード', en: 'Password' } as const;
export const macAuthApop = { ja: 'APOP（Authenticated POP）', en: 'Authenticated POP (APOP)' } as const;
/** Installing a configuration profile (macOS 12: System Preferences → Profiles). */
export const macProfiles = { ja: 'プロファイル', en: 'Profiles' } as const;
export const macInstall = { ja: 'インストール…', en: 'Install…' } as const;
export const macUnverified = { ja: '未検証', en: 'Unverified' } as const;
/** From Apple's support pages: the menu path, the automatic management, the Server Settings tab's fields in English. */
export const macMailMenu = { ja: 'メール', en: 'Mail' } as const;
export const macPreferences = { ja: '環境設定', en: 'Preferences' } as const;
export const macAccounts = { ja: 'アカウント', en: 'Accounts' } as const;
export const macManage = { ja: '接続設定を自動的に管理', en: 'Automatically manage connection settings' } as const;
export const macUsername = { en: 'Username' } as const;
export const macPassword = { en: 'Password' } as const;
export const macHostName = { en: 'Host Name' } as const;
export const macSave = { en: 'Save' } as const;
export const macPort = { en: 'Port' } as const;
export const macAuthentication = { en: 'Authentication' } as const;
export const macAuthNone = { ja: 'なし', en: 'None' } as const;

/** Where each label was read (for the tests and the research record; no page imports it). */
export function appleSources(): ReadonlyMap<AppleLabel, LabelSources> {
  const table = (commit: string, path: string, name: string, os: string): StringsTable => ({ repo: REPO, commit, path, table: name, os });

  /**
   * Mail's account settings on iOS 16.6.1, the newest iOS the repository stores; every key used
   * here reads the same in 15.6.1's table (data/ios/15.6.1/MailAccountSettings.bundle.json,
   * AccountPreferences.strings) (docs/apps.md §5).
   */
  const ACCOUNT_PREFERENCES = table(
    'c4808159011bcdd64add3694373232253dc9c457',
    'data/ios/16.6.1/MailAccountSettings.bundle_6AccountPreferences.loctable.json',
    'AccountPreferences.loctable',
    'iOS 16.6.1',
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

  const both = (t: StringsTable, key: string): LabelSources => ({ ja: { ...t, key }, en: { ...t, key } });
  return new Map<AppleLabel, LabelSources>([
    [iosSettings, both(IOS_MESSAGE, 'MF_FAILED_SEND_NO_SERVER')],
    [iosMail, both(IOS_MESSAGE, 'MF_FAILED_SEND_NO_SERVER')],
    [iosAccounts, both(IOS_ACCOUNTS_UI, 'ACCOUNTS')],
    [iosAddAccount, both(IOS_ACCOUNTS_UI, 'ADD_ACCOUNT')],
    [iosOther, both(IOS_ACCOUNTS_UI, 'OTHER')],
    [iosAddMailAccount, both(IOS_ACCOUNTS_UI, 'ADD_OTHER_MAIL_ACCOUNT')],
    [iosNewAccount, both(ACCOUNT_PREFERENCES, 'NEW_ACCOUNT')],
    [iosName, both(ACCOUNT_PREFERENCES, 'FULL_NAME')],
    [iosEmail, both(ACCOUNT_PREFERENCES, 'EMAIL_ADDRESS')],
    [iosPassword, both(ACCOUNT_PREFERENCES, 'PASSWORD')],
    [iosDescription, both(ACCOUNT_PREFERENCES, 'DESCRIPTION')],
    [iosNext, both(ACCOUNT_PREFERENCES, 'NEXT')],
    [iosSave, both(ACCOUNT_PREFERENCES, 'SAVE')],
    [iosIncomingMailServer, both(ACCOUNT_PREFERENCES, 'INCOMING_MAIL_SERVER')],
    [iosOutgoingMailServer, both(ACCOUNT_PREFERENCES, 'OUTGOING_MAIL_SERVER')],
    [iosHostName, both(ACCOUNT_PREFERENCES, 'HOST_NAME')],
    [iosUserName, both(ACCOUNT_PREFERENCES, 'USER_NAME')],
    [iosAdvanced, both(ACCOUNT_PREFERENCES, 'ADVANCED')],
    [iosIncomingSettings, both(ACCOUNT_PREFERENCES, 'INCOMING_SETTINGS')],
    [iosUseSsl, both(ACCOUNT_PREFERENCES, 'USE_SSL')],
    [iosAuthentication, both(ACCOUNT_PREFERENCES, 'AUTHENTICATION')],
    [iosServerPort, both(ACCOUNT_PREFERENCES, 'SERVER_PORT')],
    [iosPrimaryServer, both(ACCOUNT_PREFERENCES, 'PRIMARY_SERVER')],
    [iosDone, both(ACCOUNT_PREFERENCES, 'DONE')],
    [iosOn, both(ACCOUNT_PREFERENCES, 'ON')],
    [iosOff, both(ACCOUNT_PREFERENCES, 'OFF')],
    [iosCannotConnectUsingSsl, both(ACCOUNT_PREFERENCES, 'SETUP_WITHOUT_SSL_TITLE')],
    [iosSetupWithoutSsl, both(ACCOUNT_PREFERENCES, 'SETUP_WITHOUT_SSL_BODY')],
    [iosAuthPassword, both(IOS_MESSAGE, 'MESSAGE_AUTH_PLAIN_TEXT')],
    [iosAuthApop, both(IOS_MESSAGE, 'MESSAGE_AUTH_APOP')],
    [iosInstall, both(IOS_PROFILES, 'INSTALL')],
    [iosNotVerified, both(IOS_PROFILES, 'NOT_VERIFIED_PROFILE')],
    [iosProfileDone, both(IOS_PROFILES, 'DONE')],
    [macServerSettings, both(MAC_MAIL, 'CheckSSLSetting')],
    [macUseTlsSsl, both(MAC_MAIL, 'CheckSSLSetting')],
    [macOtherMailAccount, both(MAC_ACCOUNTS_UI, 'OTHER_ACCOUNT_TYPE_IMAP')],
    [macNameLabel, both(MAC_ACCOUNTS_UI, 'FULLNAME_LABEL')],
    [macEmailLabel, both(MAC_ACCOUNTS_UI, 'EMAIL_LABEL')],
    [macPasswordLabel, both(MAC_ACCOUNTS_UI, 'PASSWORD_LABEL')],
    [macUserNameLabel, both(MAC_ACCOUNTS_UI, 'USERNAME_LABEL')],
    [macSignIn, both(MAC_ACCOUNTS_UI, 'SIGN_IN')],
    [macAccountType, both(MAC_EMAIL_UI, 'AccountTypeLabel')],
    [macIncomingMailServer, both(MAC_EMAIL_UI, 'IncomingHostnameLabel')],
    [macOutgoingMailServer, both(MAC_EMAIL_UI, 'OutgoingHostnameLabel')],
    [macAuthPassword, both(MAC_EMAIL_CORE, 'Password')],
    [macAuthApop, both(MAC_EMAIL_CORE, 'Authenticated POP (APOP)')],
    [macProfiles, both(MAC_PROFILES_PANE, 'CFBundleName')],
    [macInstall, both(MAC_PROFILES, 'str_Button_InstallPurgatory')],
    [macUnverified, both(MAC_PROFILE_DETAIL, 'strSignStateNotVerified')],
    [macMailMenu, { ja: HT204208, en: HT204208 }],
    [macPreferences, { ja: HT204208, en: HT204208 }],
    [macAccounts, { ja: HT204208, en: HT204208 }],
    [macManage, { ja: HT204208, en: HT204208 }],
    [macUsername, { en: MAIL_GUIDE }],
    [macPassword, { en: MAIL_GUIDE }],
    [macHostName, { en: MAIL_GUIDE }],
    [macSave, { en: MAIL_GUIDE }],
    [macPort, { en: HT201525 }],
    [macAuthentication, { en: HT201525 }],
    [macAuthNone, { ja: HT204208, en: HT204208 }],
  ]);
}

/** Every label a guide of that app may quote (the walkthrough tests' list). */
export const IOS_LABELS = [iosSettings, iosMail, iosAccounts, iosAddAccount, iosOther, iosAddMailAccount, iosNewAccount, iosName, iosEmail, iosPassword, iosDescription, iosNext, iosSave, iosIncomingMailServer, iosOutgoingMailServer, iosHostName, iosUserName, iosAdvanced, iosIncomingSettings, iosUseSsl, iosAuthentication, iosServerPort, iosPrimaryServer, iosDone, iosOn, iosOff, iosCannotConnectUsingSsl, iosSetupWithoutSsl, iosAuthPassword, iosAuthApop, iosInstall, iosNotVerified, iosProfileDone] as const satisfies readonly AppleLabel[];
export const MAC_LABELS = [macServerSettings, macUseTlsSsl, macOtherMailAccount, macNameLabel, macEmailLabel, macPasswordLabel, macUserNameLabel, macSignIn, macAccountType, macIncomingMailServer, macOutgoingMailServer, macAuthPassword, macAuthApop, macProfiles, macInstall, macUnverified, macMailMenu, macPreferences, macAccounts, macManage, macUsername, macPassword, macHostName, macSave, macPort, macAuthentication, macAuthNone] as const satisfies readonly AppleLabel[];

/** The text a label has in one language, as a type (none where the label has no source in it). */
type TextIn<L, Lang extends 'ja' | 'en'> = L extends { readonly [K in Lang]: infer T } ? T : never;

/**
 * Apple's recorded words, as types: the copy (the guides, the value cards, the export steps)
 * writes Apple's labels through these, so a label that is not recorded here does not type-check,
 * and no page downloads this module (`import type`).
 */
export type IosJa = TextIn<(typeof IOS_LABELS)[number], 'ja'>;
export type IosEn = TextIn<(typeof IOS_LABELS)[number], 'en'>;
export type MacJa = TextIn<(typeof MAC_LABELS)[number], 'ja'>;
export type MacEn = TextIn<(typeof MAC_LABELS)[number], 'en'>;
