/**
 * Classic Outlook's walkthrough in English, checked 2026-12-01. No Microsoft page was found
 * (docs/apps.md §2): a name in quotes and a plain field label is one that several independent
 * secondary sources quote alike — OVH's and Rackspace's Outlook guides, ISP guides, a Microsoft
 * community post (answers.microsoft.com, f78f75ac-3079-46b4-a13d-1675c3961af9) and a copy of
 * Microsoft's "Change or update email account settings" steps. Every other field is described,
 * and so are the menu items for the server settings and for managing profiles, the screens'
 * titles, and the buttons of the test mail.
 */
import type { Translation } from '../../types';
import type ja from '../../ja/apps/outlook';

const encryption = { 'ssl-tls': 'SSL/TLS', none: 'None' };

export default {
  variants: {
    'microsoft-365': 'Outlook in Microsoft 365',
    'account-settings': 'Outlook 2016, 2019 and 2021',
  },
  variantHints: {
    'microsoft-365': 'The Outlook that comes with a Microsoft 365 subscription. If you bought Outlook 2016, 2019 or 2021 outright, choose the other one.',
    'account-settings':
      'Outlook 2016, 2019 or 2021, bought outright. “Change” on an account opens the older settings dialog, whose “More Settings” has the “Outgoing Server” and “Advanced” tabs.',
  },
  steps: {
    addOpen: 'Open Outlook, click “File” and choose “Add Account”. If this is the first time you have opened Outlook, it asks for your email address straight away: go on to the next step.',
    addAddress:
      'Enter your email address and click “Advanced options” below it. Tick “Let me set up my account manually” and click “Connect”. Without the tick, Outlook may set the account up with a method other than POP.',
    addType: 'On the screen that asks for the account type, choose “POP”.',
    addPop:
      'Set “Incoming mail” and “Outgoing mail” as follows and go on to the next screen. For “Encryption method”, choose only “SSL/TLS” or “None” (not STARTTLS, for example). In some versions, incoming mail has a checkbox asking for an encrypted connection instead of “Encryption method”: tick it if your setting uses SSL/TLS, and leave it unticked if it does not.',
    addPassword: 'On the screen that asks for a password, enter your ASAHI Net ID’s password and click “Connect”.',
    addDone: 'When Outlook says the account has been added, close that screen.',
    m365AuthIntro:
      'ASAHI Net requires SMTP AUTH for sending. The POP account settings screen may have no setting for the outgoing mail server’s authentication, so open the older settings dialog and check it there.',
    m365LegacyOpen:
      'Click “File” and, from the “Account Settings” menu, choose the item for managing profiles. In the window that opens, click “Email Accounts…”. The same window opens from the Mail settings in the Windows Control Panel.',
    legacyPick: 'In the list of email accounts, select your ASAHI Net account and click “Change”.',
    olderAuthIntro: 'ASAHI Net requires SMTP AUTH for sending. Once the account is added, check the outgoing mail server’s authentication in the older settings dialog.',
    olderOpen: 'Click “File”, click “Account Settings” and choose “Account Settings” in the menu that appears. Select your ASAHI Net account in the list and click “Change”.',
    legacyAccount: 'In the window that opens, check the fields below and correct any that differ. The user name is your ASAHI Net ID, not your email address.',
    legacyMore: 'In the window for changing the account, click “More Settings”.',
    legacyOutgoing: 'Open the “Outgoing Server” tab and set the following.',
    legacyAdvanced:
      'Open the “Advanced” tab and set the following. Changing “This server requires an encrypted connection (SSL/TLS)” may put the port number back to its default, so set the tick first and then enter the port number. For “Use the following type of encrypted connection”, choose only “SSL/TLS” (“SSL” in older versions) or “None”: ASAHI Net does not accept encryption started partway through the connection (STARTTLS).',
    legacySave: 'Click “OK” to close this window. Back in the window for changing the account, click the button that takes you to the next screen: this saves the change. Then close the last screen.',
    m365CheckOpen:
      'Click “File” and, from the “Account Settings” menu, choose the item for changing the server settings. If Outlook asks which account, choose your ASAHI Net account. The menu items may differ between versions.',
    m365CheckPop:
      'Check “Incoming mail” and “Outgoing mail”, correct anything that differs and save. This screen may also have boxes for the user name and password; the user name is your ASAHI Net ID.',
    testNew: 'Click the button for a new email and enter your own email address as the recipient. Any subject and text will do.',
    testSend: 'In the message window, click the send button.',
    testReceive: 'Wait a minute, then click the button on the send and receive tab that sends and receives all folders. Check that the message you sent has arrived in your Inbox.',
  },
  screens: {
    addAddress: {
      title: 'The screen that asks for your email address',
      fields: { address: { label: 'Box for the email address' }, manual: { label: 'Let me set up my account manually' } },
    },
    popSettings: {
      title: 'The POP account settings screen',
      groups: { incoming: 'Incoming mail', outgoing: 'Outgoing mail' },
      fields: {
        receiveHost: { label: 'Server' },
        receivePort: { label: 'Port' },
        receiveSecurity: { label: 'Encryption method', ...encryption },
        receiveSpa: { label: 'Checkbox for Secure Password Authentication (SPA)' },
        sendHost: { label: 'Server' },
        sendPort: { label: 'Port' },
        sendSecurity: { label: 'Encryption method', ...encryption },
        sendSpa: { label: 'Checkbox for Secure Password Authentication (SPA)' },
      },
    },
    addPassword: { title: 'The screen that asks for your password', fields: { password: { label: 'Box for the password' } } },
    legacyAccount: {
      title: 'The window for changing the account',
      fields: {
        receiveHost: { label: 'Box for the incoming mail server’s name' },
        sendHost: { label: 'Box for the outgoing mail server’s name' },
        userName: { label: 'Box for the user name' },
        password: { label: 'Box for the password' },
        spa: { label: 'Checkbox for Secure Password Authentication (SPA)' },
      },
    },
    legacyOutgoing: {
      title: 'Outgoing Server',
      fields: { auth: { label: 'My outgoing server (SMTP) requires authentication' }, same: { label: 'Use same settings as my incoming mail server' } },
    },
    legacyAdvanced: {
      title: 'Advanced',
      fields: {
        receivePort: { label: 'Incoming server (POP3)' },
        receiveSsl: { label: 'This server requires an encrypted connection (SSL/TLS)' },
        sendPort: { label: 'Outgoing server (SMTP)' },
        sendSecurity: { label: 'Use the following type of encrypted connection', 'ssl-tls': 'SSL/TLS (“SSL” in older versions)', none: 'None' },
      },
    },
  },
} satisfies Translation<typeof ja>;
