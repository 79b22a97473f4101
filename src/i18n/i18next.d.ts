import 'i18next';
import type jaResources from './ja/resources';

// Keys are typed from the Japanese resources; src/i18n/parity.test.ts proves English has the same.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof jaResources;
  }
}
