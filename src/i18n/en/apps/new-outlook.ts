/**
 * The new Outlook for Windows in English, checked 2026-12-01 (see the ja file and
 * docs/apps.md §3): every button, switch and field is described, none quoted; the caution
 * names Microsoft's pages and the press and blog reports.
 */
import type { Translation } from '../../types';
import type ja from '../../ja/apps/new-outlook';

const security = { 'ssl-tls': 'SSL/TLS', none: 'The option without encryption' };

export default {
  variants: { current: 'The new Outlook for Windows' },
  variantHints: {
    current: 'The new Outlook that comes with Windows 11 or from the Microsoft Store. It looks like Outlook on the web.',
  },
  steps: {
    caution:
      'Before you start: Microsoft says the new Outlook for Windows supports POP accounts. But according to Microsoft’s help, when an account from another provider is synced to the Microsoft Cloud, a copy of your email is kept in sync between that provider and Microsoft’s data centres.',
    cautionReports:
      'According to press and blog reports, the new Outlook does not connect to ASAHI Net’s servers itself: Microsoft’s servers receive and send your mail for it, and Microsoft keeps your ASAHI Net ID and password. So we recommend another mail app, such as classic Outlook or Thunderbird.',
    open: 'Open the new Outlook and click the button for adding an account. You can also add it from the account settings, through the settings button at the top of the window.',
    address:
      'On the screen that asks for an email address, enter the following and click the button to continue. If another address (such as your Microsoft account) is already filled in, delete it first.',
    provider: 'Click the button for choosing your email provider and choose POP in the list.',
    pop:
      'On the POP settings screen, enter the following and click the button to continue. The descriptions here are not the app’s own field names. Your ASAHI Net user name is your ASAHI Net ID, not your email address. This screen may have no box for the incoming mail server’s user name. If it has none and receiving fails, use classic Outlook or Thunderbird instead.',
    sync: 'If a screen explains that your account will be synced to the Microsoft Cloud, read it and go on only if you agree. If you do not, cancel here and use another mail app.',
    done: 'Go through the next few screens; when your Inbox appears, the account has been added.',
    checkOpen: 'Click the settings button at the top of the window and open the account settings. Next to your ASAHI Net account, click the button to manage it.',
    checkRepair:
      'The account’s settings are shown. If any differ, click the button to repair the account, correct them and click the button to continue. You may not be able to change the incoming mail server’s name, port and connection security or the outgoing user name here. If one of them is wrong and you cannot change it, remove the account and add it again.',
    testNew: 'Click the button for a new email and enter your own email address as the recipient. Any subject and text will do.',
    testSend: 'Click the send button.',
    testReceive: 'Wait a few minutes, open your Inbox and check that the message you sent has arrived.',
  },
  screens: {
    address: { title: 'The screen that asks for your email address', fields: { address: { label: 'Box for the email address' } } },
    pop: {
      title: 'The POP settings screen',
      fields: {
        password: { label: 'Box for the password' },
        showMore: { label: 'Switch that shows more fields' },
        recommended: { label: 'Switch for the recommended settings' },
        receiveHost: { label: 'Box for the incoming mail server’s name' },
        receivePort: { label: 'Box for the incoming mail server’s port' },
        receiveSecurity: { label: 'List for the incoming mail server’s connection security', ...security },
        sendUserName: { label: 'Box for the outgoing (SMTP) user name' },
        sendPassword: { label: 'Box for the outgoing (SMTP) password' },
        sendHost: { label: 'Box for the outgoing mail server’s name' },
        sendPort: { label: 'Box for the outgoing mail server’s port' },
        sendSecurity: { label: 'List for the outgoing mail server’s connection security', ...security },
      },
    },
  },
} satisfies Translation<typeof ja>;
