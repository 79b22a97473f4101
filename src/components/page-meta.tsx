/**
 * Page titles and descriptions. While prerendering, pages write them into a collector that
 * the prerender step puts into <head>; in the browser the title is set on each navigation.
 */
import { createContext, use, useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export interface PageMeta {
  title: string;
  description?: string;
}

export const PageMetaContext = createContext<PageMeta | null>(null);

/** `title` is the page's own title; the guide's name is added, and "Error: " when `error`. */
export function usePageMeta({ title, description, error = false }: { title: string; description?: string; error?: boolean }): void {
  const { t } = useTranslation('common');
  const full = `${error ? t('errorPrefix') : ''}${title} – ${t('titleSuffix')}`;
  const collector = use(PageMetaContext);
  if (collector) Object.assign(collector, { title: full, description });
  useEffect(() => {
    document.title = full;
  }, [full]);
}
