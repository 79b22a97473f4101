/**
 * Mail on the Mac in English. checked 2026-12-01, docs/apps.md §4. Quoted: "Mail" (menu),
 * "Preferences", "Accounts", "Server Settings", "Automatically manage connection settings",
 * "Password", "None" (support.apple.com/en-afri/HT204208); "Username", "Host Name", "Save"
 * (Mail User Guide cpmlprefacctadv/15.0/mac/12.0; Mail 15, macOS 12); "Port", "Authentication"
 * (support.apple.com/en-us/HT201525); "Use TLS/SSL" (two independent hosting guides agree,
 * hosting.xyz and myliquidhome.tech: secondary); "Settings" for macOS 13 and later, "Add Account",
 * "Other Mail Account", "Sign In" (secondary guides and an Apple Community answer agree).
 * The add-account sheets' fields are described.
 */
import type { Translation } from '../../types';
import type ja from '../../ja/apps/apple-mail';

const auth = { 'normal-password': 'Password', apop: 'APOP (may not be listed)' };
const sendAuth = { 'smtp-auth': 'Password', 'pop-before-smtp': 'None' };

export default {
  variants: {
    'macos-13': 'macOS 13 Ventura and later',
    'macos-12': 'macOS 12 Monterey and earlier (from 10.12 Sierra)',
  },
  variantHints: {
    'macos-13': 'Choose this if the Mail menu in the menu bar has "Settings".',
    'macos-12': 'Choose this if the Mail menu in the menu bar has "Preferences".',
  },
  steps: {
    addOpen:
      'Open Mail and choose "Add Account" from the "Mail" menu in the menu bar. In the list of mail services, choose "Other Mail Account" at the bottom and continue.',
    addAccount: 'In the screen that asks for your name, email address and password, enter the following and click "Sign In".',
    addServers:
      'If Mail cannot find the settings itself, it shows a screen for the mail server details. Enter the following and click "Sign In" again. Enter your ASAHI Net ID as the user name, not your email address. This screen has no boxes for ports or encryption: you set those after the account has been added. The fields may differ between versions of macOS.',
    addCreated: 'If a screen asks which apps to use with the account, check that Mail is selected and click the button to finish.',
    addSettings13: 'Next, set the ports and encryption. Choose "Settings" from the "Mail" menu in the menu bar and click "Accounts". Select the account you added in the list on the left and click "Server Settings".',
    addSettings12: 'Next, set the ports and encryption. Choose "Preferences" from the "Mail" menu in the menu bar and click "Accounts". Select the account you added in the list on the left and click "Server Settings".',
    addServerSettings:
      'Untick "Automatically manage connection settings" for the incoming and for the outgoing server: the port, TLS/SSL and authentication fields appear. Set them as follows. If you do not see the checkboxes, Apple says that the connection settings for that email provider are always managed automatically.',
    apopMissing:
      'Apple lists the authentication methods Mail tries as Password, MD5, NTLM, Kerberos and None; APOP is not among them. If the authentication menu has no APOP, we recommend switching to the settings that encrypt the connection (SSL/TLS).',
    addSave: 'Click "Save". Mail checks that it can connect to the mail servers before it saves the settings.',
    checkSettings13: 'Choose "Settings" from the "Mail" menu in the menu bar and click "Accounts". Select your ASAHI Net account in the list on the left and click "Server Settings".',
    checkSettings12: 'Choose "Preferences" from the "Mail" menu in the menu bar and click "Accounts". Select your ASAHI Net account in the list on the left and click "Server Settings".',
    checkServerSettings:
      'If "Automatically manage connection settings" is ticked for the incoming or the outgoing server, untick it, then check the fields below, including the ones that appear. Correct any that differ.',
    checkApopMissing:
      'If the incoming authentication menu has no APOP, Mail may not support it, as Apple\'s list suggests. In that case we recommend switching to the settings that encrypt the connection (SSL/TLS).',
    checkSave: 'If you changed anything, click "Save".',
    testWrite: 'Click the toolbar button for a new message and enter your own email address as the recipient. Any subject and text will do.',
    testSend: 'Click the send button. If Mail asks for a password, enter the password of your ASAHI Net ID.',
    testGet: 'Wait a minute, click the toolbar button that gets new mail, and check that the message you sent has arrived.',
  },
  screens: {
    accountSheet: {
      title: 'Adding an account (name and email address)',
      fields: { name: { label: 'Name box' }, address: { label: 'Email address box' }, password: { label: 'Password box' } },
    },
    serverSheet: {
      title: 'Adding an account (mail server details)',
      fields: {
        address: { label: 'Email address box' },
        userName: { label: 'User name box' },
        password: { label: 'Password box' },
        accountType: { label: 'Account type menu', pop: 'POP' },
        receiveHost: { label: 'Incoming mail server box' },
        sendHost: { label: 'Outgoing mail server box' },
      },
    },
    serverSettings: {
      title: 'Server Settings',
      groups: { incoming: 'Incoming mail server', outgoing: 'Outgoing mail server' },
      fields: {
        receiveUserName: { label: 'Username' },
        receivePassword: { label: 'Password' },
        receiveHost: { label: 'Host Name' },
        receiveManage: { label: 'Automatically manage connection settings' },
        receivePort: { label: 'Port' },
        receiveTls: { label: 'Use TLS/SSL' },
        receiveAuth: { label: 'Authentication', ...auth },
        sendUserName: { label: 'Username' },
        sendPassword: { label: 'Password' },
        sendHost: { label: 'Host Name' },
        sendManage: { label: 'Automatically manage connection settings' },
        sendPort: { label: 'Port' },
        sendTls: { label: 'Use TLS/SSL' },
        sendAuth: { label: 'Authentication', ...sendAuth },
      },
    },
  },
} satisfies Translation<typeof ja>;
