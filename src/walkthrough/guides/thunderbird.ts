/**
 * Thunderbird (desktop). Sources, checked 2026-12-01 (docs/apps.md §1):
 * - ja labels: thunderbird/thunderbird-l10n ja/mail/… @5d7cde6f5d9237b64f7de733bb9fbb121055848a
 *   (accountHub.ftl, accountcreation/accountSetup.ftl, am-server-top.dtd, smtpEditOverlay.dtd,
 *   accountManager.ftl, prefs.properties, messenger.dtd, unifiedToolbarItems.ftl);
 * - en labels: mozilla/releases-comm-central mail/locales/en-US/… @cf9726f56328e24a2cd2d24eaf01563c676a28e6
 *   (Account Hub) and @486458a4e4bf57be3faf9dc84fb8ff2599384694 (the Account Setup tab);
 * - field order: the Account Hub templates accountHubEmailIncomingFormTemplate.inc.xhtml and
 *   accountHubEmailOutgoingFormTemplate.inc.xhtml @cf9726f5.
 * Versions: `release` is Thunderbird 141 and later (the Account Hub; "Outgoing Server", Bug
 * 1915214); `esr` is 140 ESR and 128 ESR (the Account Setup tab for the first account;
 * "Outgoing Server (SMTP)").
 */
import { server, option } from '../fields';
import type { Field, Guide, Screen } from '../model';

const userName: Field = { id: 'userName', value: { kind: 'user-name' }, control: 'text' };

const hubEmail: Screen = {
  id: 'hubEmail',
  fields: [
    { id: 'name', value: { kind: 'name' }, control: 'text' },
    { id: 'address', value: { kind: 'address' }, control: 'text' },
  ],
};
const hubIncoming: Screen = {
  id: 'hubIncoming',
  fields: [
    { id: 'protocol', value: { kind: 'choice', choice: 'pop3' }, control: 'select' },
    server('host', 'receive', 'host'),
    server('port', 'receive', 'port'),
    option('security', 'receive', 'security'),
    option('auth', 'receive', 'auth'),
    userName,
  ],
};
const hubOutgoing: Screen = {
  id: 'hubOutgoing',
  fields: [server('host', 'send', 'host'), server('port', 'send', 'port'), option('security', 'send', 'security'), option('auth', 'send', 'auth'), userName],
};
const hubPassword: Screen = {
  id: 'hubPassword',
  fields: [
    { id: 'password', value: { kind: 'password' }, control: 'text' },
    { id: 'remember', value: { kind: 'tick', on: 'always' }, control: 'checkbox', optional: true },
  ],
};
const setupTab: Screen = {
  id: 'setupTab',
  fields: [
    { id: 'name', value: { kind: 'name' }, control: 'text' },
    { id: 'address', value: { kind: 'address' }, control: 'text' },
    { id: 'password', value: { kind: 'password' }, control: 'text' },
    { id: 'remember', value: { kind: 'tick', on: 'always' }, control: 'checkbox', optional: true },
  ],
};
const setupManual: Screen = {
  id: 'setupManual',
  fields: [
    ...[
      { id: 'protocol', value: { kind: 'choice', choice: 'pop3' }, control: 'select' } as const,
      server('receiveHost', 'receive', 'host'),
      server('receivePort', 'receive', 'port'),
      option('receiveSecurity', 'receive', 'security'),
      option('receiveAuth', 'receive', 'auth'),
      { ...userName, id: 'receiveUserName' },
    ].map((f): Field => ({ ...f, group: 'incoming' })),
    ...[
      server('sendHost', 'send', 'host'),
      server('sendPort', 'send', 'port'),
      option('sendSecurity', 'send', 'security'),
      option('sendAuth', 'send', 'auth'),
      { ...userName, id: 'sendUserName' },
    ].map((f): Field => ({ ...f, group: 'outgoing' })),
  ],
};
/** Account Settings → Server Settings of an existing POP account (am-server-top.dtd). */
const serverSettings: Screen = {
  id: 'serverSettings',
  fields: [
    server('host', 'receive', 'host'),
    server('port', 'receive', 'port'),
    userName,
    option('security', 'receive', 'security'),
    // Shown as 「平文のパスワード認証 (安全でない)」 when the connection is not encrypted (messenger.properties).
    option('auth', 'receive', 'auth', { when: 'receive-encrypted' }),
    option('authUnencrypted', 'receive', 'auth', { when: 'receive-unencrypted' }),
  ],
};
/** The SMTP server dialog (smtpEditOverlay.dtd). */
const smtpServer: Screen = {
  id: 'smtpServer',
  fields: [
    server('host', 'send', 'host'),
    server('port', 'send', 'port'),
    option('security', 'send', 'security'),
    option('auth', 'send', 'auth', { when: 'send-encrypted' }),
    option('authUnencrypted', 'send', 'auth', { when: 'send-unencrypted' }),
    userName,
  ],
};

const test = [{ id: 'testWrite' }, { id: 'testSend' }, { id: 'testGet' }];

export const THUNDERBIRD: Guide = {
  app: 'thunderbird',
  variants: [
    {
      id: 'release',
      add: [
        { id: 'hubOpen' },
        { id: 'hubEmail', screen: hubEmail },
        { id: 'hubManual' },
        { id: 'hubIncoming', screen: hubIncoming },
        { id: 'hubOutgoing', screen: hubOutgoing },
        { id: 'hubInsecure', when: 'any-unencrypted' },
        { id: 'hubPassword', screen: hubPassword },
        { id: 'hubDone' },
      ],
      check: [
        { id: 'checkOpen' },
        { id: 'checkServer', screen: serverSettings },
        { id: 'checkOutgoingRelease', screen: smtpServer },
      ],
      test,
    },
    {
      id: 'esr',
      add: [
        { id: 'setupOpen' },
        { id: 'setupTab', screen: setupTab },
        { id: 'setupManual', screen: setupManual },
        { id: 'setupInsecure', when: 'any-unencrypted' },
        { id: 'setupDone' },
      ],
      check: [
        { id: 'checkOpen' },
        { id: 'checkServer', screen: serverSettings },
        { id: 'checkOutgoingEsr', screen: smtpServer },
      ],
      test,
    },
  ],
};
