import type { Translation } from '../types';
import type ja from '../ja/exports';
import type { IosEn, MacEn } from '../../walkthrough/apple-strings';

/** Apple's words on the iPhone's and the Mac's screens, quoted: only a recorded one type-checks. */
const qi = (label: IosEn) => `“${label}”`;
const qm = (label: MacEn) => `“${label}”`;

export default {
  heading: 'Download the settings as a file',
  intro:
    'You can also load these settings into your mail app, iPhone or Mac from a file. The file is made inside this page and does not contain your password.',
  thunderbird: {
    heading: 'Settings file for Thunderbird (for computer administrators and domain owners)',
    body: 'This file ({{fileName}}) holds these settings in Thunderbird’s automatic configuration (autoconfig) format, so that Thunderbird fills them in when an account is added. To set up one copy of Thunderbird, typing the values above is simpler.',
    button: 'Download the settings file for Thunderbird',
    needsId:
      'To make this file, type your ASAHI Net ID above. Your user name is your ASAHI Net ID, and it cannot be worked out from your email address.',
    unsupported: {
      'pop-before-smtp':
        'Settings with POP before SMTP cannot be written to this file. Thunderbird supports SMTP AUTH: answer the questions again and choose Thunderbird as your mail app.',
    },
    providerName: 'ASAHI Net',
    howTo: 'Thunderbird has no screen for opening this file. To use it, do one of the following:',
    local: {
      heading: 'If you administer the computer: put it in Thunderbird’s installation folder',
      steps: {
        '1': 'In the folder where Thunderbird is installed (on Windows usually “C:\\Program Files\\Mozilla Thunderbird”), create a folder named “isp”. This needs administrator rights on the computer.',
        '2': 'Rename the downloaded file to “{{localFileName}}” and put it in the “isp” folder.',
        '3': 'Add a mail account in Thunderbird, type your name, email address and password, and select “Continue”: Thunderbird uses the settings from this file.',
      },
    },
    domain: {
      heading: 'If you manage your own domain: publish it on the domain',
      body: 'Publish this file at “https://autoconfig.{{domain}}/mail/config-v1.1.xml”: Thunderbird reads it when an address on that domain is added.',
      warning: 'The file contains your ASAHI Net ID. Make sure you are happy to publish it before you do.',
    },
  },
  apple: {
    heading: 'Configuration profile for iPhone, iPad and Mac',
    body: 'A file ({{fileName}}) that adds an account with these settings to Mail on iPhone, iPad or Mac.',
    button: 'Download the configuration profile',
    withoutIdentity:
      'If you download it without typing your ASAHI Net ID or email address, you are asked for them while installing. For the user name, type your ASAHI Net ID.',
    unsupported: {
      apop: 'Settings with APOP cannot be written to a configuration profile, because profiles have no setting for APOP. Set up Mail by hand with the values above.',
      'pop-before-smtp':
        'Settings with POP before SMTP cannot be written to a configuration profile. Mail on iPhone, iPad and Mac supports SMTP AUTH: answer the questions again and choose Mail as your mail app.',
    },
    ios: {
      heading: 'Install on iPhone or iPad',
      steps: {
        '1': 'Open this page in Safari and select “Download the configuration profile”. When asked whether to allow downloading a configuration profile, select the button that allows it.',
        '2': `Open the ${qi('Settings')} app and tap the entry near the top that says a profile was downloaded.`,
        '3': `Tap ${qi('Install')}. The profile shows as ${qi('Not Verified')} because it is not signed; you can still install a file made on this page.`,
        '4': 'When asked for the password, type your ASAHI Net ID’s password.',
        '5': `When the installation is finished, tap ${qi('Done')}. The account appears in the ${qi('Mail')} app.`,
      },
      expiry: 'Install the profile straight after downloading it. If “Profile Downloaded” is no longer shown in Settings, download the profile again.',
    },
    mac: {
      heading: 'Install on a Mac',
      steps: {
        '1': 'Double-click the downloaded file.',
        '2': `From the Apple menu open System Settings and open the list of profiles (on macOS 13 Ventura under Privacy & Security; on later versions under General, in Device Management). On macOS 12 and earlier it is ${qm('Profiles')} in System Preferences.`,
        '3': `Double-click the downloaded profile and click ${qm('Install…')}. The profile shows as ${qm('Unverified')} because it is not signed; you can still install a file made on this page.`,
        '4': 'When asked for the password, type your ASAHI Net ID’s password. If asked for your Mac login password, type that.',
      },
    },
    profile: {
      displayName: 'ASAHI Net mail settings',
      description: 'Adds your ASAHI Net mail account (POP) to Mail. You type the password while installing.',
      accountDescription: 'ASAHI Net Mail',
    },
    remove: 'To remove the account, remove this profile on the same screen, not from Mail.',
  },
} satisfies Translation<typeof ja>;
