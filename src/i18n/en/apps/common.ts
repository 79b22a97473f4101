/** The walkthroughs' own words in English (see the ja file). */
import type { Translation } from '../../types';
import type ja from '../../ja/apps/common';

export default {
  heading: 'Step by step in {{app}}',
  intro: 'What to enter where, in the order {{app}} shows its screens. The values are the same as in the settings above.',
  copyIn: '{{what}} ({{where}})',
  copyWhere: { add: 'adding, step {{n}}', check: 'checking, step {{n}}', test: 'test message' },
  copyWhereGroup: '{{where}}, {{group}}',
  versionLegend: 'Your version',
  parts: {
    add: { heading: 'Add the account', intro: 'How to add your ASAHI Net address to {{app}} as a new account.' },
    check: {
      heading: 'Check or fix an account you already have',
      intro: 'If you cannot send or receive mail, check that the account is set up as below. Change only what differs.',
    },
    test: { heading: 'Check that it works', intro: 'Send a test message to your own address and check that it arrives.' },
  },
  step: 'Step {{n}}',
  optional: '(your choice)',
  tick: { on: 'Ticked', off: 'Not ticked' },
  switch: { on: 'On', off: 'Off' },
  namePlaceholder: 'Your name (shown to the people you write to)',
  addressPlaceholder: 'Your own email address',
  passwordValue: 'Your ASAHI Net ID’s password (the same for receiving and sending)',
  testTo: 'To',
  figure: 'Figure: {{screen}} (a sketch; your app will look different)',
  figureNote: 'Each figure is a sketch drawn for this guide, so your app will look different. The marked fields are the ones to fill in or choose, with the values given in the step.',
  marked: 'Fill in',
  failed: {
    heading: 'If it does not arrive',
    intro: 'If you see an error when you send or receive, answer a few questions to find the cause. The settings from these steps are filled in as your answers.',
    send: 'I can’t send',
    receive: 'I can’t receive',
  },
} satisfies Translation<typeof ja>;
