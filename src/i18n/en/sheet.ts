import type { Translation } from '../types';
import type ja from '../ja/sheet';

export default {
  identity: {
    heading: 'Show the settings with your ASAHI Net ID and address (optional)',
    intro:
      'Type your ASAHI Net ID and email address to add them to the settings and steps on this page (and, on the result page, to “Copy all settings” and the files you download). You can set up your app without them.',
    privacy:
      'What you type is used only on this page. It is not sent or saved anywhere, and it is gone when you close the page.',
    noPassword:
      'This page never asks for your password. Type your password only into your mail app, when the app asks for it.',
    clear: 'Clear the ASAHI Net ID and email address you typed',
    id: {
      label: 'ASAHI Net ID',
      hint: 'For example {{example}}. Your ASAHI Net ID, not your email address, in half-width lower-case characters.',
      changes: {
        'full-width': 'Full-width characters were changed to half-width.',
        hyphen: 'Characters that look like a hyphen were changed to a half-width hyphen (-).',
        'upper-case': 'Capital letters were changed to lower case.',
        spaces: 'Spaces were removed.',
      },
      issues: {
        'looks-like-address':
          'This is an email address. The user name is your ASAHI Net ID, not your email address. Check your ASAHI Net ID and type it here.',
        'looks-like-address-suggestion':
          'This is an email address. The user name is your ASAHI Net ID, not your email address. Is your ASAHI Net ID “{{suggestion}}”?',
        useSuggestion: 'Use “{{suggestion}}” as your ASAHI Net ID',
        'invalid-characters':
          'This contains characters an ASAHI Net ID cannot have. An ASAHI Net ID is made of half-width lower-case letters, digits and hyphens (-).',
      },
    },
    address: {
      label: 'Email address',
      hint: 'For example {{example}}',
      changes: {
        'full-width': 'Full-width characters were changed to half-width.',
        hyphen: 'Characters that look like a hyphen were changed to a half-width hyphen (-).',
        'upper-case': 'Capital letters after the “@” (the domain) were changed to lower case.',
        spaces: 'Spaces were removed.',
      },
      errors: {
        atson:
          '“your ASAHI Net ID@atson.net” cannot be used as an email address. Type the address you use, such as an ASAHI Net Mail (ASAHIネットメール) address or a MyMail address (マイメールアドレス).',
        'not-an-address':
          'This is not an email address. Type the whole address, with the parts before and after the “@”, like {{example}}.',
      },
      kind: 'Kind of address: {{kind}}',
      userNameReminder: 'Whatever the kind of address, the user name is your ASAHI Net ID.',
      kinds: {
        'asahinet-mail': 'ASAHI Net Mail (ASAHIネットメール)',
        'my-email': 'MyMail address (マイメールアドレス)',
        'own-domain': 'Own-domain email address (独自ドメインメールアドレス)',
        'id-address': 'ID address (ID宛メールアドレス)',
      },
    },
  },
  print: {
    button: 'Print these settings',
    heading: 'ASAHI Net mail settings sheet',
    printedOn: 'Printed on: {{date}}',
    pageUrl: 'Address of this page: {{url}}',
    code: 'Settings code: {{code}}',
    notEntered: '(write it here)',
    password: 'Do not write your password on this sheet.',
  },
  notices: {
    'registration-not-registered': {
      title: 'First, register your Extended Service settings (拡張サービス利用設定)',
      body: 'SMTP AUTH, which sending mail needs, works only for an ASAHI Net ID whose Extended Service settings (拡張サービス利用設定) are registered. Until they are, you cannot send mail with these settings.',
    },
    'registration-unsure': {
      title: 'Before you start, check whether your Extended Service settings (拡張サービス利用設定) are registered',
      body: 'SMTP AUTH works only for an ASAHI Net ID whose Extended Service settings are registered, so these settings cannot send mail until they are.',
    },
    'antivirus-checks-outgoing': {
      title: 'If sending fails, turn off outgoing-mail checking in your antivirus software',
      body: 'When outgoing-mail checking is on, sending with SMTP AUTH may fail. If it does, turn it off as the software’s manual describes. ASAHI Net’s page gives these examples: in Virus Buster 2003, disable the virus scan; in Norton Internet Security 2003, disable email protection and keep Auto-Protect enabled.',
    },
    'antivirus-unsure': {
      title: 'If sending fails, check your antivirus software',
      body: 'When antivirus or firewall software checks outgoing mail, sending with SMTP AUTH may fail. If it does, turn that checking off as the software’s manual describes.',
    },
    'new-outlook': {
      title: 'The new Outlook may pass your mail through Microsoft’s cloud',
      body: 'Microsoft’s help says that when an account from another provider is synced to the Microsoft Cloud, a copy of your email is kept in sync between your email provider and Microsoft’s data centres. According to press and blog reports, the new Outlook does not connect to ASAHI Net’s servers itself: Microsoft’s servers receive and send your mail for it, so Microsoft also holds your ASAHI Net ID and password. Microsoft has not said which of these settings the new Outlook supports, so we recommend classic Outlook, Thunderbird or another mail app.',
    },
    'ssl-unsure': {
      title: 'If your app has no SSL/TLS setting',
      body: 'These are the secure SSL/TLS settings. If your mail app has no SSL/TLS option and cannot connect, use the unencrypted settings under “Other settings that work” below.',
    },
    'plain-password': {
      title: 'Your password is sent unencrypted when you receive mail',
      body: 'These settings use neither SSL/TLS nor APOP, so your password is sent unencrypted when you receive mail. We recommend switching to a mail app that supports the combination ASAHI Net recommends: SMTP AUTH, POP over SSL/TLS and SMTP over SSL/TLS.',
    },
    'apop-unsure': {
      title: 'If you can choose APOP, it is safer',
      body: 'If your app offers APOP as the incoming authentication, choose it: your password is then sent encrypted. Some apps call it “Encrypted password” or similar.',
    },
    'virus-check-unsure': {
      title: 'Omakase Virus Check subscribers use another outgoing server',
      body: 'The settings below are for customers who do not subscribe. If you subscribe, use {{host}} as the outgoing server.',
    },
    'pop-before-smtp': {
      title: 'This mail app may not be able to send',
      body: 'ASAHI Net asks you to use SMTP AUTH when you send mail. A mail app without SMTP AUTH sends with “POP before SMTP”: receive your mail first, then send. According to ASAHI Net’s POP before SMTP page, you can send for {{minutes}} minutes after receiving.',
      servers:
        'The same page says that ASAHI Net’s POP before SMTP servers do not support SSL/TLS, so you receive mail without encryption too. It also says that POP before SMTP needs changes to your mail app’s mail server settings, and gives the details. The outgoing server and port below are ASAHI Net’s standard ones.',
      switch: 'Even so, sending may fail, so we recommend switching to a mail app that supports SMTP AUTH.',
      link: 'ASAHI Net’s POP before SMTP page (in English)',
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
    ssl: 'Your mail app supports SSL/TLS, so these are the settings ASAHI Net recommends: SMTP AUTH + POP over SSL/TLS + SMTP over SSL/TLS. They encrypt the connection between your mail app and ASAHI Net’s mail servers, both when you send and when you receive.',
    sslAssumed: 'We do not know for certain whether your app supports SSL/TLS, so these are the secure settings ASAHI Net recommends: SMTP AUTH + POP over SSL/TLS + SMTP over SSL/TLS.',
    apop: 'Your mail app does not support SSL/TLS, so it receives with APOP, which encrypts the password, and sends with SMTP AUTH.',
    plain: 'Your mail app does not support SSL/TLS, so it receives without encryption and sends with SMTP AUTH.',
    port587: 'The outgoing port {{port}} (the submission port) works even from networks that block sending on port 25.',
    virusCheck: 'You subscribe to Omakase Virus Check, so your outgoing server is {{host}}.',
    popBeforeSmtpApop:
      'Your mail app does not support SMTP AUTH, so it sends with “POP before SMTP”. ASAHI Net’s POP before SMTP servers do not support SSL/TLS, so it receives on port {{receivePort}} without encryption, with APOP, which encrypts the password.',
    popBeforeSmtpPlain:
      'Your mail app does not support SMTP AUTH, so it sends with “POP before SMTP”. ASAHI Net’s POP before SMTP servers do not support SSL/TLS, so it receives on port {{receivePort}} without encryption.',
  },
  alternatives: {
    heading: 'Other settings that work',
    intro: 'If the recommended settings do not work for you, these work too.',
    reasons: {
      unencrypted: 'The connection is not encrypted, so this is less safe than the recommended settings. Use it only if your app does not support SSL/TLS.',
      'plain-password': 'Your password itself is then sent unencrypted. Use this only if receiving with APOP fails.',
      'ssl-only-host': 'An outgoing server for SSL/TLS only. The connection is encrypted, as in the recommended settings.',
      'port-25': 'The classic sending port. The connection is not encrypted. It cannot be used from an au Hikari line, and other networks may block it.',
      'no-virus-check': 'The standard outgoing server. For Omakase Virus Check (おまかせウイルスチェック) subscribers, ASAHI Net’s page gives the outgoing server in the recommended settings instead.',
    },
  },
  /** The English the same apps show; the sources are beside each set in ../ja/sheet.ts. */
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
} satisfies Translation<typeof ja>;
