/**
 * Mail on iPhone and iPad. The screens' labels, buttons and the path to the accounts are Apple's
 * own strings (src/walkthrough/apple-strings.ts; docs/apps.md §5): the account settings of
 * iOS 16.6.1 (MailAccountSettings, AccountPreferences; each key reads the same in 15.6.1), the
 * accounts list and the add-account choices of iOS 15 (AccountsUI), the path as Apple's own alert
 * spells it (Message.framework MF_FAILED_SEND_NO_SERVER: Settings > Mail > Accounts). What no
 * stored string names is described (`described`; for screens' titles the list in
 * apple-strings.test.ts): the iOS 18 path (Settings → Apps → Mail → Mail Accounts;
 * secondary guides only), the IMAP/POP switch (no key: the protocol names are not translated),
 * the titles of the server sheet, the account's screen and the SMTP server's screen. The order of the screens and fields follows
 * secondary guides (support.appriver.com kb a986, olympus.net for iOS 14; docs/apps.md §5).
 */
import { text } from '../fields';
import type { Field, Guide, Screen, Step } from '../model';


const newAccount: Screen = {
  id: 'newAccount',
  fields: [
    text('name', { kind: 'name' }),
    text('address', { kind: 'address' }),
    text('password', { kind: 'password' }),
    { id: 'description', value: { kind: 'choice', choice: 'asahi' }, control: 'text', optional: true },
  ],
};
/** One server's host, user name and password, as the new-account sheet and the account show them. */
const login = (role: 'receive' | 'send'): Field[] => {
  const group = role === 'receive' ? 'incoming' : 'outgoing';
  return [
    text(`${role}Host`, { kind: 'server', role, part: 'host' }, group),
    text(`${role}UserName`, { kind: 'user-name' }, group),
    text(`${role}Password`, { kind: 'password' }, group),
  ];
};
const servers: Screen = {
  id: 'servers',
  fields: [{ id: 'protocol', value: { kind: 'choice', choice: 'pop' }, control: 'select', described: true }, ...login('receive'), ...login('send')]
};
/** The account's own screen: the incoming server, as the account shows it. */
const account: Screen = { id: 'account', fields: login('receive') };
/** The account → Advanced: the incoming server's SSL, authentication and port. */
const advanced: Screen = {
  id: 'advanced',
  fields: [
    { id: 'useSsl', value: { kind: 'tick', on: 'receive-encrypted' }, control: 'switch' },
    { id: 'auth', value: { kind: 'option', role: 'receive', part: 'auth' }, control: 'select' },
    text('port', { kind: 'server', role: 'receive', part: 'port' }),
  ],
};
/** The account → SMTP → Primary Server: the outgoing server, with its own SSL and port. */
const smtp: Screen = {
  id: 'smtp',
  fields: [
    text('host', { kind: 'server', role: 'send', part: 'host' }),
    text('userName', { kind: 'user-name' }),
    text('password', { kind: 'password' }),
    { id: 'useSsl', value: { kind: 'tick', on: 'send-encrypted' }, control: 'switch' },
    { id: 'auth', value: { kind: 'option', role: 'send', part: 'auth' }, control: 'select' },
    text('port', { kind: 'server', role: 'send', part: 'port' }),
  ]
};

const addMiddle: readonly Step[] = [
  { id: 'addOther' },
  { id: 'addNewAccount', screen: newAccount },
  { id: 'addServers', screen: servers },
  { id: 'addInsecure', when: 'any-unencrypted' },
  { id: 'addSaved' },
];
const addEnd: readonly Step[] = [
  { id: 'addAdvanced', screen: advanced },
  { id: 'apopMissing', when: 'receive-apop' },
  { id: 'addSmtp', screen: smtp },
  { id: 'addDone' },
];
const check: readonly Step[] = [
  { id: 'checkAccount', screen: account },
  { id: 'checkAdvanced', screen: advanced },
  { id: 'checkSmtp', screen: smtp },
  { id: 'checkDone' },
];
const test: readonly Step[] = [{ id: 'testWrite' }, { id: 'testSend' }, { id: 'testGet' }];

export const IOS_MAIL: Guide = {
  app: 'ios-mail',
  labelsNote: true,
  variants: [
    {
      id: 'ios-18',
      add: [{ id: 'addOpen18' }, ...addMiddle, { id: 'addReopen18' }, ...addEnd],
      check: [{ id: 'checkOpen18' }, ...check],
      test,
    },
    {
      id: 'ios-17',
      add: [{ id: 'addOpen17' }, ...addMiddle, { id: 'addReopen17' }, ...addEnd],
      check: [{ id: 'checkOpen17' }, ...check],
      test,
    },
  ],
};
