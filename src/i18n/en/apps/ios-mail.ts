/**
 * Mail on iPhone and iPad in English. Every word in “ ” and every drawn label the guide does not
 * mark `described` is Apple's own string from src/walkthrough/apple-strings.ts (sources there
 * and in docs/apps.md §5), so the steps, the drawings and the value cards show one form of
 * each. What no stored string names is described.
 */
import type { Translation } from '../../types';
import type ja from '../../ja/apps/ios-mail';
import type { IosEn } from '../../../walkthrough/apple-strings';

/** Apple's label as is (a drawing's label, a value), and quoted in a sentence: only a recorded one type-checks. */
const t = (label: IosEn): string => label;
const q = (label: IosEn) => `“${label}”`;
const auth = { 'normal-password': t('Password'), apop: t('Authenticated POP (APOP)') };
const sendAuth = { 'smtp-auth': t('Password'), 'pop-before-smtp': 'No authentication' };
const login = { host: { label: t('Host Name') }, userName: { label: t('User Name') }, password: { label: t('Password') } };

export default {
  variants: {
    'ios-18': 'iOS 18 and iPadOS 18 and later',
    'ios-17': 'iOS 14 to 17 and iPadOS 14 to 17',
  },
  variantHints: {
    'ios-18': `Choose this if ${q('Mail')} is not in the main list of ${q('Settings')} but in the list of apps at the bottom. The steps describe the list of apps and the list of mail accounts rather than naming them.`,
    'ios-17': `Choose this if ${q('Mail')} is in the main list of ${q('Settings')}.`,
  },
  labelsNote:
    'Words in quotation marks are the ones iOS shows: the account settings as in iOS 16.6.1, everything else as in iOS 15. Other versions may word them differently.',
  steps: {
    addOpen18: `Open ${q('Settings')} and choose ${q('Mail')} from the list of apps at the bottom. Open the list of mail accounts and tap ${q('Add Account')}.`,
    addOpen17: `Open ${q('Settings')} and choose ${q('Mail')}. Tap ${q('Accounts')}, then ${q('Add Account')}.`,
    addOther: `Tap ${q('Other')}, then ${q('Add Mail Account')}.`,
    addNewAccount: `In the ${q('New Account')} screen, enter the following and tap ${q('Next')}. The ${q('Description')} is the name shown in the list; change it as you like.`,
    addServers: `On the next screen, choose POP and fill in ${q('Incoming Mail Server')} and ${q('Outgoing Mail Server')} as follows, then tap ${q('Save')}. Under ${q('Outgoing Mail Server')}, ${q('User Name')} and ${q('Password')} are shown as optional, but sending needs SMTP AUTH: always enter the same ones as for incoming mail.`,
    addInsecure: `Because you chose a setting without encryption, you may see ${q('Cannot Connect Using SSL')} with the question ${q('Do you want to try setting up the account without SSL?')} Go on only if you want to keep this setting.`,
    addSaved: 'Your iPhone or iPad checks the settings and saves the account. You cannot set the ports or SSL on that screen, so set them next on the account’s screen.',
    addReopen18: `In ${q('Settings')}, choose ${q('Mail')} from the list of apps, open the list of mail accounts and tap the account you added.`,
    addReopen17: `In ${q('Settings')}, choose ${q('Mail')}, tap ${q('Accounts')} and tap the account you added.`,
    addAdvanced: `Scroll to the bottom of the account’s screen and tap ${q('Advanced')}. Set ${q('Incoming Settings')} as follows and go back to the account’s screen.`,
    apopMissing:
      'Apple’s configuration profile settings list no APOP among the incoming authentication methods. If the authentication list has no APOP, we recommend switching to the settings that encrypt the connection (SSL/TLS).',
    addSmtp: `On the account’s screen, under ${q('Outgoing Mail Server')}, tap the SMTP entry, then the server under ${q('Primary Server')}. Set the following. The outgoing port and SSL are here, not under ${q('Advanced')}.`,
    addDone: `Tap ${q('Done')} on the outgoing mail server’s screen. Go back to the account’s screen and tap ${q('Done')} there too.`,
    checkOpen18: `In ${q('Settings')}, choose ${q('Mail')} from the list of apps, open the list of mail accounts and tap your ASAHI Net account.`,
    checkOpen17: `In ${q('Settings')}, choose ${q('Mail')}, tap ${q('Accounts')} and tap your ASAHI Net account.`,
    checkAccount: `On the account’s screen, check the fields under ${q('Incoming Mail Server')}. Correct any that differ.`,
    checkAdvanced: `Scroll to the bottom, tap ${q('Advanced')} and check the fields below. Correct any that differ and go back to the account’s screen.`,
    checkSmtp: `Under ${q('Outgoing Mail Server')}, tap the SMTP entry, then the server under ${q('Primary Server')}, and check the fields below. Correct any that differ.`,
    checkDone: `If you changed anything, tap ${q('Done')} on each screen you changed, then ${q('Done')} on the account’s screen to save it.`,
    testWrite: `Open ${q('Mail')} and tap the button for a new message. Enter your own email address as the recipient. Any subject and text will do.`,
    testSend: 'Tap the send button.',
    testGet: 'Wait a minute, pull down the inbox to check for new mail, and check that the message you sent has arrived.',
  },
  screens: {
    newAccount: {
      title: t('New Account'),
      fields: {
        name: { label: t('Name') },
        address: { label: t('Email') },
        password: { label: t('Password') },
        description: { label: t('Description'), asahi: 'ASAHI Net' },
      },
    },
    servers: {
      title: 'Entering the mail servers',
      groups: { incoming: t('Incoming Mail Server'), outgoing: t('Outgoing Mail Server') },
      fields: {
        protocol: { label: 'IMAP or POP switch', pop: 'POP' },
        receiveHost: login.host,
        receiveUserName: login.userName,
        receivePassword: login.password,
        sendHost: login.host,
        sendUserName: login.userName,
        sendPassword: login.password,
      },
    },
    account: {
      title: 'The account’s screen',
      groups: { incoming: t('Incoming Mail Server') },
      fields: { receiveHost: login.host, receiveUserName: login.userName, receivePassword: login.password },
    },
    advanced: {
      title: t('Advanced'),
      fields: { useSsl: { label: t('Use SSL') }, auth: { label: t('Authentication'), ...auth }, port: { label: t('Server Port') } },
    },
    smtp: {
      title: 'The outgoing mail server’s screen',
      fields: {
        ...login,
        useSsl: { label: t('Use SSL') },
        auth: { label: t('Authentication'), ...sendAuth },
        port: { label: t('Server Port') },
      },
    },
  },
} satisfies Translation<typeof ja>;
