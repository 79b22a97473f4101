/**
 * Mail on iPhone and iPad. Sources, checked 2026-12-01 (docs/apps.md §5). No Apple help page for
 * the iPhone was found in the stored corpora ("Add an email account to your iPhone", "If you
 * can't send or receive email", the iPhone User Guide: not stored), so the screens follow
 * secondary guides and most labels are described, not quoted:
 * - iOS/iPadOS 18 path Settings → Apps → Mail → Mail Accounts → Add Account → Other → Add Mail
 *   Account → the new-account sheet: an article on iPadOS 18 (dailynow.website, eclipsemedias.com;
 *   its Japanese translation tslro.com), all copies of one text;
 * - iOS 14–17 path Settings → Mail → Accounts → Add Account → Other: several guides (macfan,
 *   manual.xbit.jp for older iOS; everydaytech.org, olympus.net for iOS 14);
 * - existing account: the account → Advanced (incoming SSL, authentication, port) and
 *   SMTP → Primary Server (outgoing host, user name, password, SSL, authentication, port):
 *   support.appriver.com kb a986 and olympus.net (iOS 14), which agree;
 * - support.apple.com/en-us/HT201525 (Apple, for Mac and iPhone): Port, Authentication, Use SSL.
 * The field order inside each screen follows those guides and is not confirmed by Apple.
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
  fields: [{ id: 'protocol', value: { kind: 'choice', choice: 'pop' }, control: 'select' }, ...login('receive'), ...login('send')],
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
  ],
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
