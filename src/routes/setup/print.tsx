/**
 * What only the printed settings sheet shows: its heading, the date, the settings code and
 * the page's address (which holds answers only, never personal data) with its QR code, so that
 * the sheet leads back to the page, and lines to write on where the ID or address was not typed.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { pageUrl } from '../../app/basename';
import { paths } from '../../app/paths';
import { useLang } from '../../app/use-lang';
import { useShareSection } from '../../components/share/after-start';
import { usePrinting } from '../../components/use-printing';
import { RESULT } from '../../flow/engine';
import { recommend, type Outcome } from '../../flow/recommend';
import { toQuery } from '../../flow/resolve';
import { SETUP_FLOW, type Answers } from '../../flow/steps';

/** `url`: the page's canonical address; `qr`: its QR code, once that has been loaded (none if it failed). */
export function PrintHeader({ outcome, url, qr }: { outcome: Outcome; url: string; qr: ReactNode }) {
  const { t } = useTranslation('sheet');
  // The date (and the code beside it) is written when the page is printed: the browser's first
  // date in a language costs a slow phone tens of milliseconds, for a line no screen shows.
  const printing = usePrinting();
  if (typeof window === 'undefined') return null;
  return (
    <header className="hidden print:mb-3 print:flex print:items-start print:gap-4">
      <div className="min-w-0 flex-1">
        <p className="text-lg font-bold">{t('print.heading')}</p>
        {printing && <PrintedOn code={outcome.code} />}
        <p className="text-xs break-all">{t('print.pageUrl', { url })}</p>
        <p className="text-sm font-semibold">{t('print.password')}</p>
      </div>
      {qr}
    </header>
  );
}

/** Today's date and the settings code, written only while printing. */
function PrintedOn({ code }: { code: Outcome['code'] }) {
  const { t, i18n } = useTranslation('sheet');
  const date = new Date().toLocaleDateString(i18n.language === 'ja' ? 'ja-JP' : 'en-GB', { dateStyle: 'long' });
  return (
    <p className="text-sm">
      {t('print.printedOn', { date })} / {t('print.code', { code })}
    </p>
  );
}

/** The result's canonical address, for its code and the printed sheet: the answers only, never what is typed on the page (the URL contract). */
export function useResultUrl(answers: Answers): string {
  return pageUrl(paths.setup(useLang(), RESULT, toQuery(SETUP_FLOW, answers)));
}

/** The printed sheet's header for the result of these answers, above the page's heading (FlowRoute's `beforeHeading`). */
export function ResultPrintHeader({ answers }: { answers: Answers }) {
  const url = useResultUrl(answers);
  const share = useShareSection();
  return <PrintHeader outcome={recommend(answers)} url={url} qr={share && <share.PrintQr url={url} />} />;
}

/** A line to write on, in print only. */
export function PrintBlank() {
  const { t } = useTranslation('sheet');
  return <span className="hidden print:mt-2 print:block print:border-b print:border-slate-900 print:pb-4 print:text-xs print:text-slate-600">{t('print.notEntered')}</span>;
}

export function PrintButton() {
  const { t } = useTranslation('sheet');
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="min-h-11 rounded border-2 border-sky-800 bg-white px-3 py-1 text-base font-semibold text-sky-900 hover:bg-sky-50 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-amber-500 print:hidden"
    >
      {t('print.button')}
    </button>
  );
}
