/**
 * Becky! Internet Mail ver.2 in English, checked 2026-12-01 (docs/apps.md §7). No source for
 * the English edition's wording was found: every field and menu is described, none is quoted.
 */
import type { Translation } from '../../types';
import type ja from '../../ja/apps/becky';

export default {
  variants: { v2: 'Becky! Internet Mail ver.2' },
  variantHints: {
    v2: 'Becky! version 2, the version available today. These steps follow other providers’ guides, not RimArts’ own manual, so your screens may differ.',
  },
  steps: {
    open: 'Open Becky! and open the mailbox settings from the Tools menu. If you are creating a new mailbox, follow Becky!’s prompts to create it; the same settings screen opens.',
    basic: 'On the first tab (the basic settings), enter and choose the following. The mailbox’s own name can be any name you like.',
    portPrompt: 'If Becky! asks whether to change the port number when you tick encryption for receiving or sending, choose to change it. The next step checks the port numbers.',
    details: 'Open the tab with the detailed settings and set the following. Once SMTP AUTH is ticked you can also choose its methods. ASAHI Net’s page names none; for reference, another provider’s guide chooses the LOGIN and PLAIN methods.',
    done: 'Click OK to close the screen.',
    checkOpen: 'Select your ASAHI Net mailbox in the list on the left and open the mailbox settings from the Tools menu.',
    checkBasic: 'On the first tab, check the fields below and correct any that differ.',
    checkDetails: 'On the tab with the detailed settings, check the fields below. Correct any that differ and click OK.',
    testWrite: 'Click the toolbar button for a new message and enter your own email address as the recipient. Any subject and text will do.',
    testSend: 'Send the message (depending on Becky!’s settings, it may wait in the Outbox until you click the toolbar’s send button).',
    testGet: 'Wait a minute, click the toolbar’s button for receiving mail and check that the message you sent has arrived.',
  },
  screens: {
    basic: {
      title: 'Mailbox settings (first tab)',
      fields: {
        name: { label: 'Box for your name' },
        address: { label: 'Box for your email address' },
        protocol: { label: 'Choice of receiving protocol', pop3: 'POP3' },
        receiveHost: { label: 'Box for the incoming mail server (POP3)' },
        sendHost: { label: 'Box for the outgoing mail server (SMTP)' },
        receiveSsl: { label: 'Checkbox for encrypting the incoming connection (POP3S)' },
        sendSsl: { label: 'Checkbox for encrypting the outgoing connection (SMTPS)' },
        userName: { label: 'Box for the user ID' },
        password: { label: 'Box for the password' },
        auth: { label: 'Choice of incoming authentication', 'normal-password': 'the standard method (not APOP)', apop: 'APOP' },
      },
    },
    details: {
      title: 'The tab with the detailed settings',
      fields: {
        sendPort: { label: 'Box for the outgoing (SMTP) port' },
        receivePort: { label: 'Box for the incoming (POP3) port' },
        smtpAuth: { label: 'Checkbox for SMTP AUTH' },
        popBeforeSmtp: { label: 'Checkbox for POP before SMTP' },
      },
    },
  },
} satisfies Translation<typeof ja>;
