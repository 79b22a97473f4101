/**
 * Mail on the Mac in English. Words in “ ” and drawn labels the guide does not mark `described`
 * are Apple's, from src/walkthrough/apple-strings.ts: macOS 12's strings for the add-account
 * sheets, “Server Settings” and “Use TLS/SSL”; HT204208 for the menu path and the automatic
 * management; the Mail User Guide and HT201525 for the Server Settings tab's fields
 * (docs/apps.md §4). The add-account menu item, macOS 13's Settings menu item, the sheets'
 * titles and most buttons are described.
 */
import type { Translation } from '../../types';
import type ja from '../../ja/apps/apple-mail';
import type { MacEn } from '../../../walkthrough/apple-strings';

/** Apple's label as is (a drawing's label, a value), and quoted in a sentence: only a recorded one type-checks. */
const t = (label: MacEn): string => label;
const q = (label: MacEn) => `“${label}”`;
const auth = { 'normal-password': t('Password'), apop: t('Authenticated POP (APOP)') };
const sendAuth = { 'smtp-auth': t('Password'), 'pop-before-smtp': t('None') };
const half = {
  userName: { label: t('Username') },
  password: { label: t('Password') },
  host: { label: t('Host Name') },
  manage: { label: t('Automatically manage connection settings') },
  port: { label: t('Port') },
  tls: { label: t('Use TLS/SSL') },
};

export default {
  variants: {
    'macos-13': 'macOS 13 Ventura and later',
    'macos-12': 'macOS 12 Monterey and earlier (from 10.12 Sierra)',
  },
  variantHints: {
    'macos-13': `Choose this for macOS 13 Ventura or later, or if the ${q('Mail')} menu in the menu bar has no ${q('Preferences')}.`,
    'macos-12': `Choose this if the ${q('Mail')} menu in the menu bar has ${q('Preferences')}.`,
  },
  labelsNote:
    'Words in quotation marks are the ones macOS 12 shows, or the names in Apple’s support pages. Anything else is described rather than named.',
  steps: {
    addOpen: `Open ${q('Mail')} and choose the item that adds an account from the ${q('Mail')} menu in the menu bar. In the list of mail services, choose ${q('Other Mail Account…')} at the bottom and continue.`,
    addAccount: `On the screen that asks for your name, email address and password, enter the following and click ${q('Sign In')}.`,
    addServers: `If ${q('Mail')} cannot find the settings itself, it shows a screen for the mail server details. Enter the following and click ${q('Sign In')} again. Enter your ASAHI Net ID as the user name, not your email address. This screen has no boxes for ports or encryption: you set those after the account has been added. The fields may differ between versions of macOS.`,
    addCreated: `If a screen asks which apps to use with the account, check that ${q('Mail')} is selected and click the button to finish.`,
    addSettings13: `Next, set the ports and encryption. From the ${q('Mail')} menu in the menu bar, choose the item that opens the settings, and click ${q('Accounts')}. Select the account you added in the list on the left and click ${q('Server Settings')}.`,
    addSettings12: `Next, set the ports and encryption. Choose ${q('Preferences')} from the ${q('Mail')} menu in the menu bar and click ${q('Accounts')}. Select the account you added in the list on the left and click ${q('Server Settings')}.`,
    addServerSettings: `Untick ${q('Automatically manage connection settings')} for the incoming and for the outgoing server: the ${q('Port')}, ${q('Use TLS/SSL')} and ${q('Authentication')} fields appear. Set them as follows. If you do not see the checkboxes, Apple says Mail always manages the connection settings for that email provider automatically.`,
    apopMissing: `Apple’s support page does not list APOP among the authentication methods ${q('Mail')} tries. If the authentication menu has no APOP, we recommend switching to the settings that encrypt the connection (SSL/TLS).`,
    addSave: `Click ${q('Save')}. ${q('Mail')} checks that it can connect to the mail servers before it saves the settings.`,
    checkSettings13: `From the ${q('Mail')} menu in the menu bar, choose the item that opens the settings, and click ${q('Accounts')}. Select your ASAHI Net account in the list on the left and click ${q('Server Settings')}.`,
    checkSettings12: `Choose ${q('Preferences')} from the ${q('Mail')} menu in the menu bar and click ${q('Accounts')}. Select your ASAHI Net account in the list on the left and click ${q('Server Settings')}.`,
    checkServerSettings: `If ${q('Automatically manage connection settings')} is ticked for the incoming or the outgoing server, untick it, then check the fields below, including the ones that appear. Correct any that differ.`,
    checkApopMissing: `If the incoming authentication menu has no APOP, ${q('Mail')} may not support it, as Apple’s support page suggests. In that case we recommend switching to the settings that encrypt the connection (SSL/TLS).`,
    checkSave: `If you changed anything, click ${q('Save')}.`,
    testWrite: 'Click the toolbar button for a new message and enter your own email address as the recipient. Any subject and text will do.',
    testSend: 'Click the send button. If Mail asks for a password, enter your ASAHI Net ID’s password.',
    testGet: 'Wait a minute, click the toolbar button that gets new mail, and check that the message you sent has arrived.',
  },
  screens: {
    accountSheet: {
      title: 'Adding an account (name and email address)',
      fields: { name: { label: t('Name:') }, address: { label: t('Email Address:') }, password: { label: t('Password:') } },
    },
    serverSheet: {
      title: 'Adding an account (mail server details)',
      fields: {
        address: { label: t('Email Address:') },
        userName: { label: t('User Name:') },
        password: { label: t('Password:') },
        accountType: { label: t('Account Type:'), pop: 'POP' },
        receiveHost: { label: t('Incoming Mail Server:') },
        sendHost: { label: t('Outgoing Mail Server:') },
      },
    },
    serverSettings: {
      title: t('Server Settings'),
      groups: { incoming: 'Incoming mail server', outgoing: 'Outgoing mail server' },
      fields: {
        receiveUserName: half.userName,
        receivePassword: half.password,
        receiveHost: half.host,
        receiveManage: half.manage,
        receivePort: half.port,
        receiveTls: half.tls,
        receiveAuth: { label: t('Authentication'), ...auth },
        sendUserName: half.userName,
        sendPassword: half.password,
        sendHost: half.host,
        sendManage: half.manage,
        sendPort: half.port,
        sendTls: half.tls,
        sendAuth: { label: t('Authentication'), ...sendAuth },
      },
    },
  },
} satisfies Translation<typeof ja>;
