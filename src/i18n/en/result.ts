import type { Translation } from '../types';
import type ja from '../ja/result';

export default {
  title: 'Your mail settings',
  intro: 'Set up {{app}} with these values.',
  introGeneric: 'Set up your mail app with these values.',
  appNames: {
    outlook: 'classic Outlook',
    'new-outlook': 'the new Outlook for Windows',
    thunderbird: 'Thunderbird',
    'apple-mail': 'Mail on your Mac',
    'ios-mail': 'Mail on your iPhone or iPad',
    android: 'your Android mail app',
    becky: 'Becky! Internet Mail',
  },
  code: 'Settings code: {{code}}',
  codeHint: 'If you contact support, tell them this settings code.',
  account: {
    heading: 'User name and password',
    userNameRule:
      'Your user name is your ASAHI Net ID, not your email address (even when your address is on another domain). We recommend typing it in half-width lower-case characters, as in ASAHI Net’s examples.',
    userNameValue: 'Your ASAHI Net ID (for example {{example}})',
    passwordValue: 'Your ASAHI Net ID’s password (the same for receiving and sending)',
    passwordNote: 'ASAHI Net’s page has the note “すべて半角小文字で設定” (set in half-width lower case) beside the mail password.',
  },
  summary: {
    heading: 'The essentials',
    ssl: '(port {{port}}, connection security: SSL/TLS)',
    none: '(port {{port}}, connection security: none)',
  },
  receive: { heading: 'Incoming mail server (POP3)' },
  send: { heading: 'Outgoing mail server (SMTP)' },
  copyWhat: {
    receiveHost: 'incoming server name',
    receivePort: 'incoming port',
    receiveSecurity: 'incoming connection security',
    receiveAuth: 'incoming authentication',
    sendHost: 'outgoing server name',
    sendPort: 'outgoing port',
    sendSecurity: 'outgoing connection security',
    sendAuth: 'outgoing authentication',
    userName: 'user name',
    emailAddress: 'email address',
  },
  actions: {
    copyAllWhat: 'all settings',
  },
  sheet: {
    heading: 'ASAHI Net mail settings (settings code: {{code}})',
    receiveLine: '[Incoming mail server] {{label}}: {{value}}',
    sendLine: '[Outgoing mail server] {{label}}: {{value}}',
    userName: 'User name',
    password: 'Password',
    emailAddress: 'Email address',
    emailAddressValue: 'Your email address',
  },
} satisfies Translation<typeof ja>;
