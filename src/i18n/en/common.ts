import type { Translation } from '../types';
import type ja from '../ja/common';

export default {
  appName: 'ASAHI Net mail settings guide',
  skipToContent: 'Skip to main content',
  languageSwitch: '日本語',
  languageSwitchLabel: 'このページの日本語版',
  nav: {
    label: 'Pages of this guide',
    home: 'Start',
    setup: 'Set up mail',
    reference: 'Server settings',
    troubleshoot: 'Fix a problem',
    support: 'For support staff',
  },
  copy: {
    short: 'Copy',
    button: 'Copy {{what}}',
    copied: 'Copied {{what}}',
    failed: 'Could not copy. The value is now selected: press Ctrl+C (⌘+C on a Mac) to copy it.',
  },
  footer: {
    source: 'This guide is based on ASAHI Net’s page “各種メールソフトの設定 設定の前に” (mail app settings: before you start).',
    privacy: 'This guide does not send or store the ASAHI Net ID or email address you type, and never asks for your password.',
  },
  errorPrefix: 'Error: ',
  titleSuffix: 'ASAHI Net mail settings guide',
  noscript: 'Answering the questions on this page needs JavaScript. Without it, see the server settings table.',
} satisfies Translation<typeof ja>;
