/**
 * What a customer sees when a page cannot be shown (see src/app/load-failure.ts for which
 * case is which). Uses only the `errors` text, which is in the entry chunk, so it can be
 * shown when nothing else can be downloaded. Never shows the error itself: that goes to the
 * console only.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { paths, type Lang } from '../app/paths';
import type { LoadFailureKind } from '../app/load-failure';

export type ErrorPageKind = LoadFailureKind | 'checking';

interface ErrorPageProps {
  readonly kind: ErrorPageKind;
  readonly lang: Lang;
  /** Shows the same page again, where the customer was. */
  readonly onRetry: () => void;
  /** Back to the page before, when there is one in this tab. */
  readonly onBack?: (() => void) | undefined;
  /** The settings code of the customer's result, when one was shown. */
  readonly code?: string | undefined;
  /** A link inside the guide: the router's Link in the app, a plain link without it. */
  readonly renderLink: (to: string, text: string) => ReactNode;
  /** `h2` when the page's own heading stays on screen above it. */
  readonly headingLevel?: 'h1' | 'h2';
}

const BUTTON =
  'rounded bg-sky-800 px-5 py-2 text-lg font-bold text-white hover:bg-sky-900 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-amber-500';
const SECONDARY =
  'rounded border-2 border-sky-800 px-5 py-2 text-lg font-semibold text-sky-900 hover:bg-sky-50 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-amber-500';

export function ErrorPage({ kind, lang, onRetry, onBack, code, renderLink, headingLevel: Heading = 'h1' }: ErrorPageProps) {
  const { t } = useTranslation('errors');
  const heading = useRef<HTMLHeadingElement>(null);
  // The heading arrives after the check of the network, later than the navigation's own focus move.
  useEffect(() => {
    if (kind === 'offline' || kind === 'failed') heading.current?.focus();
  }, [kind]);
  // The tab's title says what the page says, not the title of the page that could not be shown.
  const tabTitle = kind === 'offline' ? t('offline.title') : kind === 'failed' ? t('failed.title') : null;
  useEffect(() => {
    if (tabTitle) document.title = `${tabTitle} – ${t('titleSuffix')}`;
  }, [tabTitle, t]);

  if (kind === 'checking' || kind === 'reloading') {
    return (
      <p role="status" className="text-lg">
        {t(kind)}
      </p>
    );
  }
  const title = kind === 'offline' ? t('offline.title') : t('failed.title');
  return (
    <section lang={lang} aria-labelledby="error-heading">
      <Heading id="error-heading" ref={heading} tabIndex={-1} className="text-2xl font-bold leading-snug text-slate-950 focus:outline-none sm:text-3xl">
        {title}
      </Heading>
      {kind === 'offline' ? (
        <>
          <p className="mt-4 text-lg">{t('offline.body')}</p>
          <p className="mt-2">{t('offline.kept')}</p>
          <div className="mt-6 flex flex-wrap gap-3">
            <button type="button" className={BUTTON} onClick={onRetry}>
              {t('offline.retry')}
            </button>
            {onBack && (
              <button type="button" className={SECONDARY} onClick={onBack}>
                {t('offline.back')}
              </button>
            )}
          </div>
        </>
      ) : (
        <>
          <p className="mt-4 text-lg">{t('failed.body')}</p>
          <ul className="mt-4 list-disc space-y-3 ps-6 text-lg">
            <li>
              <button type="button" className="text-start text-sky-800 underline underline-offset-4" onClick={onRetry}>
                {t('failed.retry')}
              </button>
            </li>
            <li>{renderLink(paths.home(lang), t('failed.startAgain'))}</li>
            <li>{renderLink(paths.reference(lang), t('failed.reference'))}</li>
          </ul>
          {code && <p className="mt-6">{t('failed.code', { code })}</p>}
        </>
      )}
    </section>
  );
}
