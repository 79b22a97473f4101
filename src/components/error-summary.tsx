/**
 * The GOV.UK error summary: at the top of the page, takes focus when it appears, and links
 * to the field in error.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface FieldError {
  /** The id of the input the link moves focus to. */
  fieldId: string;
  message: string;
}

/** `intro` says where the errors come from when it is not the form (e.g. a shared link). */
export function ErrorSummary({ errors, intro }: { errors: readonly FieldError[]; intro?: string }) {
  const { t } = useTranslation('flow');
  const ref = useRef<HTMLDivElement>(null);
  const key = errors.map((e) => e.message).join('|');
  useEffect(() => {
    if (key) ref.current?.focus();
  }, [key]);
  if (errors.length === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      data-focus-on-load
      aria-labelledby="error-summary-title"
      role="alert"
      className="mb-6 border-4 border-red-700 p-4 focus:outline-4 focus:outline-offset-2 focus:outline-amber-500"
    >
      <h2 id="error-summary-title" className="text-xl font-bold text-slate-950">
        {t('errorSummaryTitle')}
      </h2>
      {intro && <p className="mt-2">{intro}</p>}
      <ul className="mt-2 list-none">
        {errors.map((error) => (
          <li key={error.fieldId} className="wrap-anywhere">
            <a
              href={`#${error.fieldId}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(error.fieldId)?.focus();
              }}
              className="font-semibold text-red-800 underline"
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
