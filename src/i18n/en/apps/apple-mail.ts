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
import * as A from '../../../walkthrough/apple-strings';
import { en as q, labelText } from '../../../walkthrough/apple-strings';

const t = (label: A.AppleLabel) => labelText(label, 'en');
const auth = { 'normal-password': t(A.macAuthPassword), apop: t(A.macAuthApop) };
const sendAuth = { 'smtp-auth': t(A.macAuthPassword), 'pop-before-smtp': t(A.macAuthNone) };
const half = {
  userName: { label: t(A.macUsername) },
  password: { label: t(A.macPassword) },
  host: { label: t(A.macHostName) },
  manage: { label: t(A.macManage) },
  port: { label: t(A.macPort) },
  tls: { label: t(A.macUseTlsSsl) },
};

export default {
  variants: {
    'macos-13': 'macOS 13 Ventura and later',
    'macos-12': 'macOS 12 Monterey and earlier (from 10.12 Sierra)',
  },
  variantHints: {
    'macos-13': `Choose this if you use macOS 13 Ventura or later, or if the ${q(A.macMailMenu)} menu in the menu bar has no ${q(A.macPreferences)}.`,
    'macos-12': `Choose this if the ${q(A.macMailMenu)} menu in the menu bar has ${q(A.macPreferences)}.`,
  },
  labelsNote:
    'Names in quotation marks are the words Apple’s macOS 12 shows, or the names Apple’s support pages give. Some of the Mail app’s own names could not be checked, so they are described.',
  steps: {
    addOpen: `Open ${q(A.macMailMenu)} and choose the item that adds an account from the ${q(A.macMailMenu)} menu in the menu bar. In the list of mail services, choose ${q(A.macOtherMailAccount)} at the bottom and continue.`,
    addAccount: `In the screen that asks for your name, email address and password, enter the following and click ${q(A.macSignIn)}.`,
    addServers: `If ${q(A.macMailMenu)} cannot find the settings itself, it shows a screen for the mail server details. Enter the following and click ${q(A.macSignIn)} again. Enter your ASAHI Net ID as the user name, not your email address. This screen has no boxes for ports or encryption: you set those after the account has been added. The fields may differ between versions of macOS.`,
    addCreated: `If a screen asks which apps to use with the account, check that ${q(A.macMailMenu)} is selected and click the button to finish.`,
    addSettings13: `Next, set the ports and encryption. From the ${q(A.macMailMenu)} menu in the menu bar, choose the item that opens the settings, and click ${q(A.macAccounts)}. Select the account you added in the list on the left and click ${q(A.macServerSettings)}.`,
    addSettings12: `Next, set the ports and encryption. Choose ${q(A.macPreferences)} from the ${q(A.macMailMenu)} menu in the menu bar and click ${q(A.macAccounts)}. Select the account you added in the list on the left and click ${q(A.macServerSettings)}.`,
    addServerSettings: `Untick ${q(A.macManage)} for the incoming and for the outgoing server: the ${q(A.macPort)}, ${q(A.macUseTlsSsl)} and ${q(A.macAuthentication)} fields appear. Set them as follows. If you do not see the checkboxes, Apple says that the connection settings for that email provider are always managed automatically.`,
    apopMissing: `Apple’s support page does not list APOP among the authentication methods ${q(A.macMailMenu)} tries. If the authentication menu has no APOP, we recommend switching to the settings that encrypt the connection (SSL/TLS).`,
    addSave: `Click ${q(A.macSave)}. ${q(A.macMailMenu)} checks that it can connect to the mail servers before it saves the settings.`,
    checkSettings13: `From the ${q(A.macMailMenu)} menu in the menu bar, choose the item that opens the settings, and click ${q(A.macAccounts)}. Select your ASAHI Net account in the list on the left and click ${q(A.macServerSettings)}.`,
    checkSettings12: `Choose ${q(A.macPreferences)} from the ${q(A.macMailMenu)} menu in the menu bar and click ${q(A.macAccounts)}. Select your ASAHI Net account in the list on the left and click ${q(A.macServerSettings)}.`,
    checkServerSettings: `If ${q(A.macManage)} is ticked for the incoming or the outgoing server, untick it, then check the fields below, including the ones that appear. Correct any that differ.`,
    checkApopMissing: `If the incoming authentication menu has no APOP, ${q(A.macMailMenu)} may not support it, as Apple’s support page suggests. In that case we recommend switching to the settings that encrypt the connection (SSL/TLS).`,
    checkSave: `If you changed anything, click ${q(A.macSave)}.`,
    testWrite: 'Click the toolbar button for a new message and enter your own email address as the recipient. Any subject and text will do.',
    testSend: 'Click the send button. If Mail asks for a password, enter the password of your ASAHI Net ID.',
    testGet: 'Wait a minute, click the toolbar button that gets new mail, and check that the message you sent has arrived.',
  },
  screens: {
    accountSheet: {
      title: 'Adding an account (name and email address)',
      fields: { name: { label: t(A.macNameLabel) }, address: { label: t(A.macEmailLabel) }, password: { label: t(A.macPasswordLabel) } },
    },
    serverSheet: {
      title: 'Adding an account (mail server details)',
      fields: {
        address: { label: t(A.macEmailLabel) },
        userName: { label: t(A.macUserNameLabel) },
        password: { label: t(A.macPasswordLabel) },
        accountType: { label: t(A.macAccountType), pop: 'POP' },
        receiveHost: { label: t(A.macIncomingMailServer) },
        sendHost: { label: t(A.macOutgoingMailServer) },
      },
    },
    serverSettings: {
      title: t(A.macServerSettings),
      groups: { incoming: 'Incoming mail server', outgoing: 'Outgoing mail server' },
      fields: {
        receiveUserName: half.userName,
        receivePassword: half.password,
        receiveHost: half.host,
        receiveManage: half.manage,
        receivePort: half.port,
        receiveTls: half.tls,
        receiveAuth: { label: t(A.macAuthentication), ...auth },
        sendUserName: half.userName,
        sendPassword: half.password,
        sendHost: half.host,
        sendManage: half.manage,
        sendPort: half.port,
        sendTls: half.tls,
        sendAuth: { label: t(A.macAuthentication), ...sendAuth },
      },
    },
  },
} satisfies Translation<typeof ja>;
