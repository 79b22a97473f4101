/**
 * "Open on your phone": a QR code of the page's canonical address, what it opens, that it
 * holds nothing personal, the link written out (the code is not the only way) and Share /
 * Copy link. On a small screen, where the phone is what is already in hand, the code is folded
 * behind a button; from `md` up it is shown. Only CSS decides which, so nothing moves when
 * the app starts. Pages ask for it (withText) once they are interactive
 * (useAfterStart): lean-qr would not fit their JavaScript budget before then.
 */
import clsx from 'clsx';
import type { i18n } from 'i18next';
import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { addTextOf } from '../../i18n/i18n';
import { QrCode } from '../qr-code';
import { ShareButtons } from './share-buttons';

// One import() per language, so that a page downloads only its own.
const TEXT = { ja: () => import('../../i18n/ja/share'), en: () => import('../../i18n/en/share') } as const;

/** What the address opens: a result (with its answers), or an app's guide (at the version picked, if any). */
export type Opens = 'result' | 'guide';

export function OpenOnPhone({ url, opens, profile = false }: { url: string; opens: Opens; profile?: boolean }) {
  const { t } = useTranslation('share');
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const headingId = useId();
  const linkRef = useRef<HTMLElement>(null);

  return (
    <section aria-labelledby={headingId} className="print:hidden">
      <h2 id={headingId} className="text-xl font-bold">
        {t('heading')}
      </h2>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((was) => !was)}
        className="mt-3 min-h-11 rounded border-2 border-sky-800 bg-white px-3 py-1 text-base font-semibold text-sky-900 hover:bg-sky-50 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-amber-500 md:hidden"
      >
        <span aria-hidden="true" className="me-1 inline-block">
          {open ? '▾' : '▸'}
        </span>
        {t('showCode')}
      </button>
      <div id={panelId} className={clsx(open ? 'flex' : 'hidden md:flex', 'mt-3 flex-wrap items-start gap-4')}>
        <QrCode url={url} className="size-40 shrink-0 border border-slate-300" />
        <div className="min-w-0 flex-1 basis-64 space-y-2">
          <p>{t(opens === 'result' ? 'opensResult' : 'opensGuide')}</p>
          {profile && <p>{t('profile')}</p>}
          <p>{t(opens === 'result' ? 'nothingPersonalResult' : 'nothingPersonalGuide')}</p>
          <p>{t('link')}</p>
          <code ref={linkRef} className="block rounded bg-slate-100 px-2 py-1 text-sm break-all">
            {url}
          </code>
        </div>
      </div>
      {/* When the clipboard is refused, the link is shown (unfolded) and selected to copy by hand. */}
      <ShareButtons url={url} target={linkRef} onCopyFailed={() => flushSync(() => setOpen(true))} />
    </section>
  );
}

/** The printed sheet's code of the same address, beside the address written out. */
export function PrintQr({ url }: { url: string }) {
  const { t } = useTranslation('share');
  return (
    <figure className="flex shrink-0 flex-col items-center">
      <QrCode url={url} className="size-[2.8cm]" />
      <figcaption className="max-w-[3.2cm] text-center text-[0.6rem] leading-tight">{t('print')}</figcaption>
    </figure>
  );
}

/** This section, once its text in the page's language is there. */
export async function withText(instance: i18n) {
  await addTextOf(instance, 'share', TEXT);
  return { OpenOnPhone, PrintQr };
}
