import { createInstance, type BackendModule, type ResourceKey, type i18n } from 'i18next';
import type { Lang } from '../app/paths';
import type jaResources from './ja/resources';
import type { OnDemandNamespace } from './on-demand';

export type Resources = typeof jaResources;

/**
 * Namespaces that only a few pages use (the troubleshooting flows, the support page). The
 * browser fetches one, in the page's language only, when a page first asks for it;
 * react-i18next suspends that page until it has arrived, and since the router renders pages
 * as transitions, the page shown before stays until then.
 */
const ON_DEMAND: Record<OnDemandNamespace, Record<Lang, () => Promise<{ default: ResourceKey }>>> = {
  troubleshoot: { ja: () => import('./ja/troubleshoot'), en: () => import('./en/troubleshoot') },
};

/** The text every page loads with the app: all but the namespaces above. */
export type CoreResources = Omit<Resources, 'troubleshoot'>;

/**
 * Loads one language's core text, and the namespaces a page needs at once (src/i18n/on-demand.ts);
 * each language is its own chunk, so a page downloads only its own.
 */
export async function loadResources(lang: Lang, namespaces: readonly OnDemandNamespace[] = []): Promise<CoreResources> {
  // One `await import()` per language: Vite names the chunks to preload per import() call.
  const core = async () => (lang === 'ja' ? (await import('./ja/core')).default : (await import('./en/core')).default) as CoreResources;
  const [resources, ...extra] = await Promise.all([core(), ...namespaces.map(async (ns) => [ns, (await ON_DEMAND[ns][lang]()).default] as const)]);
  return { ...resources, ...Object.fromEntries(extra) };
}

const onDemand: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    const load = (ON_DEMAND as Partial<Record<string, Record<Lang, () => Promise<{ default: ResourceKey }>>>>)[namespace]?.[language as Lang];
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
