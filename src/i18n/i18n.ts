import { createInstance, type i18n } from 'i18next';
import type { Lang } from '../app/paths';
import type jaResources from './ja/resources';

export type Resources = typeof jaResources;

/** Loads one language's text; each language is its own chunk, so a page downloads only its own. */
export async function loadResources(lang: Lang): Promise<Resources> {
  const module = lang === 'ja' ? await import('./ja/resources') : await import('./en/resources');
  return module.default as Resources;
}

/** One instance per language and page load; the URL is the only source of the language. */
export function createI18n(lang: Lang, resources: Resources): i18n {
  const instance = createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: false,
    resources: { [lang]: resources },
    ns: Object.keys(resources),
    defaultNS: 'common',
    // React escapes output; i18next must not escape a second time.
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}
