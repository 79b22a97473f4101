import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

/**
 * Sends the visitor to the page their answers lead to, replacing the history entry. The
 * prerendered (no-JavaScript) version is a plain link.
 */
export function Redirect({ to }: { to: string }) {
  const { t } = useTranslation('flow');
  const navigate = useNavigate();
  useEffect(() => {
    void navigate(to, { replace: true });
  }, [navigate, to]);
  return (
    <p className="text-lg">
      {t('redirecting')}{' '}
      <Link to={to} className="text-sky-800 underline underline-offset-4">
        {t('redirectLink')}
      </Link>
    </p>
  );
}
