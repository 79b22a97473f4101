/** The apps page and each app's own guide page, in English. */
import type { Translation } from '../../types';
import type ja from '../../ja/apps/pages';

export default {
  list: {
    title: 'What each mail app supports',
    intro:
      'This page shows which common mail apps support the features ASAHI Net mail uses for receiving (POP3) and sending (SMTP). Choose an app’s name to see the steps for it.',
    caption: 'Support in common mail apps',
    columns: {
      app: 'Mail app',
      pop3: 'POP3 accounts',
      'pop-ssl': 'POP over SSL/TLS (port {{port}})',
      'smtp-ssl': 'SMTP over SSL/TLS (port {{port}})',
      'smtp-auth': 'SMTP AUTH',
      apop: 'APOP',
      note: 'Caution',
      sources: 'Sources',
    },
    values: { yes: 'Yes', no: 'No', unsure: 'Not known' },
    statusNotes: {
      current: '—',
      risky: 'According to press and blog reports, Microsoft’s servers receive and send mail for the new Outlook. We recommend classic Outlook, Thunderbird or another mail app.',
      'at-risk': 'Google announced in 2025 that, from January 2026, Gmail would no longer support checking mail from other accounts by POP. According to press reports, the Gmail app adds other providers’ accounts by IMAP (ASAHI Net’s incoming server is POP3). Thunderbird for Android adds POP3 accounts.',
    },
    sources: {
      outlook: 'Microsoft Community; setup guides from other internet providers. None of the screens in these guides has an APOP setting.',
      'new-outlook': 'Microsoft, “Supported account types” (POP and IMAP accounts are supported). How mail is received and sent: press and blog reports, not Microsoft.',
      thunderbird: 'Thunderbird’s source code and translation files (“Encrypted password” covers APOP too).',
      'apple-mail': 'Apple’s support article on managing Mail’s connection settings automatically. It does not say whether Mail supports APOP.',
      'ios-mail': 'Apple’s configuration profile reference (it lists no APOP option for mail authentication).',
      android: 'Source code and translation files for Thunderbird for Android and for Android’s own Email app (neither has APOP). Gmail and POP: Gmail Help, “Learn about upcoming changes to Gmailify & POP in Gmail” (2025). The Gmail app: press reports, not Google.',
      becky: 'Setup guides from other internet providers.',
    },
    retiredHeading: 'Mail apps and features that no longer work',
    retired: {
      'windows-mail': {
        name: 'Windows Mail',
        note: 'According to Microsoft, support ended on 31 December 2024, and since then it has not been able to send or receive mail. You need to move to another mail app.',
      },
      'gmail-web': {
        name: 'Gmail on a computer: “Check mail from other accounts”',
        note: 'Google announced in 2025 that, from January 2026, Gmail would no longer support checking mail from other accounts by POP, and that “Check mail from other accounts” would no longer be available in Gmail on a computer (Gmail Help, “Learn about upcoming changes to Gmailify & POP in Gmail”). According to press reports, it closed to new users in the first quarter of 2026 and closes to existing users later in 2026. To receive ASAHI Net mail, set up a mail app with your ASAHI Net account.',
      },
    },
  },
  guide: {
    title: 'Setting up {{app}}',
    intro:
      'How to set up your ASAHI Net address in {{app}} with the settings ASAHI Net recommends (SSL/TLS encryption, SMTP AUTH and the standard outgoing server).',
    fitIntro:
      'The recommended settings may not suit you, for example if you subscribe to Omakase Virus Check (おまかせウイルスチェック). Answer a few questions to get the settings for your network and options.',
    fitLink: 'Answer a few questions to get the right settings for you',
    allApps: 'What other mail apps support',
  },
} satisfies Translation<typeof ja>;
