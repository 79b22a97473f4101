/**
 * Mail on the Mac. Labels quoted from Apple (src/walkthrough/apple-strings.ts; docs/apps.md §4):
 * the add-account sheets from macOS 12's own strings (AccountsUI: 名前: / Name:, メールアドレス:,
 * パスワード:, ユーザ名:, サインイン, その他のメールアカウント…; EmailUIPlugin: アカウントの種類:,
 * 受信用メールサーバ:, 送信用メールサーバ:), the Server Settings tab and its “Use TLS/SSL”
 * checkbox as Mail's own hint names them (Mail.framework CheckSSLSetting), the menu path and
 * 「接続設定を自動的に管理」 from support.apple.com HT204208, and in English the tab's fields from
 * the Mail User Guide (Username, Password, Host Name, Save; Mail 15) and HT201525 (Port,
 * Authentication). The Mail app's own strings file is not stored (looked for in data/macos/12.6
 * and 14.0), so the Japanese field names of the Server Settings tab, the add-account menu item,
 * the macOS 13 "Settings" menu item, the sheets' titles and the buttons are described.
 * The order of the tab follows the Mail User Guide (user name, password, host, the automatic
 * management to untick, then the fields unticking reveals); the sheets' order secondary guides.
 * Versions: `macos-13` is macOS 13 Ventura and later (Mail → Settings), `macos-12` is macOS 12
 * Monterey and earlier (Mail → Preferences, HT204208); the screens past that menu are the same.
 */
import { text } from '../fields';
import type { Field, Guide, Screen, Step } from '../model';

const tick = (id: string, on: 'receive-encrypted' | 'send-encrypted' | 'never', group: string): Field => ({
  id,
  value: { kind: 'tick', on },
  control: 'checkbox',
  group,
});

const accountSheet: Screen = {
  id: 'accountSheet',
  fields: [text('name', { kind: 'name' }), text('address', { kind: 'address' }), text('password', { kind: 'password' })]
};
const serverSheet: Screen = {
  id: 'serverSheet',
  fields: [
    text('address', { kind: 'address' }),
    text('userName', { kind: 'user-name' }),
    text('password', { kind: 'password' }),
    { id: 'accountType', value: { kind: 'choice', choice: 'pop' }, control: 'select' },
    text('receiveHost', { kind: 'server', role: 'receive', part: 'host' }),
    text('sendHost', { kind: 'server', role: 'send', part: 'host' }),
  ]
};
/** A field of the Server Settings tab whose Japanese name no stored string confirms. */
const inJapaneseDescribed = (field: Field): Field => ({ ...field, described: 'ja' });

/**
 * One server's half of the Server Settings tab, in the tab's order (Mail User Guide): user
 * name, password, host, the automatic management to untick, then the fields unticking reveals.
 */
const serverHalf = (role: 'receive' | 'send'): Field[] => {
  const group = role === 'receive' ? 'incoming' : 'outgoing';
  return [
    inJapaneseDescribed(text(`${role}UserName`, { kind: 'user-name' }, group)),
    inJapaneseDescribed(text(`${role}Password`, { kind: 'password' }, group)),
    inJapaneseDescribed(text(`${role}Host`, { kind: 'server', role, part: 'host' }, group)),
    tick(`${role}Manage`, 'never', group),
    inJapaneseDescribed(text(`${role}Port`, { kind: 'server', role, part: 'port' }, group)),
    tick(`${role}Tls`, role === 'receive' ? 'receive-encrypted' : 'send-encrypted', group),
    inJapaneseDescribed({ id: `${role}Auth`, value: { kind: 'option', role, part: 'auth' }, control: 'select', group }),
  ];
};
/** Settings → Accounts → the account → Server Settings, with the automatic management off. */
const serverSettings: Screen = { id: 'serverSettings', fields: [...serverHalf('receive'), ...serverHalf('send')] };

const addStart: readonly Step[] = [
  { id: 'addOpen' },
  { id: 'addAccount', screen: accountSheet },
  { id: 'addServers', screen: serverSheet },
  { id: 'addCreated' },
];
const addFinish: readonly Step[] = [
  { id: 'addServerSettings', screen: serverSettings },
  { id: 'apopMissing', when: 'receive-apop' },
  { id: 'addSave' },
];
const test: readonly Step[] = [{ id: 'testWrite' }, { id: 'testSend' }, { id: 'testGet' }];

export const APPLE_MAIL: Guide = {
  app: 'apple-mail',
  labelsNote: true,
  variants: [
    {
      id: 'macos-13',
      add: [...addStart, { id: 'addSettings13' }, ...addFinish],
      check: [{ id: 'checkSettings13' }, { id: 'checkServerSettings', screen: serverSettings }, { id: 'checkApopMissing', when: 'receive-apop' }, { id: 'checkSave' }],
      test,
    },
    {
      id: 'macos-12',
      add: [...addStart, { id: 'addSettings12' }, ...addFinish],
      check: [{ id: 'checkSettings12' }, { id: 'checkServerSettings', screen: serverSettings }, { id: 'checkApopMissing', when: 'receive-apop' }, { id: 'checkSave' }],
      test,
    },
  ],
};
