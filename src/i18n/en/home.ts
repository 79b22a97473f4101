import type { Translation } from '../types';
import type ja from '../ja/home';

export default {
  title: 'Set up ASAHI Net mail in your mail app',
  lead: 'Answer a few questions and get the settings for sending and receiving ASAHI Net mail, in the words your mail app uses.',
  readyHeading: 'What you need',
  ready: {
    id: 'Your ASAHI Net ID and its password',
    app: 'The mail app you are setting up, on your computer or phone',
    address: 'Your email address',
  },
  passwordNote: 'You type your password into your mail app only. This guide never asks for it.',
  start: 'Start now',
  appsLink: 'See what each mail app supports, and the steps for each',
  referenceLink: 'See all server names and ports',
  troubleHeading: 'Something not working?',
  troubleLinks: {
    'cant-send': 'I can’t send mail',
    'cant-receive': 'I can’t receive mail',
    check: 'Check my current settings',
    error: 'Find the cause from an error message',
  },
  pickerLead: 'ASAHIネット メール設定ガイド / ASAHI Net mail settings guide',
} satisfies Translation<typeof ja>;
