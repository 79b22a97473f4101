/**
 * Thunderbird's walkthrough in English. Labels verbatim from mozilla/releases-comm-central
 * mail/locales/en-US/… @cf9726f56328e24a2cd2d24eaf01563c676a28e6 (Account Hub, Account
 * Settings) and @486458a4e4bf57be3faf9dc84fb8ff2599384694 (the Account Setup tab), checked
 * 2026-12-01 (docs/apps.md §1); the ≡ button and the toolbar's place are described.
 */
import type { Translation } from '../../types';
import type ja from '../../ja/apps/thunderbird';

const security = { 'ssl-tls': 'SSL/TLS', none: 'None' };

export default {
  variants: {
    release: 'Thunderbird 141 and later',
    esr: 'Thunderbird 140 ESR and 128 ESR',
  },
  variantHints: {
    release: 'The monthly release. Accounts are added on the “Add your email address” screen.',
    esr: 'The extended support release. The first account is added in the “Account Setup” tab. If adding a second account in 140 ESR opens the “Add your email address” screen instead, follow the steps for Thunderbird 141 and later.',
  },
  steps: {
    hubOpen: 'Open Thunderbird and, from the ≡ button at the top right, choose “Add Account”, then “Email”. Or, from the menu bar, choose File, then New, then “Email Account…”.',
    hubEmail: 'On the “Add your email address” screen, enter the following and click “Continue”.',
    hubManual:
      'Thunderbird looks for the settings by trying common server names. It has no entry for ASAHI Net, so what it finds is a guess. Do not use it: click “Edit configuration” (or “Configure Manually”, if that button is shown; it leads to the same screen).',
    hubIncoming: 'On the “Incoming server settings” screen, set the following and click “Continue”. If “Username” holds your email address, replace it with your ASAHI Net ID.',
    hubOutgoing: 'On the “Outgoing server settings” screen, set the following and click “Continue”.',
    hubInsecure: 'Because you chose a setting without encryption, Thunderbird shows “Warning: Insecure mail server detected.” Read it, and go on only if you want to keep this setting.',
    hubPassword: 'On the next screen, enter your ASAHI Net ID’s password and click “Continue”.',
    hubDone: 'When “Email account connected successfully” appears, click “Finish”.',
    setupOpen: 'Open Thunderbird. If it has no account yet, the “Account Setup” tab opens. If it does not, choose File, then New, then “Email Account…” from the menu bar.',
    setupTab: 'In “Set Up Your Existing Email Address”, enter the following and click “Configure manually”, not “Continue”.',
    setupManual:
      'In “Manual configuration”, set “Incoming server” and “Outgoing server” as follows and click “Done”. If Thunderbird has already filled in values it guessed, replace all of them.',
    setupInsecure: 'Because you chose a setting without encryption, Thunderbird shows “Warning!”. Read it, and only if you want to keep this setting, tick “I understand the risks” and click “Confirm”.',
    setupDone: 'When Thunderbird says the account has been created, close that screen and go back to your Inbox.',
    checkOpen: 'Open “Account Settings” from Thunderbird’s menu.',
    checkServer: 'In the list on the left, choose “Server Settings” under your ASAHI Net account. Check the fields below and correct any that differ.',
    checkOutgoingRelease:
      'Choose “Outgoing Server” at the bottom of the list on the left. Select ASAHI Net’s outgoing server in the list, click “Edit…” and check the fields below. Correct any that differ and click “OK”.',
    checkOutgoingEsr:
      'Choose “Outgoing Server (SMTP)” at the bottom of the list on the left. Select ASAHI Net’s outgoing server in the list, click “Edit…” and check the fields below. Correct any that differ and click “OK”.',
    testWrite: 'Click “Write” in the toolbar and enter your own email address as the recipient. Any subject and text will do.',
    testSend: 'Click “Send”. If Thunderbird asks for a password, enter your ASAHI Net ID’s password.',
    testGet: 'Wait a minute, click “Get Messages” and check that the message you sent has arrived.',
  },
  screens: {
    hubEmail: { title: 'Add your email address', fields: { name: { label: 'Full name' }, address: { label: 'Email address' } } },
    hubIncoming: {
      title: 'Incoming server settings',
      fields: {
        protocol: { label: 'Protocol', pop3: 'POP3' },
        host: { label: 'Hostname' },
        port: { label: 'Port' },
        security: { label: 'Connection security', ...security },
        auth: { label: 'Authentication method', 'normal-password': 'Normal password', apop: 'Encrypted password' },
        userName: { label: 'Username' },
      },
    },
    hubOutgoing: {
      title: 'Outgoing server settings',
      fields: {
        host: { label: 'Hostname' },
        port: { label: 'Port' },
        security: { label: 'Connection security', ...security },
        auth: { label: 'Authentication method', 'smtp-auth': 'Normal password', 'pop-before-smtp': 'No Authentication' },
        userName: { label: 'Username' },
      },
    },
    hubPassword: {
      title: 'Enter your email account password',
      fields: { password: { label: 'Password' }, remember: { label: 'Remember password' } },
    },
    setupTab: {
      title: 'Set Up Your Existing Email Address',
      fields: {
        name: { label: 'Your full name' },
        address: { label: 'Email address' },
        password: { label: 'Password' },
        remember: { label: 'Remember password' },
      },
    },
    setupManual: {
      title: 'Manual configuration',
      groups: { incoming: 'Incoming server', outgoing: 'Outgoing server' },
      fields: {
        protocol: { label: 'Protocol:', pop3: 'POP3' },
        receiveHost: { label: 'Hostname:' },
        receivePort: { label: 'Port:' },
        receiveSecurity: { label: 'Connection security:', ...security },
        receiveAuth: { label: 'Authentication method:', 'normal-password': 'Normal password', apop: 'Encrypted password' },
        receiveUserName: { label: 'Username:' },
        sendHost: { label: 'Hostname:' },
        sendPort: { label: 'Port:' },
        sendSecurity: { label: 'Connection security:', ...security },
        sendAuth: { label: 'Authentication method:', 'smtp-auth': 'Normal password', 'pop-before-smtp': 'No authentication' },
        sendUserName: { label: 'Username:' },
      },
    },
    serverSettings: {
      title: 'Server Settings',
      fields: {
        host: { label: 'Server Name:' },
        port: { label: 'Port:' },
        userName: { label: 'User Name:' },
        security: { label: 'Connection security:', ...security },
        auth: { label: 'Authentication method:', 'normal-password': 'Normal password', apop: 'Encrypted password' },
        authUnencrypted: { label: 'Authentication method:', 'normal-password': 'Password, transmitted insecurely', apop: 'Encrypted password' },
      },
    },
    smtpServer: {
      title: 'SMTP Server',
      fields: {
        host: { label: 'Server Name:' },
        port: { label: 'Port:' },
        security: { label: 'Connection security:', ...security },
        auth: { label: 'Authentication method:', 'smtp-auth': 'Normal password', 'pop-before-smtp': 'No authentication' },
        authUnencrypted: { label: 'Authentication method:', 'smtp-auth': 'Password, transmitted insecurely', 'pop-before-smtp': 'No authentication' },
        userName: { label: 'User Name:' },
      },
    },
  },
} satisfies Translation<typeof ja>;
