import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../components/copy-button';
import type { Outcome } from '../../flow/recommend';
import type { Identity } from './identity-fields';
import { PrintButton } from './print';
import { sheetLines } from './setting-rows';

/**
 * "Copy all" (a plain-text sheet, one line per setting in the app's words, with the ID
 * and address when typed) and "Print". The page's link is copied (or shared) in "Open on your
 * phone" below, with the QR code of the same address: one button per thing copied.
 */
export function ResultActions({ outcome, identity }: { outcome: Outcome; identity: Identity }) {
  const { t } = useTranslation('result');
  const sheetRef = useRef<HTMLPreElement>(null);
  // Hidden until the clipboard is refused: then the text is shown, selected, to copy by hand.
  const [reveal, setReveal] = useState(false);
  const sheet = sheetLines(t, outcome, identity).join('\n');

  return (
    <section className="mt-6 print:hidden">
      <div className="flex flex-wrap items-start gap-4">
        <CopyButton value={sheet} what={t('actions.copyAllWhat')} target={sheetRef} wide onFailed={() => flushSync(() => setReveal(true))} />
        <PrintButton />
      </div>
      <pre ref={sheetRef} hidden={!reveal} className="mt-3 overflow-x-auto whitespace-pre-wrap rounded bg-slate-100 p-3 text-sm">
        {sheet}
      </pre>
    </section>
  );
}
