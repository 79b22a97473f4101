/**
 * The frame of every page in a language: skip link, header with the language switch,
 * main content, footer. After each in-app navigation focus moves to the page's heading
 * (or to an error summary), so that screen-reader users hear the new page.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { otherLang, paths, switchLanguage, type Lang } from '../app/paths';
import { Announcer } from './announcer';
import { useAfterHydration } from './use-hydrated';

function useFocusOnNavigation() {
  const location = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // A control that only records its choice in the URL (a guide's version picker) keeps focus.
    if ((location.state as { keepFocus?: boolean } | null)?.keepFocus) return;
    // A link to a part of a page (an app guide's #check) lands on that part (the page says where).
    if (location.hash) return;
    const target = document.querySelector<HTMLElement>('[data-focus-on-load]') ?? document.querySelector<HTMLElement>('main h1');
    target?.focus();
  }, [location.pathname, location.search, location.hash, location.state]);
}

export function Layout({ lang, children }: { lang: Lang; children: ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  // The prerendered link has no query; it gets the URL's once the page has hydrated.
  const search = useAfterHydration(location.search, '');
  useFocusOnNavigation();
  useEffect(() => {
    // Tells browser tests (and nothing else) that the page is interactive.
    document.documentElement.dataset.ready = 'true';
  }, []);
  const other = otherLang(lang);
  return (
    <Announcer>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-10 focus:bg-amber-300 focus:p-3 focus:text-slate-950"
      >
        {t('skipToContent')}
      </a>
      <header className="border-b-4 border-sky-800 bg-sky-900 text-white print:hidden">
        <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <Link to={paths.home(lang)} className="text-lg font-bold text-white underline-offset-4 hover:underline focus-visible:outline-4 focus-visible:outline-amber-400">
            {t('appName')}
          </Link>
          {/* A full page load: each page carries only its own language's text. */}
          <Link
            reloadDocument
            to={switchLanguage(location.pathname, search, other)}
            lang={other}
            hrefLang={other}
            aria-label={t('languageSwitchLabel')}
            className="rounded px-2 py-1 text-white underline underline-offset-4 focus-visible:outline-4 focus-visible:outline-amber-400"
          >
            {t('languageSwitch')}
          </Link>
        </div>
        <nav aria-label={t('nav.label')} className="mx-auto max-w-3xl px-4 pb-2">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            <li>
              <Link className="text-white underline underline-offset-4" to={paths.setup(lang, 'registration')}>
                {t('nav.setup')}
              </Link>
            </li>
            <li>
              <Link className="text-white underline underline-offset-4" to={paths.troubleshoot(lang)}>
                {t('nav.troubleshoot')}
              </Link>
            </li>
            <li>
              <Link className="text-white underline underline-offset-4" to={paths.reference(lang)}>
                {t('nav.reference')}
              </Link>
            </li>
            <li>
              <Link className="text-white underline underline-offset-4" to={paths.support(lang)}>
                {t('nav.support')}
              </Link>
            </li>
          </ul>
        </nav>
      </header>
      {/* At least a screen tall, so that the footer starts below the first screen: what a page
          adds below its HTML once it has read the URL's answers (the answers so far, a result's
          settings) moves nothing the customer already sees. */}
      <main id="main" tabIndex={-1} className="mx-auto min-h-svh max-w-3xl px-4 py-6 focus:outline-none print:min-h-0 print:max-w-none print:p-0">
        {children}
      </main>
      <footer className="mx-auto max-w-3xl border-t border-slate-300 px-4 py-6 text-sm text-slate-700 print:hidden">
        <p>{t('footer.source')}</p>
        <p className="mt-2">{t('footer.privacy')}</p>
      </footer>
    </Announcer>
  );
}
