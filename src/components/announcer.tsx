/**
 * One polite live region for the whole page, so that copy buttons and other quiet changes
 * are announced by screen readers without each owning a region of its own.
 */
import { createContext, use, useCallback, useState, type ReactNode } from 'react';

const AnnounceContext = createContext<(message: string) => void>(() => {});

export function useAnnounce(): (message: string) => void {
  return use(AnnounceContext);
}

export function Announcer({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  const announce = useCallback((text: string) => {
    // Clearing first makes a repeated message ("copied" twice) be announced again.
    setMessage('');
    window.setTimeout(() => setMessage(text), 50);
  }, []);
  return (
    <AnnounceContext value={announce}>
      {children}
      <p role="status" aria-live="polite" className="sr-only">
        {message}
      </p>
    </AnnounceContext>
  );
}
