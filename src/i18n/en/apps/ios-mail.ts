/**
 * Mail on iPhone and iPad in English. checked 2026-12-01, docs/apps.md §5. No Apple help page
 * for these screens was found. Quoted because several independent guides agree: "Settings",
 * "Mail", "Accounts", "Add Account", "Other" (everydaytech.org, howtochangeguide.com, olympus.net,
 * the iPadOS 18 article), "Advanced", "SMTP", "Primary Server", "Done" (support.appriver.com kb a986,
 * olympus.net); "Use SSL" (support.apple.com/en-us/HT201525, "Use SSL?"). The iOS 18 "Apps" entry,
 * "Mail Accounts" and "Add Mail Account" come from one article only: described. Field labels are
 * described; the authentication value "Password" follows appriver's guide.
 */
import type { Translation } from '../../types';
import type ja from '../../ja/apps/ios-mail';

const auth = { 'normal-password': 'Password', apop: 'APOP (may not be listed)' };
const sendAuth = { 'smtp-auth': 'Password', 'pop-before-smtp': 'None' };
const ssl = 'Use SSL';
const port = 'Server port box';

export default {
  variants: {
    'ios-18': 'iOS 18 and iPadOS 18 and later',
    'ios-17': 'iOS 14 to 17 and iPadOS 14 to 17',
  },
  variantHints: {
    'ios-18': 'Choose this if "Mail" is not in the main list of Settings but in the list of apps at the bottom.',
    'ios-17': 'Choose this if "Mail" is in the main list of Settings. This guide could not confirm that the screens after the accounts list are the same as in iOS 18.',
  },
  steps: {
    addOpen18: 'Open "Settings" and choose "Mail" from the list of apps at the bottom. Open the mail accounts entry and tap "Add Account".',
    addOpen17: 'Open "Settings" and choose "Mail". Tap "Accounts", then "Add Account".',
    addOther: 'In the list of mail services, choose "Other", then tap the entry that adds a mail account.',
    addNewAccount: 'In the new account screen, enter the following and tap the button to go on. The description is the name shown in the list; change it as you like.',
    addServers:
      'In the next screen, choose POP and enter the incoming and outgoing mail servers as follows, then tap the button to save. The outgoing server\'s user name and password are shown as optional, but sending needs SMTP AUTH: always enter the same ones as for incoming mail.',
    addInsecure: 'Because you chose a setting without encryption, a message may ask whether to connect without SSL. Read it, and go on only if you want to keep this setting.',
    addSaved: 'Your iPhone or iPad checks the settings and saves the account. Ports and SSL cannot be set in that screen, so set them next in the account\'s screen.',
    addReopen18: 'In "Settings", choose "Mail" from the list of apps, open the mail accounts entry and tap the account you added.',
    addReopen17: 'In "Settings", choose "Mail", tap "Accounts" and tap the account you added.',
    addAdvanced: 'Scroll to the bottom of the account\'s screen and tap "Advanced". Set the incoming settings as follows and go back to the account\'s screen.',
    apopMissing:
      'Apple\'s configuration profile settings list no APOP among the incoming authentication methods. If the authentication list has no APOP, we recommend switching to the settings that encrypt the connection (SSL/TLS).',
    addSmtp:
      'In the outgoing mail server part of the account\'s screen, tap "SMTP", then tap the server under "Primary Server". Set the following. The outgoing port and SSL are here, not under "Advanced".',
    addDone: 'Tap "Done" in the Primary Server screen. Go back to the account\'s screen and tap "Done" there too.',
    checkOpen18: 'In "Settings", choose "Mail" from the list of apps, open the mail accounts entry and tap your ASAHI Net account.',
    checkOpen17: 'In "Settings", choose "Mail", tap "Accounts" and tap your ASAHI Net account.',
    checkAccount: 'In the account\'s screen, check the incoming mail server fields. Correct any that differ.',
    checkAdvanced: 'Scroll to the bottom, tap "Advanced" and check the fields below. Correct any that differ and go back to the account\'s screen.',
    checkSmtp: 'In the outgoing mail server part, tap "SMTP", then the server under "Primary Server", and check the fields below. Correct any that differ.',
    checkDone: 'If you changed anything, tap "Done" in each screen you changed, then "Done" in the account\'s screen to save it.',
    testWrite: 'Open Mail and tap the button for a new message. Enter your own email address as the recipient. Any subject and text will do.',
    testSend: 'Tap the send button.',
    testGet: 'Wait a minute, pull down the list of the inbox to check for new mail, and check that the message you sent has arrived.',
  },
  screens: {
    newAccount: {
      title: 'New account',
      fields: {
        name: { label: 'Name box' },
        address: { label: 'Email box' },
        password: { label: 'Password box' },
        description: { label: 'Description box', asahi: 'ASAHI Net' },
      },
    },
    servers: {
      title: 'New account (mail servers)',
      groups: { incoming: 'Incoming mail server', outgoing: 'Outgoing mail server' },
      fields: {
        protocol: { label: 'IMAP or POP switch', pop: 'POP' },
        receiveHost: { label: 'Host name box' },
        receiveUserName: { label: 'User name box' },
        receivePassword: { label: 'Password box' },
        sendHost: { label: 'Host name box' },
        sendUserName: { label: 'User name box (shown as optional)' },
        sendPassword: { label: 'Password box (shown as optional)' },
      },
    },
    account: {
      title: 'The account\'s screen',
      groups: { incoming: 'Incoming mail server' },
      fields: { receiveHost: { label: 'Host name box' }, receiveUserName: { label: 'User name box' }, receivePassword: { label: 'Password box' } },
    },
    advanced: {
      title: 'Advanced (incoming settings)',
      fields: { useSsl: { label: ssl }, auth: { label: 'Authentication entry', ...auth }, port: { label: port } },
    },
    smtp: {
      title: 'Primary Server (outgoing mail server)',
      fields: {
        host: { label: 'Host name box' },
        userName: { label: 'User name box' },
        password: { label: 'Password box' },
        useSsl: { label: ssl },
        auth: { label: 'Authentication entry', ...sendAuth },
        port: { label: port },
      },
    },
  },
} satisfies Translation<typeof ja>;
