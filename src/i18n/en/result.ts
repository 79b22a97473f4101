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
      'Your user name is your ASAHI Net ID, not your e-mail address (even when your address is on another domain). Type it in half-width lower-case characters.',
    userNameValue: 'Your ASAHI Net ID (for example {{example}})',
    passwordValue: 'The password of your ASAHI Net ID (the same for receiving and sending)',
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
    emailAddress: 'e-mail address',
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
      tip: 'For connection security, do not choose “STARTTLS” or “Auto”.',
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
      tip: 'Do not keep the settings Thunderbird finds by itself: choose “Configure manually” (“Configure Manually” in newer versions) and enter these values. Thunderbird has no settings on file for ASAHI Net, so it guesses them; if its guess for connection security is “STARTTLS”, it cannot connect.',
    },
    /**
     * Classic Outlook's "Internet E-mail Settings" dialog. Microsoft's pages could not be read
     * from here; the quoted labels agree with secondary sources (setup guides quoting the
     * dialog). The server, user-name and SPA field names describe the field.
     */
    outlook: {
      receiveHost: 'Server name',
      sendHost: 'Server name',
      port: 'Port',
      userName: 'User name',
      receiveSecurity: {
        label: '“This server requires an encrypted connection (SSL/TLS)”',
        'ssl-tls': 'On (ticked)',
        none: 'Off (unticked)',
      },
      sendSecurity: { label: '“Use the following type of encrypted connection”', 'ssl-tls': 'SSL/TLS (“SSL” in older versions)', none: 'None' },
      receiveAuth: {
        label: 'The Secure Password Authentication (SPA) tick box',
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
    'apple-mail': {
      receiveHost: 'Host Name',
      sendHost: 'Host Name',
      port: 'Port',
      userName: 'User Name',
      receiveSecurity: { label: '“Use TLS/SSL”', 'ssl-tls': 'On', none: 'Off' },
      sendSecurity: { label: '“Use TLS/SSL”', 'ssl-tls': 'On', none: 'Off' },
      receiveAuth: { label: 'Authentication', 'normal-password': 'Password', apop: 'APOP' },
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
      receiveAuth: { label: 'Authentication', 'normal-password': 'Password', apop: 'APOP' },
      sendAuth: { label: 'Authentication', 'smtp-auth': 'Password', 'pop-before-smtp': 'None' },
      tip: 'When you add the account, choose “Other”, then “Add Mail Account”, then “POP”. The outgoing port and “Use SSL” are on the account’s screen under “Outgoing Mail Server”, then “SMTP”, then “Primary Server”. The outgoing user name and password are shown as fields you may leave empty, but sending needs SMTP AUTH: type the same user name and password as for incoming mail.',
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
      tip: 'Choose the account type “Personal (POP3)”. For the security type, do not choose “STARTTLS”. These are the field names of Android’s own Email app; other apps, such as the Gmail app, may word them differently.',
    },
  },
  notices: {
    'registration-not-registered': {
      title: 'First, register your Extended Service settings (拡張サービス利用設定)',
      body: 'SMTP AUTH, which sending mail needs, works only for an ASAHI Net ID whose Extended Service settings (拡張サービス利用設定) are registered. Until they are, you cannot send mail with these settings.',
    },
    'registration-unsure': {
      title: 'Before you start, check whether your Extended Service settings (拡張サービス利用設定) are registered',
      body: 'An ASAHI Net ID without them cannot use SMTP AUTH, so it cannot send mail.',
    },
    'antivirus-checks-outgoing': {
      title: 'Turn off outgoing-mail checking in your antivirus software',
      body: 'When outgoing-mail checking is on, sending with SMTP AUTH may fail. Turn it off as the software’s manual describes. ASAHI Net’s page gives these examples: in Virus Buster 2003, disable the virus scan; in Norton Internet Security 2003, disable email protection and keep Auto-Protect enabled.',
    },
    'antivirus-unsure': {
      title: 'If sending fails, check your antivirus software',
      body: 'When antivirus or firewall software checks outgoing mail, sending with SMTP AUTH may fail. If it does, turn that checking off as the software’s manual describes.',
    },
    'new-outlook': {
      title: 'The new Outlook fetches your mail through Microsoft’s servers',
      body: 'When you add a POP account to the new Outlook for Windows, Microsoft’s cloud connects to ASAHI Net’s servers for you, so Microsoft holds your ASAHI Net ID and password. Which settings it supports is not confirmed either, so we recommend classic Outlook, Thunderbird or another mail app.',
    },
    'ssl-unsure': {
      title: 'If your app has no SSL/TLS setting',
      body: 'These are the secure SSL/TLS settings. If your mail app has no SSL/TLS option and cannot connect, use the unencrypted settings under “Other settings that work” below.',
    },
    'plain-password': {
      title: 'Your password is sent unencrypted when you receive mail',
      body: 'This mail app supports neither SSL/TLS nor APOP, so the password is sent unencrypted. We recommend switching to a mail app that supports SSL/TLS.',
    },
    'apop-unsure': {
      title: 'If you can choose APOP, it is safer',
      body: 'If your app offers APOP as the incoming authentication, choose it: your password is then sent encrypted. Some apps call it “Encrypted password” or similar.',
    },
    'virus-check-unsure': {
      title: 'Omakase Virus Check subscribers use another outgoing server',
      body: 'The settings below are for customers without the option. If you subscribe, use {{host}} as the outgoing server.',
    },
    'pop-before-smtp': {
      title: 'This mail app may not be able to send',
      body: 'Sending ASAHI Net mail needs SMTP AUTH. As a last resort for an app without it, here is “POP before SMTP”: after you receive mail, you can send for 10 minutes. POP before SMTP cannot use SSL/TLS. Even this may fail, so we recommend switching to a mail app that supports SMTP AUTH.',
      source: 'Sources: asahi-net.jp/support/account/auth_info, asahi-net.jp/en/support/guide/0598.html',
    },
    'smtp-auth-unsure': {
      title: 'Turn on authentication (SMTP AUTH) for the outgoing server',
      body: 'Sending ASAHI Net mail needs SMTP AUTH. In the outgoing server settings, turn authentication on and use the same user name and password as for incoming mail.',
    },
    'au-hikari-port-25': {
      title: 'Port 25 cannot be used from an au Hikari line',
      body: 'For sending, use port {{port}}, as in the settings below.',
    },
    op25b: {
      title: 'Use the port in the settings below, not port 25',
      body: 'Networks other than ASAHI Net’s (other providers, mobile data, public Wi-Fi) may block sending on port 25 (Outbound Port 25 Blocking). The settings below do not use port 25, so that block does not affect them. Some networks, though, restrict the use of mail servers altogether, and then sending may not work.',
    },
  },
  why: {
    heading: 'Why these settings',
    ssl: 'Your mail app supports SSL/TLS, so we recommend “SMTP AUTH + POP over SSL/TLS + SMTP over SSL/TLS”, which encrypts all the data you send and receive. It is the combination ASAHI Net recommends.',
    sslAssumed: 'You are not sure your app supports SSL/TLS, so these are the secure settings ASAHI Net recommends: SMTP AUTH + POP over SSL/TLS + SMTP over SSL/TLS.',
    apop: 'Your mail app does not support SSL/TLS, so it receives with APOP, which encrypts the password, and sends with SMTP AUTH.',
    plain: 'Your mail app supports neither SSL/TLS nor APOP, so it receives without encryption and sends with SMTP AUTH.',
    port587: 'The outgoing port {{port}} (the submission port) works even from networks that block sending on port 25.',
    virusCheck: 'You subscribe to Omakase Virus Check, so your outgoing server is {{host}}.',
    popBeforeSmtp: 'Your app does not support SMTP AUTH, so it sends with POP before SMTP.',
  },
  alternatives: {
    heading: 'Other settings that work',
    intro: 'If the recommended settings do not work for you, these work too.',
    reasons: {
      unencrypted: 'The connection is not encrypted, so this is less safe than the recommended settings. Use it only if your app does not support SSL/TLS.',
      'plain-password': 'Your password itself is then sent unencrypted. Use this only if receiving with APOP fails.',
      'ssl-only-host': 'An outgoing server for SSL/TLS only. The connection is encrypted, as in the recommended settings.',
      'port-25': 'The classic sending port. The connection is not encrypted. It cannot be used from an au Hikari line, and other networks may block it.',
      'no-virus-check': 'The standard outgoing server. ASAHI Net’s page names the server in the recommended settings as the one for Omakase Virus Check (おまかせウイルスチェック) subscribers.',
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
    emailAddress: 'E-mail address',
    emailAddressValue: 'Your e-mail address',
  },
} satisfies Translation<typeof ja>;
