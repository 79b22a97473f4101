/**
 * `/`: sends the visitor to their browser's language. An inline script in the prerendered
 * head does it before anything loads (see prerender.tsx); this page is what visitors
 * without JavaScript see, with a link to each language.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LANGS, paths } from '../app/paths';
import { preferredLang } from '../app/preferred-lang';
import { usePageMeta } from '../components/page-meta';

const NAMES = { ja: '日本語', en: 'English' } as const;

export function Component() {
  const { t } = useTranslation('home');
  const navigate = useNavigate();
  usePageMeta({ title: t('pickerLead') });
  useEffect(() => {
    void navigate(paths.home(preferredLang(navigator.languages)), { replace: true });
  }, [navigate]);
  return (
    <main className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-2xl font-bold">{t('pickerLead')}</h1>
      <ul className="mt-6 space-y-3 text-xl">
        {LANGS.map((lang) => (
          <li key={lang}>
            <a lang={lang} hrefLang={lang} href={`${lang}/`} className="text-sky-800 underline underline-offset-4">
              {NAMES[lang]}
            </a>
          </li>
        ))}
      </ul>
    </main>
  );
}
