/**
 * Android's walkthroughs in English, checked 2026-12-01 (docs/apps.md §6).
 * - Thunderbird for Android / K-9 Mail: labels verbatim from thunderbird/thunderbird-android
 *   res/values/strings.xml @a59bd679859d369c9a39be147e536b825ffd0a6b.
 * - The Gmail app: no source; nothing is quoted, the fields are described.
 * - The classic "Email" app: aosp-mirror/platform_packages_apps_email res/values/strings.xml
 *   @9822725da07cc150f2410ad5360549018c3fbb1c (its field names are in capitals there, as shown).
 */
import type { Translation } from '../../types';
import type ja from '../../ja/apps/android';

const tbSecurity = { 'ssl-tls': 'SSL/TLS', none: 'None' };
const tbReceiveAuth = { 'normal-password': 'Normal password', apop: 'Encrypted password' };
const tbServer = {
  host: { label: 'Server' },
  security: { label: 'Security', ...tbSecurity },
  port: { label: 'Port' },
  userName: { label: 'Username' },
  password: { label: 'Password' },
};
const aospSecurity = { label: 'SECURITY TYPE', 'ssl-tls': 'SSL/TLS', none: 'None' };
const aospIncoming = {
  title: 'Incoming server settings',
  fields: { userName: { label: 'USERNAME' }, password: { label: 'PASSWORD' }, host: { label: 'SERVER' }, port: { label: 'PORT' }, security: aospSecurity },
};
const aospOutgoing = {
  title: 'Outgoing server settings',
  fields: {
    host: { label: 'SMTP SERVER' },
    port: { label: 'PORT' },
    security: aospSecurity,
    requireLogin: { label: 'Require signin' },
    userName: { label: 'USERNAME' },
    password: { label: 'PASSWORD' },
  },
};

export default {
  variants: {
    'thunderbird-android': 'Thunderbird for Android, K-9 Mail',
    gmail: 'The Gmail app',
    aosp: 'The “Email” app on older phones',
  },
  variantHints: {
    'thunderbird-android': 'A mail app that can add POP3 accounts. It is free on Google Play. K-9 Mail shows the same screens.',
    gmail: 'It may not be able to add an ASAHI Net account: its first step says why. We recommend Thunderbird for Android.',
    aosp: 'Android’s own “Email” app, found on older Android versions and some phones. Some makers change its screens and words.',
  },
  steps: {
    tbInstall: 'If Thunderbird for Android is not on your phone, get it from Google Play. If you use K-9 Mail, the same steps apply.',
    tbOpen: 'Open the app. The first time, tap “Get started”. If you already have an account, tap “Add account” in the menu on the left (where the menu is may differ between versions).',
    tbEmail: 'Enter the following and tap “Next”.',
    tbManual:
      'The app looks for the settings. If it shows “Configuration not found”, tap “Next” to set it up by hand. If it shows “Configuration found”, do not use it as it is: tap “Edit configuration” and correct it as in the next step.',
    tbIncoming: 'In “Incoming server settings”, set the following and tap “Next”. If “Username” holds your email address, replace it with your ASAHI Net ID.',
    tbOutgoing: 'In “Outgoing server settings”, set the following and tap “Next”.',
    tbOptions: 'On the next screen, enter an “Account name” (the name shown in the list) and “Your name”, and tap “Next”.',
    tbDone: 'When “Account successfully created” appears, the account is set up.',
    tbCheckOpen: 'Open the settings from the app’s menu, choose your ASAHI Net account and open “Account settings” (where the menu is may differ between versions).',
    tbCheckIncoming: 'Open “Incoming server” and check the fields below. Correct any that differ and save them as the screen asks.',
    tbCheckOutgoing: 'Open “Outgoing server” and check the fields below. Correct any that differ and save them as the screen asks.',
    tbTestCompose: 'In the Inbox, tap “Compose” and enter your own email address as the recipient. Any subject and text will do.',
    tbTestSend: 'Tap “Send”.',
    tbTestCheck: 'Wait a minute, then tap “Check mail” or pull the Inbox down to refresh it, and check that the message you sent has arrived.',
    gmailStatus:
      'Google announced in 2025 that, from January 2026, Gmail would no longer support checking mail from other accounts by POP, and that “Check mail from other accounts” would no longer be available in Gmail on a computer (Gmail Help, “Learn about upcoming changes to Gmailify & POP in Gmail”). According to press reports, the Gmail app adds other providers’ accounts by IMAP, while ASAHI Net’s page gives a POP3 incoming server.',
    gmailTry:
      'In the Gmail app’s settings, choose to add an account and pick the choice for other email providers. Go on to the next step only if you can then choose a personal POP3 account. If you cannot, use Thunderbird for Android.',
    gmailServers: 'If you could choose that account type, enter these values in the boxes shown. We do not know the boxes’ exact names, so they are described here.',
    gmailFallback: 'If the account cannot be added, or sending or receiving does not work, switch to the steps for “Thunderbird for Android, K-9 Mail” on this page.',
    gmailCheck: 'We do not know where the Gmail app keeps the server settings for such an account. If you cannot find them, we recommend adding the account again in Thunderbird for Android.',
    gmailTestSend: 'Send a message from your ASAHI Net address to your own email address.',
    gmailTestCheck: 'Wait a minute, pull the Inbox down to refresh it and check that the message you sent has arrived.',
    aospOpen: 'Open the “Email” app. If you already have an account, choose to add an account in the app’s settings (the screens differ between phones).',
    aospEmail: 'On the “Email account” screen, enter the following and tap “Manual setup”.',
    aospType: 'For “Account type”, choose the following.',
    aospPassword: 'When the app asks for a password, enter your ASAHI Net ID’s password and go on.',
    aospIncoming: 'In “Incoming server settings”, set the following and go on. If “USERNAME” holds your email address, replace it with your ASAHI Net ID.',
    aospOutgoing: 'In “Outgoing server settings”, set the following and go on.',
    aospOptions: 'Set “Account options” as you like and go on.',
    aospNames: 'When the app says your account is set up, enter the following and finish.',
    aospCheckOpen: 'Open the “Email” app’s settings and choose your ASAHI Net account (the screens differ between phones).',
    aospCheckIncoming: 'Open “Incoming settings” and check the fields below. Correct any that differ and save.',
    aospCheckOutgoing: 'Open “Outgoing settings” and check the fields below. Correct any that differ and save.',
    aospTestSend: 'Write a new message to your own email address and send it.',
    aospTestCheck: 'Wait a minute, refresh the Inbox and check that the message you sent has arrived.',
  },
  screens: {
    tbEmail: { title: 'The screen for your email address', fields: { address: { label: 'Email address' } } },
    tbIncoming: {
      title: 'Incoming server settings',
      fields: { protocol: { label: 'Protocol', pop3: 'POP3' }, ...tbServer, auth: { label: 'Authentication', ...tbReceiveAuth } },
    },
    tbOutgoing: {
      title: 'Outgoing server settings',
      fields: { ...tbServer, auth: { label: 'Authentication', 'smtp-auth': 'Normal password', 'pop-before-smtp': 'None' } },
    },
    tbOptions: { title: 'The screen for the account name and your name', fields: { name: { label: 'Your name' } } },
    tbCheckIncoming: { title: 'Incoming server', fields: { ...tbServer, auth: { label: 'Authentication', ...tbReceiveAuth } } },
    gmailServers: {
      title: 'The screen for the server settings',
      groups: { incoming: 'Incoming mail server settings', outgoing: 'Outgoing mail server settings' },
      fields: {
        userName: { label: 'Box for the user name' },
        password: { label: 'Box for the password' },
        receiveHost: { label: 'Box for the incoming mail server name' },
        receivePort: { label: 'Box for the incoming mail server port' },
        receiveSecurity: { label: 'Choice of incoming connection security', 'ssl-tls': 'SSL/TLS', none: 'the choice without encryption' },
        sendHost: { label: 'Box for the outgoing mail server name' },
        sendPort: { label: 'Box for the outgoing mail server port' },
        sendSecurity: { label: 'Choice of outgoing connection security', 'ssl-tls': 'SSL/TLS', none: 'the choice without encryption' },
        sendUserName: { label: 'Box for the outgoing user name (if signing in is required)' },
      },
    },
    aospEmail: { title: 'Email account', fields: { address: { label: 'Email address' } } },
    aospType: { title: 'Account type', fields: { type: { label: 'What type of account is this?', pop3: 'Personal (POP3)' } } },
    aospIncoming,
    aospOutgoing,
    aospNames: { title: 'Your account is set up and email is on its way!', fields: { name: { label: 'Your name (displayed on outgoing messages)' } } },
  },
} satisfies Translation<typeof ja>;
