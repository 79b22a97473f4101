import type { Translation } from '../types';
import type ja from '../ja/errors';

export default {
  titleSuffix: 'ASAHI Net mail settings guide',
  checking: 'Loading…',
  reloading: 'This guide has been updated. Loading the new version of the page…',
  offline: {
    title: 'The network connection was lost',
    body: 'The files for this page could not be downloaded. Check that your computer or phone is connected to a network, then try again.',
    kept: 'Your answers and anything you typed are still here.',
    retry: 'Try again',
    back: 'Back to the previous page',
  },
  failed: {
    title: 'Something went wrong',
    body: 'This page could not be shown. Try one of these:',
    retry: 'Show this page again',
    startAgain: 'Start again',
    reference: 'See the server settings',
    code: 'If you contact support, tell them your settings code: {{code}}.',
  },
} satisfies Translation<typeof ja>;
