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
 * and address when typed), "Copy link for support" and "Print".
 */
export function ResultActions({ outcome, identity }: { outcome: Outcome; identity: Identity }) {
  const { t } = useTranslation('result');
  const sheetRef = useRef<HTMLPreElement>(null);
  const linkRef = useRef<HTMLElement>(null);
  // Hidden until the clipboard is refused: then the text is shown, selected, to copy by hand.
  const [reveal, setReveal] = useState<'none' | 'sheet' | 'link'>('none');
  const sheet = sheetLines(t, outcome, identity).join('\n');
  // The page's own address: it holds only the answers (the URL contract), never personal data.
  const link = typeof window === 'undefined' ? '' : window.location.href;

  return (
    <section className="mt-6 print:hidden">
      <div className="flex flex-wrap items-start gap-4">
        <CopyButton value={sheet} what={t('actions.copyAllWhat')} target={sheetRef} wide onFailed={() => flushSync(() => setReveal('sheet'))} />
        <CopyButton value={link} what={t('actions.copyLinkWhat')} target={linkRef} wide onFailed={() => flushSync(() => setReveal('link'))} />
        <PrintButton />
      </div>
      <pre ref={sheetRef} hidden={reveal !== 'sheet'} className="mt-3 overflow-x-auto whitespace-pre-wrap rounded bg-slate-100 p-3 text-sm">
        {sheet}
      </pre>
      <code ref={linkRef} hidden={reveal !== 'link'} className="mt-3 block break-all rounded bg-slate-100 p-3 text-sm">
        {link}
      </code>
    </section>
  );
}
