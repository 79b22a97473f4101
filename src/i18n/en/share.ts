import type { Translation } from '../types';
import type ja from '../ja/share';

export default {
  heading: 'Open on your phone',
  showCode: 'Show the QR code',
  opensResult: 'Scan this QR code with your phone’s camera to open this page there, with the same answers.',
  opensGuide: 'Scan this QR code with your phone’s camera to open this page there.',
  profile: 'If you open this page on your iPhone or iPad, you can download the configuration profile below and install it right there.',
  nothingPersonalResult: 'The QR code and the link hold only your answers to the questions. They never hold your ASAHI Net ID, email address or password, even if you have typed them on this page.',
  nothingPersonalGuide: 'The QR code and the link never hold your ASAHI Net ID, email address or password.',
  link: 'If the code cannot be scanned, open this link:',
  share: 'Share this page',
  shareFailed: 'Could not share. Use “Copy link to this page” instead.',
  copyWhat: 'link to this page',
  print: 'Scan this QR code to open this page.',
} satisfies Translation<typeof ja>;
