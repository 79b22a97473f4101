/**
 * The error page when the app itself cannot start (its text could not be downloaded): no
 * router, so plain links, and "Try again" loads the page again.
 */
import { withBase } from '../app/basename';
import type { Lang } from '../app/paths';
import { shownCode } from '../app/shown-code';
import { ErrorPage, type ErrorPageKind } from './error-page';

export function BootError({ kind, lang, asNotice }: { kind: ErrorPageKind; lang: Lang; asNotice: boolean }) {
  const page = (
    <ErrorPage
      kind={kind}
      lang={lang}
      onRetry={() => window.location.reload()}
      code={shownCode()}
      headingLevel={asNotice ? 'h2' : 'h1'}
      renderLink={(to, text) => (
        <a className="text-sky-800 underline underline-offset-4" href={withBase(to)}>
          {text}
        </a>
      )}
    />
  );
  if (asNotice) return <div className="mb-6 border-s-8 border-amber-600 bg-amber-50 p-4">{page}</div>;
  return <main className="mx-auto max-w-3xl px-4 py-6">{page}</main>;
}
