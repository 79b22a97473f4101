/**
 * Share (the platform's share sheet, where the browser has the Web Share API) and Copy link.
 * Copy link is always there: a computer's share sheet may have no way to copy, and support
 * staff copy the link to paste it.
 */
import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../copy-button';

const buttonClass =
  'min-h-11 rounded border-2 border-sky-800 bg-sky-800 px-3 py-1 text-base font-semibold text-white hover:bg-sky-900 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-amber-500';

function canShare(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.share === 'function';
}

export function ShareButtons({ url, target, onCopyFailed }: { url: string; target: RefObject<HTMLElement | null>; onCopyFailed: () => void }) {
  const { t } = useTranslation('share');
  const [failed, setFailed] = useState(false);

  async function share() {
    setFailed(false);
    try {
      // The page's own title (set for every page), which a share sheet shows beside the link.
      await navigator.share({ title: document.title, url });
    } catch (error) {
      // Closing the share sheet is the customer's choice, not a failure.
      if (!(error instanceof DOMException && error.name === 'AbortError')) setFailed(true);
    }
  }

  return (
    <div className="mt-3">
      <div className="flex flex-wrap items-start gap-3">
        {canShare() && (
          <button type="button" onClick={() => void share()} className={buttonClass}>
            {t('share')}
          </button>
        )}
        <CopyButton value={url} what={t('copyWhat')} target={target} wide onFailed={onCopyFailed} />
      </div>
      {failed && (
        <p role="alert" className="mt-2 text-sm text-red-800">
          {t('shareFailed')}
        </p>
      )}
    </div>
  );
}
