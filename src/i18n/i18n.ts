import { createInstance, type BackendModule, type ResourceKey, type i18n } from 'i18next';
import type { Lang } from '../app/paths';
import { ERRORS_TEXT_ID, type ErrorsText } from './errors-text';
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
  errorLookup: { ja: () => import('./ja/error-lookup'), en: () => import('./en/error-lookup') },
  sheet: { ja: () => import('./ja/sheet'), en: () => import('./en/sheet') },
  reference: { ja: () => import('./ja/reference'), en: () => import('./en/reference') },
  support: { ja: () => import('./ja/support'), en: () => import('./en/support') },
  apps: { ja: () => import('./ja/apps/base'), en: () => import('./en/apps/base') },
};

/**
 * Text that comes with the code of a part loaded after the page is interactive, by that code
 * itself, so that no page's entry carries its loader: "Open on your phone" (src/components/share/)
 * and the result's downloads (src/routes/setup/exports-section.tsx).
 */
export type WithItsCodeNamespace = 'share' | 'exports';

/**
 * Adds such a namespace's text to `instance` in its language, unless it is there (the prerender
 * has it bundled): `text` is that code's own import() per language, so that a page downloads
 * only its own language.
 */
export async function addTextOf(instance: i18n, namespace: WithItsCodeNamespace, text: Record<Lang, () => Promise<{ default: ResourceKey }>>): Promise<void> {
  const lang = instance.language as Lang;
  if (!instance.hasResourceBundle(lang, namespace)) instance.addResourceBundle(lang, namespace, (await text[lang]()).default);
}

/** The text every page loads with the app: all but the namespaces above and the error pages' text. */
export type CoreResources = Omit<Resources, OnDemandNamespace | WithItsCodeNamespace | 'errors'>;

/**
 * The error pages' text: an error page must be shown in the page's language even when no
 * chunk can be downloaded, so every page carries it in its HTML (src/prerender.tsx writes it,
 * see errors-text.ts) instead of every page's entry carrying both languages.
 */
function errorsText(lang: Lang): Resources['errors'] | undefined {
  const block = typeof document === 'undefined' ? null : document.getElementById(ERRORS_TEXT_ID);
  if (!block?.textContent) return undefined;
  try {
    const text = JSON.parse(block.textContent) as ErrorsText;
    return text[lang] ?? Object.values(text)[0];
  } catch {
    return undefined;
  }
}

/**
 * Loads one language's core text, and the namespaces a page needs at once (src/i18n/on-demand.ts);
 * each language is its own chunk, so a page downloads only its own.
 */
/** `page`: the path segment after the section; on an app's guide page, the app (its text comes too). */
export async function loadResources(lang: Lang, namespaces: readonly OnDemandNamespace[] = [], section = '', page?: string): Promise<CoreResources> {
  // One `await import()` per language: Vite names the chunks to preload per import() call.
  const core = async () => (lang === 'ja' ? (await import('./ja/core')).default : (await import('./en/core')).default) as CoreResources;
  const [resources, appText, ...extra] = await Promise.all([
    core(),
    // Only app guide pages have one: the loader is their chunk's, not the entry's.
    section === 'apps' && page ? import('./app-text').then((m) => ({ app: m.appOfPage(section, page), load: m.loadAppText })) : undefined,
    ...namespaces.map(async (ns) => [ns, (await ON_DEMAND[ns][lang]()).default] as const),
  ]);
  const loaded: Record<string, unknown> = Object.fromEntries(extra);
  // An app guide's own text goes into the `apps` namespace under the app, so that the page
  // hydrates without waiting (src/i18n/app-text.ts).
  if (appText?.app && loaded.apps) loaded.apps = { ...(loaded.apps as object), [appText.app]: await appText.load(lang, appText.app) };
  return { ...resources, ...loaded };
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

/** The instance the browser's app uses, for routes that fetch their text with their code. */
let appI18n: i18n | undefined;

/** One instance per language and page load; the URL is the only source of the language. */
export function createI18n(lang: Lang, resources: Partial<CoreResources> | Resources): i18n {
  const instance = createInstance().use(onDemand);
  const errors = 'errors' in resources ? resources.errors : errorsText(lang);
  const bundled = errors ? { ...resources, errors } : resources;
  void instance.init({
    lng: lang,
    fallbackLng: false,
    resources: { [lang]: bundled },
    // Namespaces missing from `resources` come from the on-demand loader.
    partialBundledLanguages: true,
    ns: Object.keys(bundled),
    defaultNS: 'common',
    // React escapes output; i18next must not escape a second time.
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}

/** Makes `instance` the one whose on-demand text routes fetch with their code (the browser's app). */
export function setAppI18n(instance: i18n): void {
  appI18n = instance;
}

/** That instance, if there is one (none at build time). */
export const getAppI18n = (): i18n | undefined => appI18n;

/**
 * On-demand namespaces the app's instance holds only part of: on the error lookup, the
 * troubleshooting namespace is the causes' cards' text its HTML carries (src/i18n/causes-text.ts)
 * until a page that needs the rest downloads it.
 */
export const PARTIAL_TEXT = new Set<OnDemandNamespace>();

/**
 * A lazy route's loader that also fetches an on-demand namespace in the page's language,
 * as part of the same navigation: if either cannot be downloaded, the navigation fails and
 * the route's error page says so, instead of a page of untranslated keys. (i18next would
 * not retry a namespace once it failed; a plain import is retried by the browser.)
 * At build time (no app instance) every namespace is already bundled.
 */
export function withText<T>(load: () => Promise<T>, ...namespaces: readonly OnDemandNamespace[]): () => Promise<T> {
  return async () => {
    const instance = appI18n;
    if (!instance) return load();
    const lang = instance.language as Lang;
    const [module] = await Promise.all([
      load(),
      ...namespaces.map((namespace) =>
        instance.hasResourceBundle(lang, namespace) && !PARTIAL_TEXT.has(namespace)
          ? undefined
          : ON_DEMAND[namespace][lang]().then((text) => {
              // In place of the part the HTML carried, if any.
              PARTIAL_TEXT.delete(namespace);
              instance.addResourceBundle(lang, namespace, text.default);
            }),
      ),
    ]);
    return module;
  };
}
