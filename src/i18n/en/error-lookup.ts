import type { Translation } from '../types';
import type ja from '../ja/error-lookup';

export default {
  title: 'Find the cause from an error message',
  intro: 'Enter the error message (or error code) your mail app shows to see the likely causes and how to fix them.',
  appLabel: 'Your mail app',
  apps: {
    unsure: 'I don’t know',
  },
  messageLabel: 'The message you see',
  messageHint:
    'Paste or type the message as it is. Part of it, or just an error code (for example 0x800CCC0E), is enough. What you enter stays on your computer or phone: it is never sent or saved.',
  messageRequired: 'Enter the message or the error code',
  submit: 'Find the cause',
  appGuideLink: 'How to check and change the settings in {{app}}',
  searching: 'Loading the list of messages…',
  searchFailed: {
    offline:
      'The list of messages could not be downloaded. Check that your computer or phone is connected to a network, then choose “Find the cause” again. What you entered is still here.',
    failed: 'The list of messages could not be downloaded. Reload this page, then try again.',
  },
  resultHeading: 'The message we found',
  matchedApp: 'A message from {{app}}',
  matchedCode: 'Error code {{code}}',
  about: {
    line: '{{what}} {{shownIn}}',
    kind: {
      own: 'This is the app’s own wording.',
      code: 'This is an error code that {{app}} shows.',
      vendor: 'This wording is from Microsoft’s help.',
      'vendor-translated': 'This wording is from Microsoft’s help in Japanese. The app itself may word it differently.',
      quoted: 'This wording is as quoted on a website other than Microsoft’s.',
    },
    shownIn: {
      'outlook-codes': 'It has the same meaning in every version from Outlook 2000 to Microsoft 365.',
      'outlook-2013-365': 'It is from Outlook 2013 to Microsoft 365.',
      'outlook-2013-365-and-2000-2003': 'It is from Outlook 2013 to Microsoft 365; Outlook 2000 to 2003 show the same text.',
      'outlook-express': 'It is from Outlook Express.',
      'outlook-express-and-outlook': 'It is from Outlook Express; the same text is reported for Outlook.',
      'outlook-2002-2003': 'It is from Outlook 2002 and 2003.',
      'outlook-2002-2003-likely': 'The website names Outlook Express, but messages in this form are from Outlook 2002 and 2003.',
      'outlook-2000-2003': 'It is from Outlook 2000 and 2003.',
      'outlook-2010-2019': 'It is from Outlook 2010 to 2019.',
      'outlook-imap': 'It is from Outlook, shown for an IMAP account.',
      'outlook-setup': 'It is from Outlook’s automatic account setup.',
      'thunderbird-recent': 'It is from Thunderbird 156; recent earlier versions show the same text.',
      'aosp-2019': 'It is from AOSP Email, the mail app in Android’s open-source code, as of 2019. The mail app on your phone may word it differently.',
      'thunderbird-android-24': 'It is from Thunderbird for Android 24.0.',
      'ios-15': 'It is from iOS 15.',
      'ios-15-6-1': 'It is from iOS 15.6.1.',
      'macos-12': 'It is from macOS 12.',
    },
  },
  groups: {
    send: 'If you see it when sending',
    receive: 'If you see it when receiving',
  },
  flowLink: {
    'cant-send': 'Answer a few questions to narrow down why sending fails',
    'cant-receive': 'Answer a few questions to narrow down why receiving fails',
  },
  otherCandidates: 'Other similar messages',
  otherCandidatesIntro: 'If the message you see is closer to one of these, choose it.',
  titleCandidatesIntro: '“{{title}}” is the title of several messages. The most likely one is shown above. If the message under the title is one of these, choose it.',
  alertTitle: 'The alert’s title: “{{title}}”',
  notFound: {
    heading: 'No matching message was found',
    body: 'What you entered does not match any message in this guide. Choose whether you cannot send or cannot receive, and answer a few questions to find the cause.',
  },
  noMessages: {
    heading: 'This guide has no messages for this app yet',
    body: 'This guide does not list any error messages from {{app}} yet. Choose whether you cannot send or cannot receive, and answer a few questions to find the cause.',
  },
  questions: {
    'cant-send': 'I can’t send mail',
    'cant-receive': 'I can’t receive mail',
  },
  supportHeading: 'Error messages',
  supportIntro: 'The error messages in this guide. Each link opens that message’s causes and how to fix them.',
} satisfies Translation<typeof ja>;
