/**
 * Mail on iPhone and iPad in English. Every word in “ ” and every drawn label the guide does not
 * mark `described` is Apple's own string from src/walkthrough/apple-strings.ts (sources there
 * and in docs/apps.md §5), so the steps, the drawings and the value cards show one form of
 * each. What no stored string names is described.
 */
import type { Translation } from '../../types';
import type ja from '../../ja/apps/ios-mail';
import * as A from '../../../walkthrough/apple-strings';
import { en as q, labelText } from '../../../walkthrough/apple-strings';

const t = (label: A.AppleLabel) => labelText(label, 'en');
const auth = { 'normal-password': t(A.iosAuthPassword), apop: t(A.iosAuthApop) };
const sendAuth = { 'smtp-auth': t(A.iosAuthPassword), 'pop-before-smtp': 'The setting without authentication' };
const login = { host: { label: t(A.iosHostName) }, userName: { label: t(A.iosUserName) }, password: { label: t(A.iosPassword) } };

export default {
  variants: {
    'ios-18': 'iOS 18 and iPadOS 18 and later',
    'ios-17': 'iOS 14 to 17 and iPadOS 14 to 17',
  },
  variantHints: {
    'ios-18': `Choose this if ${q(A.iosMail)} is not in the main list of ${q(A.iosSettings)} but in the list of apps at the bottom. The names of the list of apps and of the mail accounts list could not be checked against Apple’s strings, so they are described.`,
    'ios-17': `Choose this if ${q(A.iosMail)} is in the main list of ${q(A.iosSettings)}.`,
  },
  labelsNote:
    'Names of fields and buttons in quotation marks are the words Apple’s iOS 15 shows (the account settings as in iOS 15.6.1). Other versions may word them differently.',
  steps: {
    addOpen18: `Open ${q(A.iosSettings)} and choose ${q(A.iosMail)} from the list of apps at the bottom. Open the list of mail accounts and tap ${q(A.iosAddAccount)}.`,
    addOpen17: `Open ${q(A.iosSettings)} and choose ${q(A.iosMail)}. Tap ${q(A.iosAccounts)}, then ${q(A.iosAddAccount)}.`,
    addOther: `Tap ${q(A.iosOther)}, then ${q(A.iosAddMailAccount)}.`,
    addNewAccount: `In the ${q(A.iosNewAccount)} screen, enter the following and tap ${q(A.iosNext)}. The ${q(A.iosDescription)} is the name shown in the list; change it as you like.`,
    addServers: `In the next screen, choose POP and fill in ${q(A.iosIncomingMailServer)} and ${q(A.iosOutgoingMailServer)} as follows, then tap ${q(A.iosSave)}. Under ${q(A.iosOutgoingMailServer)}, ${q(A.iosUserName)} and ${q(A.iosPassword)} are shown as optional, but sending needs SMTP AUTH: always enter the same ones as for incoming mail.`,
    addInsecure: `Because you chose a setting without encryption, you may see ${q(A.iosCannotConnectUsingSsl)} with the question ${q(A.iosSetupWithoutSsl)} Go on only if you want to keep this setting.`,
    addSaved: 'Your iPhone or iPad checks the settings and saves the account. Ports and SSL cannot be set in that screen, so set them next in the account’s screen.',
    addReopen18: `In ${q(A.iosSettings)}, choose ${q(A.iosMail)} from the list of apps, open the list of mail accounts and tap the account you added.`,
    addReopen17: `In ${q(A.iosSettings)}, choose ${q(A.iosMail)}, tap ${q(A.iosAccounts)} and tap the account you added.`,
    addAdvanced: `Scroll to the bottom of the account’s screen and tap ${q(A.iosAdvanced)}. Set ${q(A.iosIncomingSettings)} as follows and go back to the account’s screen.`,
    apopMissing:
      'Apple’s configuration profile settings list no APOP among the incoming authentication methods. If the authentication list has no APOP, we recommend switching to the settings that encrypt the connection (SSL/TLS).',
    addSmtp: `In the account’s screen, under ${q(A.iosOutgoingMailServer)}, tap the SMTP entry, then the server under ${q(A.iosPrimaryServer)}. Set the following. The outgoing port and SSL are here, not under ${q(A.iosAdvanced)}.`,
    addDone: `Tap ${q(A.iosDone)} in the outgoing mail server’s screen. Go back to the account’s screen and tap ${q(A.iosDone)} there too.`,
    checkOpen18: `In ${q(A.iosSettings)}, choose ${q(A.iosMail)} from the list of apps, open the list of mail accounts and tap your ASAHI Net account.`,
    checkOpen17: `In ${q(A.iosSettings)}, choose ${q(A.iosMail)}, tap ${q(A.iosAccounts)} and tap your ASAHI Net account.`,
    checkAccount: `In the account’s screen, check the fields under ${q(A.iosIncomingMailServer)}. Correct any that differ.`,
    checkAdvanced: `Scroll to the bottom, tap ${q(A.iosAdvanced)} and check the fields below. Correct any that differ and go back to the account’s screen.`,
    checkSmtp: `Under ${q(A.iosOutgoingMailServer)}, tap the SMTP entry, then the server under ${q(A.iosPrimaryServer)}, and check the fields below. Correct any that differ.`,
    checkDone: `If you changed anything, tap ${q(A.iosDone)} in each screen you changed, then ${q(A.iosDone)} in the account’s screen to save it.`,
    testWrite: `Open ${q(A.iosMail)} and tap the button for a new message. Enter your own email address as the recipient. Any subject and text will do.`,
    testSend: 'Tap the send button.',
    testGet: 'Wait a minute, pull down the list of the inbox to check for new mail, and check that the message you sent has arrived.',
  },
  screens: {
    newAccount: {
      title: t(A.iosNewAccount),
      fields: {
        name: { label: t(A.iosName) },
        address: { label: t(A.iosEmail) },
        password: { label: t(A.iosPassword) },
        description: { label: t(A.iosDescription), asahi: 'ASAHI Net' },
      },
    },
    servers: {
      title: 'Entering the mail servers',
      groups: { incoming: t(A.iosIncomingMailServer), outgoing: t(A.iosOutgoingMailServer) },
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
      groups: { incoming: t(A.iosIncomingMailServer) },
      fields: { receiveHost: login.host, receiveUserName: login.userName, receivePassword: login.password },
    },
    advanced: {
      title: t(A.iosAdvanced),
      groups: { incoming: t(A.iosIncomingSettings) },
      fields: { useSsl: { label: t(A.iosUseSsl) }, auth: { label: t(A.iosAuthentication), ...auth }, port: { label: t(A.iosServerPort) } },
    },
    smtp: {
      title: 'The outgoing mail server’s screen',
      fields: {
        ...login,
        useSsl: { label: t(A.iosUseSsl) },
        auth: { label: t(A.iosAuthentication), ...sendAuth },
        port: { label: t(A.iosServerPort) },
      },
    },
  },
} satisfies Translation<typeof ja>;
