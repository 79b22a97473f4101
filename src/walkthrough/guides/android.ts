/**
 * Android. Sources, checked 2026-12-01 (docs/apps.md §6):
 * - `thunderbird-android` (Thunderbird for Android; K-9 Mail shares these modules):
 *   thunderbird/thunderbird-android @a59bd679859d369c9a39be147e536b825ffd0a6b (2026-08-20; tags
 *   THUNDERBIRD_22_0 / K9MAIL_22_0) — strings in feature/account/{common,setup,server/settings},
 *   feature/onboarding/welcome, feature/navigation/drawer/dropdown and legacy/ui/legacy
 *   res/values{,-ja}/strings.xml; field order from the Compose forms
 *   feature/account/server/settings/…/ui/{incoming,outgoing}/content/{Incoming,Outgoing}FormItems.kt
 *   @0bec0cf04f19e7cf5ec128174edc0f4d245384ba (server, security, port, authentication, username,
 *   password; the protocol only while adding); POP "Encrypted password" is CRAM-MD5, else APOP
 *   (mail/protocols/pop3/…/Pop3Connection.java @016da71f29e33bc64143963827f3e6edcce2caea).
 * - `gmail`: no Google source; whether the app still adds other providers' POP3 accounts is not
 *   settled, so its screen is described, never quoted.
 * - `aosp` (the classic "Email" app): aosp-mirror/platform_packages_apps_email
 *   @9822725da07cc150f2410ad5360549018c3fbb1c, res/values{,-ja}/strings.xml and the order of
 *   res/layout/account_setup_{incoming,outgoing}_fragment.xml. Its POP code sends USER/PASS only.
 */
import { server, option } from '../fields';
import type { Field, Guide, Screen } from '../model';

const userName: Field = { id: 'userName', value: { kind: 'user-name' }, control: 'text' };
const password: Field = { id: 'password', value: { kind: 'password' }, control: 'text' };

// Thunderbird for Android / K-9 Mail
const tbEmail: Screen = { id: 'tbEmail', fields: [{ id: 'address', value: { kind: 'address' }, control: 'text' }] };
const tbIncomingFields = [server('host', 'receive', 'host'), option('security', 'receive', 'security'), server('port', 'receive', 'port'), option('auth', 'receive', 'auth'), userName, password];
const tbIncoming: Screen = { id: 'tbIncoming', fields: [{ id: 'protocol', value: { kind: 'choice', choice: 'pop3' }, control: 'select' }, ...tbIncomingFields] };
const tbOutgoing: Screen = {
  id: 'tbOutgoing',
  fields: [server('host', 'send', 'host'), option('security', 'send', 'security'), server('port', 'send', 'port'), option('auth', 'send', 'auth'), userName, password],
};
const tbOptions: Screen = { id: 'tbOptions', fields: [{ id: 'name', value: { kind: 'name' }, control: 'text' }] };
/** The same forms in edit mode: no protocol choice. */
const tbCheckIncoming: Screen = { id: 'tbCheckIncoming', fields: tbIncomingFields };

// The Gmail app: described fields only (no source for its labels).
const gmailServers: Screen = {
  id: 'gmailServers',
  fields: [
    ...[userName, password, server('receiveHost', 'receive', 'host'), server('receivePort', 'receive', 'port'), option('receiveSecurity', 'receive', 'security')].map((f): Field => ({ ...f, group: 'incoming' })),
    ...[server('sendHost', 'send', 'host'), server('sendPort', 'send', 'port'), option('sendSecurity', 'send', 'security'), { ...userName, id: 'sendUserName' }].map((f): Field => ({ ...f, group: 'outgoing' })),
  ],
};

// The classic Android Email app (AOSP)
const aospEmail: Screen = { id: 'aospEmail', fields: [{ id: 'address', value: { kind: 'address' }, control: 'text' }] };
const aospType: Screen = { id: 'aospType', fields: [{ id: 'type', value: { kind: 'choice', choice: 'pop3' }, control: 'select' }] };
const aospIncoming: Screen = {
  id: 'aospIncoming',
  fields: [userName, password, server('host', 'receive', 'host'), server('port', 'receive', 'port'), option('security', 'receive', 'security')],
};
const aospOutgoing: Screen = {
  id: 'aospOutgoing',
  fields: [
    server('host', 'send', 'host'),
    server('port', 'send', 'port'),
    option('security', 'send', 'security'),
    { id: 'requireLogin', value: { kind: 'tick', on: 'smtp-auth' }, control: 'checkbox' },
    { ...userName, when: 'smtp-auth' },
    { ...password, when: 'smtp-auth' },
  ],
};
const aospNames: Screen = { id: 'aospNames', fields: [{ id: 'name', value: { kind: 'name' }, control: 'text' }] };

export const ANDROID: Guide = {
  app: 'android',
  variants: [
    {
      id: 'thunderbird-android',
      add: [
        { id: 'tbInstall' },
        { id: 'tbOpen' },
        { id: 'tbEmail', screen: tbEmail },
        { id: 'tbManual' },
        { id: 'tbIncoming', screen: tbIncoming },
        { id: 'tbOutgoing', screen: tbOutgoing },
        { id: 'tbOptions', screen: tbOptions },
        { id: 'tbDone' },
      ],
      check: [{ id: 'tbCheckOpen' }, { id: 'tbCheckIncoming', screen: tbCheckIncoming }, { id: 'tbCheckOutgoing', screen: tbOutgoing }],
      test: [{ id: 'tbTestCompose' }, { id: 'tbTestSend' }, { id: 'tbTestCheck' }],
    },
    {
      id: 'gmail',
      add: [{ id: 'gmailStatus' }, { id: 'gmailTry' }, { id: 'gmailServers', screen: gmailServers }, { id: 'gmailFallback' }],
      check: [{ id: 'gmailCheck' }],
      test: [{ id: 'gmailTestSend' }, { id: 'gmailTestCheck' }],
    },
    {
      id: 'aosp',
      add: [
        { id: 'aospOpen' },
        { id: 'aospEmail', screen: aospEmail },
        { id: 'aospType', screen: aospType },
        { id: 'aospPassword' },
        { id: 'aospIncoming', screen: aospIncoming },
        { id: 'aospOutgoing', screen: aospOutgoing },
        { id: 'aospOptions' },
        { id: 'aospNames', screen: aospNames },
      ],
      check: [{ id: 'aospCheckOpen' }, { id: 'aospCheckIncoming', screen: aospIncoming }, { id: 'aospCheckOutgoing', screen: aospOutgoing }],
      test: [{ id: 'aospTestSend' }, { id: 'aospTestCheck' }],
    },
  ],
};
