import type { Translation } from '../types';
import type ja from '../ja/support';

export default {
  title: 'For support staff: every page and link',
  intro: 'Links to send to customers. Each opens that question or result with the answers already given. Links contain only answers, never an ID, address or other personal data.',
  stepsHeading: 'Question pages',
  stepsIntro: 'A link to each question with no answers. If the questions before it are not answered, the first unanswered one opens.',
  stepLink: 'Link to the question “{{step}}”',
  codesHeading: 'Settings codes',
  codesIntro: 'A customer’s result page shows a settings code (for example SMA). Open the settings for a code here.',
  codeLink: 'Link to the result for settings code {{code}}',
  meaning: {
    receive: {
      S: 'Incoming: POP over SSL/TLS (port {{port}})',
      A: 'Incoming: APOP (port {{port}}, connection not encrypted)',
      P: 'Incoming: POP (port {{port}}, connection not encrypted, password not encrypted)',
    },
    host: {
      M: 'Outgoing mail server: {{host}}',
      V: 'Outgoing mail server: {{host}} (Omakase Virus Check)',
    },
    auth: {
      A: 'Outgoing authentication: SMTP AUTH',
      B: 'Outgoing authentication: POP before SMTP (last resort)',
    },
    sendPortSsl: 'Outgoing: port {{port}} (SSL/TLS)',
    sendPortSubmission: 'Outgoing: port {{port}} (connection not encrypted)',
  },
  lookupHeading: 'Open a result from a settings code',
  lookupLabel: 'Settings code',
  lookupHint: 'Three letters, for example SMA.',
  lookupButton: 'Open the result',
  lookupError: 'There is no settings code “{{code}}”. Enter three letters, for example SMA.',
  lookupRequired: 'Enter a settings code',
  lookupNote: 'A result opened from a code shows the customer’s settings only. Notices about registration or antivirus software depend on the customer’s own answers: see their own result page for those.',
  appsHeading: 'Steps for each mail app',
  appsIntro: 'The steps for each mail app with the recommended settings (SSL/TLS, SMTP AUTH, the standard outgoing server). The "existing account" links open the part on checking and fixing the settings.',
  appsPage: 'What each mail app supports',
  appGuide: 'Steps for {{app}}',
  appCheck: 'Checking or fixing an existing account in {{app}}',
  troubleshootHeading: 'Troubleshooting questions',
  troubleshootIntro: 'Links to the questions of “I can’t send mail” and “I can’t receive mail”. If the questions before one are not answered, the first unanswered one opens. To check a customer’s current settings, enter them on “Check my current settings” and share that page’s address.',
  showMessages: 'Show the error messages and their links',
  loadingMessages: 'Loading the list of error messages…',
  otherPagesHeading: 'Other pages',
} satisfies Translation<typeof ja>;
