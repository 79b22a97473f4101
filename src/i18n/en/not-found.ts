import type { Translation } from '../types';
import type ja from '../ja/not-found';

export default {
  title: 'Page not found',
  body: 'We could not find the page you asked for. Check that the address is right.',
  home: 'Go to the start of the mail settings guide',
} satisfies Translation<typeof ja>;
