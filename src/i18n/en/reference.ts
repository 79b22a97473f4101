import type { Translation } from '../types';
import type ja from '../ja/reference';

export default {
  title: 'Mail server settings at a glance',
  intro:
    'These are the values for sending and receiving ASAHI Net mail in a mail app. Not sure which to use? Answer a few questions to get the settings for your situation.',
  startSetup: 'Answer a few questions to get your settings',
  account: {
    heading: 'Account',
    userName: 'User name (mail account)',
    userNameValue: 'Your ASAHI Net ID (for example {{example}})',
    userNameRule:
      'The user name is your ASAHI Net ID, not your email address, even when your address is on another domain. We recommend typing it in half-width lower-case characters, as in ASAHI Net’s examples.',
    password: 'Password',
    passwordValue: 'Your ASAHI Net ID’s password',
    passwordNote: 'ASAHI Net’s page has the note “すべて半角小文字で設定” (set in half-width lower case) beside the mail password.',
    copyExampleId: 'example ID',
  },
  receive: {
    heading: 'Incoming mail server (POP3)',
  },
  send: {
    heading: 'Outgoing mail server (SMTP)',
  },
  table: {
    host: 'Server name',
    port: 'Port',
    security: 'Connection security (encryption)',
    note: 'Notes',
    copyHost: '{{role}} server name {{host}}',
    copyPort: 'port {{port}} of {{host}}',
    roleReceive: 'incoming',
    roleSend: 'outgoing',
  },
  security: {
    'ssl-tls': 'SSL/TLS',
    none: 'None',
  },
  noteMark: 'Note {{n}}:',
  notes: {
    '1': 'Receives over an encrypted connection (POP over SSL/TLS). Recommended.',
    '2': 'Receives without encryption. APOP, which sends the password encrypted, is available.',
    '3': 'Sends over an encrypted connection (SMTP over SSL/TLS). Recommended.',
    '4': 'The submission port. No encryption. Works from networks that block port 25 (Outbound Port 25 Blocking).',
    '5': 'The classic sending port. No encryption. Cannot be used from an au Hikari line, and other networks may block it too.',
    '6': 'The outgoing server for subscribers to the “Omakase Virus Check” (おまかせウイルスチェック) option.',
  },
  starttls: {
    heading: 'STARTTLS and STLS are not supported',
    body:
      'Choose connection security “SSL/TLS” on ports {{sslPorts}}, and “None” on {{plainPorts}}. “STARTTLS” cannot connect. We recommend not choosing “Auto” either, since you cannot tell which one the app then uses.',
  },
  addresses: {
    heading: 'Email address',
    intro: 'In the email address field, type your own address. ASAHI Net addresses come in these kinds:',
    kind: 'Kind',
    example: 'Example',
    kinds: {
      'asahinet-mail': 'ASAHI Net Mail (ASAHIネットメール)',
      'my-email': 'MyMail address (マイメールアドレス)',
      'own-domain': 'Own-domain email address (独自ドメインメールアドレス)',
      'id-address': 'ID address (ID宛メールアドレス)',
    },
    atson: '“your ASAHI Net ID@atson.net” cannot be used as an email address.',
  },
  extended: {
    heading: 'The recommended combination',
    recommended: 'SMTP AUTH + POP over SSL/TLS + SMTP over SSL/TLS',
    recommendedBody: 'Use this combination whenever your mail app supports it: the connection between your mail app and ASAHI Net’s mail servers is encrypted, when you send and when you receive.',
    other: 'SMTP AUTH + APOP (or POP)',
    otherBody: 'An app without SSL/TLS receives with APOP (or plain POP) and sends with SMTP AUTH.',
    smtpAuth: 'Sending mail needs SMTP AUTH: your app signs in with the user name and password.',
    ownConnection:
      'According to ASAHI Net’s page, if you connect through ASAHI Net’s internet connection service, the older settings without the extended settings (SMTP AUTH and SSL/TLS) can still be used. But if your mail app supports the extended settings, ASAHI Net asks you to turn them on, for security among other reasons. We recommend them as well.',
    registration:
      'SMTP AUTH works only for an ASAHI Net ID whose Extended Service settings (拡張サービス利用設定) are registered. Check them before you set up your app.',
  },
  antivirus: {
    heading: 'If you use antivirus software',
    body:
      'If antivirus or firewall software checks outgoing mail, sending with SMTP AUTH may fail. If it does, turn off the software’s outgoing-mail checking as its manual describes.',
  },
} satisfies Translation<typeof ja>;
