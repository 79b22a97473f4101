/**
 * Every route's error element: no failure reaches React Router's own error screen. A page
 * whose code cannot be downloaded is reloaded once when the site is reachable (a new build
 * was published) or explained when the network is gone; anything else gets a calm page with
 * the ways back. The error itself goes to the console only. "Show this page again" after a
 * download that failed with the site reachable loads the page afresh.
 */
import { use, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useRouteError } from 'react-router';
import { classify, isLoadFailure } from '../app/load-failure';
import type { Lang } from '../app/paths';
import { RetryContext } from '../app/retry';
import { shownCode } from '../app/shown-code';
import { ErrorPage, type ErrorPageKind } from '../components/error-page';
import { Layout } from '../components/layout';

export function RouteError() {
  const error = useRouteError();
  const { i18n } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const retry = use(RetryContext);
  const [kind, setKind] = useState<ErrorPageKind>('checking');
  useEffect(() => {
    console.error(error);
    let current = true;
    void classify(error).then((next) => {
      if (current) setKind(next);
    });
    return () => {
      current = false;
    };
  }, [error]);
  return (
    <ErrorPage
      kind={kind}
      lang={i18n.language as Lang}
      // A download that failed with the site reachable is shown again by loading the page
      // afresh: a browser that keeps a module's failed download for the page's life (Chromium
      // 150 does) would fail a fresh router's import at once. Otherwise a fresh router, which
      // keeps what the customer typed.
      onRetry={kind === 'failed' && isLoadFailure(error) ? () => window.location.reload() : retry}
      // The first page of this tab has no page before it in the guide.
      onBack={location.key === 'default' ? undefined : () => void navigate(-1)}
      code={shownCode()}
      renderLink={(to, text) => (
        <Link className="text-sky-800 underline underline-offset-4" to={to}>
          {text}
        </Link>
      )}
    />
  );
}

/** For the routes outside a language's layout (and the layout itself): the error inside the page frame. */
export function FramedRouteError() {
  const { i18n } = useTranslation();
  return (
    <Layout lang={i18n.language as Lang}>
      <RouteError />
    </Layout>
  );
}
