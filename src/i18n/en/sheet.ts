import type { Translation } from '../types';
import type ja from '../ja/sheet';

export default {
  identity: {
    heading: 'Show the settings with your ASAHI Net ID and address (optional)',
    intro:
      'Type your ASAHI Net ID and e-mail address to fill them into the settings and the steps on this page (and, on the result page, into “Copy all settings” and the files you download). You can set up your app without them.',
    privacy:
      'What you type is used only inside this page. It is not sent or saved anywhere, and it is gone when you close the page.',
    noPassword:
      'This page never asks for your password. Type your password only into your mail app, when the app asks for it.',
    clear: 'Clear the ASAHI Net ID and e-mail address you typed',
    id: {
      label: 'ASAHI Net ID',
      hint: 'For example {{example}}. Your ASAHI Net ID, not your e-mail address, in half-width lower-case characters.',
      changes: {
        'full-width': 'Full-width characters were changed to half-width.',
        hyphen: 'Characters that look like a hyphen were changed to a half-width hyphen (-).',
        'upper-case': 'Capital letters were changed to lower case.',
        spaces: 'Spaces were removed.',
      },
      issues: {
        'looks-like-address':
          'This is an e-mail address. The user name is your ASAHI Net ID, not your e-mail address. Check your ASAHI Net ID and type it here.',
        'looks-like-address-suggestion':
          'This is an e-mail address. The user name is your ASAHI Net ID, not your e-mail address. Is your ASAHI Net ID “{{suggestion}}”?',
        useSuggestion: 'Use “{{suggestion}}” as your ASAHI Net ID',
        'invalid-characters':
          'This contains characters an ASAHI Net ID cannot have. An ASAHI Net ID is made of half-width lower-case letters, digits and hyphens (-).',
      },
    },
    address: {
      label: 'E-mail address',
      hint: 'For example {{example}}',
      changes: {
        'full-width': 'Full-width characters were changed to half-width.',
        hyphen: 'Characters that look like a hyphen were changed to a half-width hyphen (-).',
        'upper-case': 'Capital letters after the “@” (the domain) were changed to lower case.',
        spaces: 'Spaces were removed.',
      },
      errors: {
        atson:
          '“your ASAHI Net ID@atson.net” cannot be used as an e-mail address. Type the address you use, such as your ASAHI Net Mail or My Mail Address.',
        'not-an-address':
          'This is not an e-mail address. Type the whole address, with the parts before and after the “@”, like {{example}}.',
      },
      kind: 'This is an address of the kind “{{kind}}”.',
      userNameReminder: 'Whatever the kind of address, the user name is your ASAHI Net ID.',
      kinds: {
        'asahinet-mail': 'ASAHI Net Mail',
        'my-email': 'My Mail Address',
        'own-domain': 'Own-domain address',
        'id-address': 'ID address',
      },
    },
  },
  exports: {
    heading: 'Download the settings as a file',
    intro:
      'You can also load these settings into your mail app, iPhone or Mac from a file. The file is made inside this page and does not contain your password.',
    thunderbird: {
      heading: 'Settings file for Thunderbird (for computer administrators and domain owners)',
      body: 'This file ({{fileName}}) holds these settings in Thunderbird’s automatic configuration (autoconfig) format, so that Thunderbird fills them in when an account is added. To set up one copy of Thunderbird, typing the values above is simpler.',
      button: 'Download the settings file for Thunderbird',
      needsId:
        'To make this file, type your ASAHI Net ID above. Your user name is your ASAHI Net ID, and it cannot be worked out from your e-mail address.',
      unsupported: {
        'pop-before-smtp':
          'Settings with POP before SMTP cannot be written to this file. Thunderbird supports SMTP AUTH: answer the questions again and choose Thunderbird as your mail app.',
      },
      providerName: 'ASAHI Net',
      howTo: 'Thunderbird has no screen for opening this file. Using it takes one of these:',
      local: {
        heading: 'If you administer the computer: put it in Thunderbird’s installation folder',
        steps: {
          '1': 'In the folder where Thunderbird is installed (on Windows usually “C:\\Program Files\\Mozilla Thunderbird”), create a folder named “isp”. This needs administrator rights on the computer.',
          '2': 'Rename the downloaded file to “{{localFileName}}” and put it in the “isp” folder.',
          '3': 'Add a mail account in Thunderbird, type your name, e-mail address and password, and select “Continue”: Thunderbird uses the settings from this file.',
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
        'If you download it without typing your ASAHI Net ID or e-mail address, you are asked for them while installing. For the user name, type your ASAHI Net ID.',
      unsupported: {
        apop: 'Settings with APOP cannot be written to a configuration profile, because profiles have no setting for APOP. Set up Mail by hand with the values above.',
        'pop-before-smtp':
          'Settings with POP before SMTP cannot be written to a configuration profile. Mail on iPhone, iPad and Mac supports SMTP AUTH: answer the questions again and choose Mail as your mail app.',
      },
      ios: {
        heading: 'Install on iPhone or iPad',
        steps: {
          '1': 'Open this page in Safari and select “Download the configuration profile”. When asked whether to allow downloading a configuration profile, select “Allow”.',
          '2': 'Open the Settings app and tap “Profile Downloaded” near the top.',
          '3': 'Tap “Install”. The profile shows as “Unverified” because it is not signed; you can still install a file made on this page.',
          '4': 'When asked for the password, type the password of your ASAHI Net ID.',
          '5': 'When the installation is finished, the account appears in the Mail app.',
        },
        expiry: 'A profile that is not installed within 8 minutes of downloading is deleted. If that happens, download it again.',
      },
      mac: {
        heading: 'Install on a Mac',
        steps: {
          '1': 'Double-click the downloaded file.',
          '2': 'From the Apple menu open System Settings, then General → Device Management (on macOS Ventura: Privacy & Security → Profiles).',
          '3': 'Double-click the downloaded profile and click “Install”. The profile shows as “Unverified” because it is not signed; you can still install a file made on this page.',
          '4': 'When asked for the password, type the password of your ASAHI Net ID. If asked for your Mac login password, type that.',
        },
      },
      profile: {
        displayName: 'ASAHI Net mail settings',
        description: 'Adds your ASAHI Net mail account (POP) to Mail. You type the password while installing.',
        accountDescription: 'ASAHI Net Mail',
      },
      remove: 'To remove the account, remove this profile on the same screen, not from Mail.',
    },
  },
  print: {
    button: 'Print these settings',
    heading: 'ASAHI Net mail settings sheet',
    printedOn: 'Printed on: {{date}}',
    pageUrl: 'Address of this page: {{url}}',
    code: 'Settings code: {{code}}',
    notEntered: '(write it here)',
    password: 'Do not write your password on this sheet.',
  },
} satisfies Translation<typeof ja>;
