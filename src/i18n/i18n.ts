import { createInstance, type BackendModule, type ResourceKey, type i18n } from 'i18next';
import type { Lang } from '../app/paths';
import type jaResources from './ja/resources';

export type Resources = typeof jaResources;

/**
 * Namespaces that only a few pages use (the troubleshooting flows, the support page). The
 * browser fetches one, in the page's language only, when a page first asks for it;
 * react-i18next suspends that page until it has arrived, and since the router renders pages
 * as transitions, the page shown before stays until then.
 */
const ON_DEMAND: Record<string, Record<Lang, () => Promise<{ default: ResourceKey }>>> = {
  troubleshoot: { ja: () => import('./ja/troubleshoot'), en: () => import('./en/troubleshoot') },
  errorLookup: { ja: () => import('./ja/error-lookup'), en: () => import('./en/error-lookup') },
};

/** The text every page loads with the app: all but the namespaces above. */
export type CoreResources = Omit<Resources, 'troubleshoot' | 'errorLookup'>;

/** Loads one language's core text; each language is its own chunk, so a page downloads only its own. */
export async function loadResources(lang: Lang): Promise<CoreResources> {
  const module = lang === 'ja' ? await import('./ja/core') : await import('./en/core');
  return module.default as CoreResources;
}

const onDemand: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    const load = ON_DEMAND[namespace]?.[language as Lang];
    if (!load) {
      callback(new Error(`No text for ${language}/${namespace}`), false);
      return;
    }
    load().then(
      (module) => callback(null, module.default),
      (error: Error) => callback(error, false),
    );
  },
};

/** One instance per language and page load; the URL is the only source of the language. */
export function createI18n(lang: Lang, resources: CoreResources | Resources): i18n {
  const instance = createInstance().use(onDemand);
  void instance.init({
    lng: lang,
    fallbackLng: false,
    resources: { [lang]: resources },
    // Namespaces missing from `resources` come from the on-demand loader.
    partialBundledLanguages: true,
    ns: Object.keys(resources),
    defaultNS: 'common',
    // React escapes output; i18next must not escape a second time.
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}
