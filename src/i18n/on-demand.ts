/**
 * Which pages use text that is not in the core bundle (src/i18n/i18n.ts loads it on demand).
 * The app loads it before it hydrates such a page, and the build names its chunk beside the
 * entry, so that the page's text is there when the app starts instead of one round trip later.
 */
export type OnDemandNamespace = 'troubleshoot' | 'errorLookup' | 'sheet' | 'reference' | 'support' | 'apps';

/** Each namespace's file in src/i18n/<lang>/, for the build that names its chunk. */
export const NAMESPACE_FILE: Record<OnDemandNamespace, string> = {
  troubleshoot: 'troubleshoot',
  errorLookup: 'error-lookup',
  sheet: 'sheet',
  reference: 'reference',
  support: 'support',
  apps: 'apps/base',
};

/** `section` is the first path segment after the language. */
export function onDemandNamespaces(section: string): OnDemandNamespace[] {
  switch (section) {
    case 'troubleshoot':
    case 'cant-send':
    case 'cant-receive':
    case 'check':
      return ['troubleshoot'];
    case 'support':
      return ['troubleshoot', 'support'];
    case 'error':
      // The causes of a message found are the troubleshooting results' cards: their text is in
      // the page's HTML (src/i18n/causes-text.ts, named by the route's handle).
      return ['errorLookup'];
    case 'reference':
      return ['reference'];
    case 'apps':
      return ['apps'];
    case 'setup':
      // Only the result shows this text (the personal sheet, the notices, why these settings),
      // but every question loads it too, so that the result never waits for it (nor finds it
      // missing when the network has gone).
      // The result's links to troubleshooting come after its settings, which do not wait for
      // them (src/routes/setup/result.tsx): their text comes after the app starts.
      return ['sheet'];
    default:
      return [];
  }
}

