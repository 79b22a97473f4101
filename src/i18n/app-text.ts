/**
 * One app's walkthrough text, loaded for that app only and added to the `apps` namespace under
 * the app's id, so that a page with Thunderbird's steps does not download Outlook's. The
 * prerender has every app's text bundled (src/i18n/<lang>/apps/index.ts).
 */
import { use } from 'react';
import type { ResourceKey, i18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PresetClientId } from '../flow/clients';
import type { Lang } from '../app/paths';

type Load = () => Promise<{ default: ResourceKey }>;

// One import() per file and language, so that the build names each chunk (build/first-paint.ts).
const TEXT: Record<Lang, Record<PresetClientId, Load>> = {
  ja: {
    outlook: () => import('./ja/apps/outlook'),
    'new-outlook': () => import('./ja/apps/new-outlook'),
    thunderbird: () => import('./ja/apps/thunderbird'),
    'apple-mail': () => import('./ja/apps/apple-mail'),
    'ios-mail': () => import('./ja/apps/ios-mail'),
    android: () => import('./ja/apps/android'),
    becky: () => import('./ja/apps/becky'),
  },
  en: {
    outlook: () => import('./en/apps/outlook'),
    'new-outlook': () => import('./en/apps/new-outlook'),
    thunderbird: () => import('./en/apps/thunderbird'),
    'apple-mail': () => import('./en/apps/apple-mail'),
    'ios-mail': () => import('./en/apps/ios-mail'),
    android: () => import('./en/apps/android'),
    becky: () => import('./en/apps/becky'),
  },
};

export async function loadAppText(lang: Lang, app: PresetClientId): Promise<ResourceKey> {
  return (await TEXT[lang][app]()).default;
}

/** The app whose guide a page is (`/<lang>/apps/<app>/`): its own text loads with the page. */
export function appOfPage(section: string, page: string | undefined): PresetClientId | undefined {
  return section === 'apps' && page !== undefined && Object.hasOwn(TEXT.ja, page) ? (page as PresetClientId) : undefined;
}

const pending = new Map<string, Promise<void>>();

/** Adds `app`'s text to the `apps` namespace of `i18n` (once; at once when it is already there). */
export function addAppText(i18n: i18n, app: PresetClientId): Promise<void> {
  const lang = i18n.language as Lang;
  if (i18n.getResource(lang, 'apps', app) !== undefined) return Promise.resolve();
  const key = `${lang}/${app}`;
  let loading = pending.get(key);
  if (!loading) {
    loading = loadAppText(lang, app).then((text) => {
      i18n.addResourceBundle(lang, 'apps', { [app]: text }, true, true);
    });
    // A failed download may be tried again later (an error page's "try again").
    loading.catch(() => pending.delete(key));
    pending.set(key, loading);
  }
  return loading;
}

/**
 * Suspends until `app`'s text is there. Pages that can load it first do (the result, and an app
 * guide opened as a link); this covers an app guide reached inside the app.
 */
export function useAppText(app: PresetClientId): void {
  const { i18n } = useTranslation('apps');
  if (i18n.getResource(i18n.language, 'apps', app) !== undefined) return;
  use(addAppText(i18n, app));
}
