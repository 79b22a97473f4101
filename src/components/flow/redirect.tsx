import { useEffect } from 'react';
import { useNavigate } from 'react-router';

/**
 * Sends the visitor to the page their answers lead to, replacing the history entry. It draws
 * nothing: the page keeps what it shows (as prerendered) until the next one is drawn.
 */
export function Redirect({ to }: { to: string }) {
  const navigate = useNavigate();
  useEffect(() => {
    void navigate(to, { replace: true });
  }, [navigate, to]);
  return null;
}
