/**
 * Mail on the Mac. Sources, checked 2026-12-01 (docs/apps.md §4):
 * - support.apple.com/ja-jp/HT204208 and /en-afri/HT204208 (「Mac のメールで接続設定を自動的に管理する」):
 *   the 「サーバ設定」 tab of 「アカウント」 and the 「接続設定を自動的に管理」 checkbox; the
 *   authentication methods 「パスワード」「MD5」「NTLM」「Kerberos」「なし」 (no APOP);
 * - Mail User Guide (en) cpmlprefacctadv/15.0/mac/12.0 and cpmlprefsmtpserver/15.0/mac/12.0: the
 *   order of the Server Settings tab (incoming: Username, Password, Host Name, Automatically manage
 *   connection settings; then the port, TLS/SSL and authentication it reveals; outgoing likewise);
 * - support.apple.com/en-us/HT201525 ("Mail settings you might need"): Port, Authentication.
 * The add-account sheets are not on any Apple page found here: their fields are described, and
 * their order follows secondary guides. Ports and TLS/SSL are not on those sheets: they are set
 * afterwards in Server Settings, with the automatic management turned off.
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
  fields: [text('name', { kind: 'name' }), text('address', { kind: 'address' }), text('password', { kind: 'password' })],
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
  ],
};
/**
 * One server's half of the Server Settings tab, in the tab's order (Mail User Guide): user
 * name, password, host, the automatic management to untick, then the fields unticking reveals.
 */
const serverHalf = (role: 'receive' | 'send'): Field[] => {
  const group = role === 'receive' ? 'incoming' : 'outgoing';
  return [
    text(`${role}UserName`, { kind: 'user-name' }, group),
    text(`${role}Password`, { kind: 'password' }, group),
    text(`${role}Host`, { kind: 'server', role, part: 'host' }, group),
    tick(`${role}Manage`, 'never', group),
    text(`${role}Port`, { kind: 'server', role, part: 'port' }, group),
    tick(`${role}Tls`, role === 'receive' ? 'receive-encrypted' : 'send-encrypted', group),
    { id: `${role}Auth`, value: { kind: 'option', role, part: 'auth' }, control: 'select', group },
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
