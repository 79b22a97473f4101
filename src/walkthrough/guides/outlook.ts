/**
 * Classic Outlook for Windows. Sources, checked 2026-12-01 (docs/apps.md §2); no Microsoft
 * support page (support.microsoft.com "Add an email account to Outlook", "POP and IMAP email
 * settings for Outlook", ja-jp or en-us) was found in the stored corpora, so every label here
 * rests on secondary sources, quoted only where several independent ones agree:
 * - the add screens (ファイル → アカウントの追加 → 詳細オプション → 自分で自分のアカウントを手動で
 *   設定 → 接続 → POP; the POP screen's 受信メール / 送信メール with サーバー, ポート, 暗号化方法):
 *   XServer's manual pages for Outlook 2016 and 2019 (Outlook 365) (github xs-kshibata/
 *   code-for-gemini-review, www.xserver.ne.jp_www/manual/man_mail_setting_ol2016.php and
 *   …ol2019.php @7f70f149…/4debcb8f…) and independent setup notes found by exact search;
 *   en: OVH's Outlook guides and a Microsoft community post (answers.microsoft.com, f78f75ac…);
 * - the older dialog (アカウント設定 → 変更 → 詳細設定, its 送信サーバー and 詳細設定 tabs):
 *   the same XServer pages, a public PowerShell replica of the dialog, ISP guides and setup notes;
 *   en: OVH, Rackspace and ISP guides, and a copy of Microsoft's "Change or update email
 *   account settings" steps (Control Panel → Mail → Email Accounts… → Change → More Settings).
 * Versions: `microsoft-365` is Microsoft 365 (current channel), whose 変更 opens the new POP
 * screen, so the older dialog is reached another way; `account-settings` is Outlook 2016–2021,
 * whose 変更 opens the older dialog. The add flow is the same in both (XServer's 2016 and
 * 2019 pages show it).
 */
import { option, server } from '../fields';
import type { Field, Guide, Screen, Step } from '../model';

/** Secure Password Authentication: ASAHI Net's servers do not use it, so it stays off. */
const spa = (id: string, group?: string): Field => ({ id, value: { kind: 'tick', on: 'never' }, control: 'checkbox', ...(group && { group }) });

/** The first add screen, with 詳細オプション opened. */
const addAddress: Screen = {
  id: 'addAddress',
  fields: [
    { id: 'address', value: { kind: 'address' }, control: 'text' },
    { id: 'manual', value: { kind: 'tick', on: 'always' }, control: 'checkbox' },
  ],
};
/** The POP account settings screen of the add flow (and of the Microsoft 365 server settings). */
const popSettings: Screen = {
  id: 'popSettings',
  fields: [
    server('receiveHost', 'receive', 'host', { group: 'incoming' }),
    server('receivePort', 'receive', 'port', { group: 'incoming' }),
    option('receiveSecurity', 'receive', 'security', { group: 'incoming' }),
    spa('receiveSpa', 'incoming'),
    server('sendHost', 'send', 'host', { group: 'outgoing' }),
    server('sendPort', 'send', 'port', { group: 'outgoing' }),
    option('sendSecurity', 'send', 'security', { group: 'outgoing' }),
    spa('sendSpa', 'outgoing'),
  ],
};
const addPassword: Screen = { id: 'addPassword', fields: [{ id: 'password', value: { kind: 'password' }, control: 'text' }] };
/** The older dialog's first page (変更): the names and the logon. Its labels are described. */
const legacyAccount: Screen = {
  id: 'legacyAccount',
  fields: [
    server('receiveHost', 'receive', 'host'),
    server('sendHost', 'send', 'host'),
    { id: 'userName', value: { kind: 'user-name' }, control: 'text' },
    { id: 'password', value: { kind: 'password' }, control: 'text' },
    spa('spa'),
  ],
};
/** 詳細設定 → 送信サーバー tab: SMTP AUTH with the incoming server's user name and password. */
const legacyOutgoing: Screen = {
  id: 'legacyOutgoing',
  fields: [
    { id: 'auth', value: { kind: 'tick', on: 'smtp-auth' }, control: 'checkbox' },
    { id: 'same', value: { kind: 'tick', on: 'smtp-auth' }, control: 'checkbox' },
  ],
};
/** 詳細設定 → 詳細設定 tab: the ports and the encryption. */
const legacyAdvanced: Screen = {
  id: 'legacyAdvanced',
  fields: [
    server('receivePort', 'receive', 'port'),
    { id: 'receiveSsl', value: { kind: 'tick', on: 'receive-encrypted' }, control: 'checkbox' },
    server('sendPort', 'send', 'port'),
    { id: 'sendSecurity', value: { kind: 'option', role: 'send', part: 'security' }, control: 'select' },
  ],
};

/** The add flow both versions share; it ends by checking SMTP AUTH in the older dialog. */
const addStart: Step[] = [
  { id: 'addOpen' },
  { id: 'addAddress', screen: addAddress },
  { id: 'addType' },
  { id: 'addPop', screen: popSettings },
  { id: 'addPassword', screen: addPassword },
  { id: 'addDone' },
];
/** In the older dialog: the tabs behind 詳細設定, the same in every version that has it. */
const legacyTabs: Step[] = [
  { id: 'legacyMore' },
  { id: 'legacyOutgoing', screen: legacyOutgoing },
  { id: 'legacyAdvanced', screen: legacyAdvanced },
  { id: 'legacySave' },
];

const test: Step[] = [{ id: 'testNew' }, { id: 'testSend' }, { id: 'testReceive' }];

export const OUTLOOK: Guide = {
  app: 'outlook',
  variants: [
    {
      id: 'microsoft-365',
      add: [...addStart, { id: 'm365AuthIntro' }, { id: 'm365LegacyOpen' }, { id: 'legacyPick' }, ...legacyTabs],
      check: [
        { id: 'm365CheckOpen' },
        { id: 'm365CheckPop', screen: popSettings },
        { id: 'm365AuthIntro' },
        { id: 'm365LegacyOpen' },
        { id: 'legacyPick' },
        { id: 'legacyAccount', screen: legacyAccount },
        ...legacyTabs,
      ],
      test,
    },
    {
      id: 'account-settings',
      add: [...addStart, { id: 'olderAuthIntro' }, { id: 'olderOpen' }, ...legacyTabs],
      check: [{ id: 'olderOpen' }, { id: 'legacyAccount', screen: legacyAccount }, ...legacyTabs],
      test,
    },
  ],
};
