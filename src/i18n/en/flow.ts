import type { Translation } from '../types';
import type ja from '../ja/flow';

export default {
  continue: 'Continue',
  back: 'Back',
  startAgain: 'Start again',
  yourAnswers: 'Your answers so far',
  change: 'Change',
  changeWhat: 'Change your answer to “{{what}}”',
  errorSummaryTitle: 'There is a problem',
  invalidAnswer: 'The link contained the answer “{{value}}”, which is not one of the choices for this question. Choose again.',
  redirecting: 'Taking you to the right page.',
  redirectLink: 'Go to the next question',
  noscriptReference: 'See the server settings table',
} satisfies Translation<typeof ja>;
