import type { Translation } from '../types';
import type ja from '../ja/steps';

export default {
  registration: {
    title: 'Are your Extended Service settings (拡張サービス利用設定) registered?',
    hint: 'SMTP AUTH, which sending mail needs, works only for an ASAHI Net ID whose Extended Service settings are registered.',
    options: {
      yes: 'Yes, they are registered',
      no: 'No, they are not registered',
      unsure: 'I don’t know',
    },
    summary: 'Extended Service settings',
    required: 'Select whether they are registered',
  },
  network: {
    title: 'Which network do you use when you send mail?',
    hint: 'The sending ports you can use depend on the network. If you have au Hikari from ASAHI Net, choose “An au Hikari line”.',
    options: {
      asahi: 'ASAHI Net’s internet connection service (on a line other than au Hikari)',
      'au-hikari': 'An au Hikari line (including au Hikari from ASAHI Net)',
      other: 'Another provider, mobile data or public Wi-Fi',
      unsure: 'I don’t know, or I use several',
    },
    summary: 'Network you send mail from',
    required: 'Select the network you use',
  },
  'virus-check': {
    title: 'Do you subscribe to the “Omakase Virus Check” (おまかせウイルスチェック) option?',
    hint: 'Subscribers send through a different outgoing server.',
    options: {
      yes: 'Yes, I subscribe',
      no: 'No, I don’t',
      unsure: 'I don’t know',
    },
    summary: 'Omakase Virus Check',
    required: 'Select whether you subscribe',
  },
  antivirus: {
    title: 'Does your antivirus or firewall software check the mail you send?',
    hint: 'When it checks outgoing mail (the feature’s name differs between products), sending with SMTP AUTH may fail.',
    options: {
      yes: 'Yes, it checks outgoing mail',
      no: 'No, or I don’t use antivirus software',
      unsure: 'I don’t know',
    },
    summary: 'Outgoing-mail checking',
    required: 'Select whether your antivirus software checks outgoing mail',
  },
  client: {
    title: 'Which mail app will you use?',
    hint: 'According to Microsoft, the Windows Mail app stopped sending and receiving mail after 31 December 2024. Use another app instead.',
    options: {
      outlook: 'Outlook (classic Outlook for Windows)',
      'new-outlook': 'The new Outlook for Windows',
      thunderbird: 'Thunderbird',
      'apple-mail': 'Mail on a Mac',
      'ios-mail': 'Mail on iPhone or iPad',
      android: 'An Android mail app (such as the Gmail app)',
      becky: 'Becky! Internet Mail',
      other: 'Another app, or I don’t know',
    },
    summary: 'Mail app',
    required: 'Select the mail app you will use',
  },
  'client-ssl': {
    title: 'Can your mail app connect with SSL/TLS encryption?',
    hint: 'If the server settings have an option such as “SSL/TLS” or “Use SSL”, answer yes. If the only option is “STARTTLS”, answer no.',
    options: {
      yes: 'Yes',
      no: 'No',
      unsure: 'I don’t know',
    },
    summary: 'SSL/TLS',
    required: 'Select whether your app can connect with SSL/TLS',
  },
  'client-smtp-auth': {
    title: 'Can your mail app use SMTP AUTH for the outgoing server (signing in with a user name and password)?',
    hint: 'If the outgoing server settings have an option to sign in with a user name and password, answer yes.',
    options: {
      yes: 'Yes',
      no: 'No',
      unsure: 'I don’t know',
    },
    summary: 'SMTP AUTH',
    required: 'Select whether your app can use SMTP AUTH',
  },
  'client-apop': {
    title: 'Can you choose APOP as the incoming authentication?',
    hint: 'With APOP your password is sent encrypted when you receive mail. Some apps call it by another name, such as encrypted password authentication.',
    options: {
      yes: 'Yes',
      no: 'No',
      unsure: 'I don’t know',
    },
    summary: 'APOP',
    required: 'Select whether your app offers APOP',
  },
} satisfies Translation<typeof ja>;
