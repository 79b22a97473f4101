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
  /** The English the same apps show; the sources are beside each set in ../ja/result.ts. */
  labels: {
    generic: {
      receiveHost: 'Server name',
      sendHost: 'Server name',
      port: 'Port',
      userName: 'User name',
      receiveSecurity: { label: 'Connection security (encryption)', 'ssl-tls': 'SSL/TLS', none: 'None' },
      sendSecurity: { label: 'Connection security (encryption)', 'ssl-tls': 'SSL/TLS', none: 'None' },
      receiveAuth: { label: 'Authentication', 'normal-password': 'Normal password', apop: 'APOP (encrypted password)' },
      sendAuth: {
        label: 'Outgoing authentication (SMTP AUTH)',
        'smtp-auth': 'On (same user name and password as incoming)',
        'pop-before-smtp': 'Off (POP before SMTP)',
      },
      tip: 'For connection security, do not choose “STARTTLS”. We recommend not choosing “Auto” either, since you cannot tell which one the app then uses.',
    },
    /**
     * mozilla/releases-comm-central mail/locales/en-US/messenger/accountcreation/accountSetup.ftl
     * @00e3320bc7397b8305842dc541d1ceb864300e0b (the Account Hub of 141 and later writes
     * “Configure Manually”, accountHub.ftl). Checked 2026-12-01.
     */
    thunderbird: {
      receiveHost: 'Hostname',
      sendHost: 'Hostname',
      port: 'Port',
      userName: 'Username',
      receiveSecurity: { label: 'Connection security', 'ssl-tls': 'SSL/TLS', none: 'None' },
      sendSecurity: { label: 'Connection security', 'ssl-tls': 'SSL/TLS', none: 'None' },
      receiveAuth: { label: 'Authentication method', 'normal-password': 'Normal password', apop: 'Encrypted password' },
      sendAuth: { label: 'Authentication method', 'smtp-auth': 'Normal password', 'pop-before-smtp': 'No authentication' },
      tip: 'Do not keep the settings Thunderbird finds by itself: choose “Configure manually” (“Configure Manually” in newer versions) and enter these values. Thunderbird’s list of providers has no settings for ASAHI Net, so it guesses them; if its guess for connection security is “STARTTLS”, it cannot connect.',
    },
    /**
     * Classic Outlook's "Internet E-mail Settings" dialog. Microsoft's pages could not be read
     * from here; the quoted labels agree with secondary sources (setup guides quoting the
     * dialog). The server, user-name and SPA field names describe the field.
     */
    outlook: {
      // Described as the guide's steps and drawings describe them (apps.outlook.screens.legacyAccount).
      receiveHost: 'Box for the incoming mail server’s name',
      sendHost: 'Box for the outgoing mail server’s name',
      port: 'Box for the port number',
      userName: 'Box for the user name',
      receiveSecurity: {
        label: '“This server requires an encrypted connection (SSL/TLS)”',
        'ssl-tls': 'On (ticked)',
        none: 'Off (unticked)',
      },
      sendSecurity: { label: '“Use the following type of encrypted connection”', 'ssl-tls': 'SSL/TLS (“SSL” in older versions)', none: 'None' },
      receiveAuth: {
        label: 'Checkbox for Secure Password Authentication (SPA)',
        'normal-password': 'Off (unticked)',
        apop: 'Off (unticked)',
      },
      sendAuth: {
        label: '“My outgoing server (SMTP) requires authentication”',
        'smtp-auth': 'On (with “Use same settings as my incoming mail server”)',
        'pop-before-smtp': 'Off (unticked)',
      },
      tip: 'These are the field names of the classic settings dialog (“More Settings”, then the “Outgoing Server” and “Advanced” tabs). The newer Microsoft 365 account screens have no “Advanced” tab: there you choose the encryption for incoming and outgoing mail separately (SSL/TLS or none). On either screen, do not choose “Auto” or “STARTTLS”.',
    },
    /**
     * Mail on the Mac and on iPhone/iPad, in Apple's words as recorded in
     * src/walkthrough/apple-strings.ts (typed again: this text is on every page, the module is
     * not; apple-strings.test.ts holds each label to it; docs/apps.md §4, §5).
     */
    'apple-mail': {
      receiveHost: 'Host Name',
      sendHost: 'Host Name',
      port: 'Port',
      userName: 'Username',
      receiveSecurity: { label: '“Use TLS/SSL”', 'ssl-tls': 'On', none: 'Off' },
      sendSecurity: { label: '“Use TLS/SSL”', 'ssl-tls': 'On', none: 'Off' },
      receiveAuth: { label: 'Authentication', 'normal-password': 'Password', apop: 'Authenticated POP (APOP)' },
      sendAuth: { label: 'Authentication', 'smtp-auth': 'Password', 'pop-before-smtp': 'None' },
      tip: 'In the account’s “Server Settings”, untick “Automatically manage connection settings” to set the port and “Use TLS/SSL”.',
    },
    'ios-mail': {
      receiveHost: 'Host Name',
      sendHost: 'Host Name',
      port: 'Server Port',
      userName: 'User Name',
      receiveSecurity: { label: '“Use SSL”', 'ssl-tls': 'On', none: 'Off' },
      sendSecurity: { label: '“Use SSL”', 'ssl-tls': 'On', none: 'Off' },
      receiveAuth: { label: 'Authentication', 'normal-password': 'Password', apop: 'Authenticated POP (APOP)' },
      sendAuth: { label: 'Authentication', 'smtp-auth': 'Password', 'pop-before-smtp': 'No authentication' },
      tip: 'When you add the account, choose “Other”, then “Add Mail Account”, then POP. The outgoing port and “Use SSL” are on the account’s screen under “Outgoing Mail Server”, then SMTP, then “Primary Server”. Under “Outgoing Mail Server”, “User Name” and “Password” are shown as optional, but sending needs SMTP AUTH: type the same ones as for incoming mail.',
    },
    /** LineageOS/android_packages_apps_Email res/values/strings.xml @f67ba43a (as the app shows them, in capitals). */
    android: {
      receiveHost: 'SERVER',
      sendHost: 'SMTP SERVER',
      port: 'PORT',
      userName: 'USERNAME',
      receiveSecurity: { label: 'SECURITY TYPE', 'ssl-tls': 'SSL/TLS', none: 'None' },
      sendSecurity: { label: 'SECURITY TYPE', 'ssl-tls': 'SSL/TLS', none: 'None' },
      receiveAuth: { label: 'Incoming authentication (if your app offers a choice)', 'normal-password': 'Normal password', apop: 'APOP' },
      sendAuth: { label: '“Require signin”', 'smtp-auth': 'On', 'pop-before-smtp': 'Off' },
      tip: 'Choose the account type “Personal (POP3)”. For the security type, do not choose “STARTTLS”. These are the field names of Android’s own Email app; other apps may word them differently. If you use the Gmail app: Google announced in 2025 that, from January 2026, Gmail would no longer support checking mail from other accounts by POP (Gmail Help, “Learn about upcoming changes to Gmailify & POP in Gmail”). According to press reports, the Gmail app adds other providers’ accounts by IMAP. If it cannot add your ASAHI Net account, we recommend Thunderbird for Android, which adds POP3 accounts.',
    },
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
