/**
 * Copies a value with the platform's Clipboard API. The button's accessible name says what
 * it copies; success is announced. When the clipboard is refused (permissions, an insecure
 * origin, an old browser) the value is selected and the user is told to copy it by hand.
 */
import clsx from 'clsx';
import { useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from './announcer';

type State = 'idle' | 'copied' | 'failed';

async function writeClipboard(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function selectContents(element: HTMLElement | null): void {
  if (!element) return;
  const selection = window.getSelection();
  const range = document.createRange();
  range.selectNodeContents(element);
  selection?.removeAllRanges();
  selection?.addRange(range);
}

interface CopyButtonProps {
  /** The exact text put on the clipboard. */
  value: string;
  /** What is copied, as a noun phrase: "incoming server name". */
  what: string;
  /** The element showing the value, selected when copying by hand is needed. */
  target: RefObject<HTMLElement | null>;
  /** Show the full "Copy …" text instead of the short "Copy". */
  wide?: boolean;
  /** Called when the clipboard is refused, before the value is selected (e.g. to reveal it). */
  onFailed?: () => void;
}

export function CopyButton({ value, what, target, wide = false, onFailed }: CopyButtonProps) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [state, setState] = useState<State>('idle');

  async function copy() {
    if (await writeClipboard(value)) {
      setState('copied');
      announce(t('copy.copied', { what }));
    } else {
      onFailed?.();
      selectContents(target.current);
      setState('failed');
    }
  }

  const label = t('copy.button', { what });
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <button
        type="button"
        onClick={() => void copy()}
        aria-label={wide ? undefined : label}
        className={clsx(
          'min-h-11 min-w-11 rounded border-2 border-sky-800 bg-white px-3 py-1 text-base font-semibold text-sky-900',
          'hover:bg-sky-50 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-amber-500',
          'print:hidden',
        )}
      >
        {wide ? label : t('copy.short')}
        {state === 'copied' && (
          <span aria-hidden="true" className="ms-1 text-emerald-800">
            ✓
          </span>
        )}
      </button>
      {state === 'failed' && (
        <span role="alert" className="max-w-xs text-sm text-red-800">
          {t('copy.failed')}
        </span>
      )}
    </span>
  );
}

/** A value shown as selectable text with its copy button beside it. */
export function CopyValue({ value, what, display }: { value: string; what: string; display?: string }) {
  const ref = useRef<HTMLElement>(null);
  return (
    <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <code ref={ref} className="break-all rounded bg-slate-100 px-2 py-1 font-mono text-lg text-slate-950 select-all print:text-2xl">
        {display ?? value}
      </code>
      <CopyButton value={value} what={what} target={ref} />
    </span>
  );
}
