/**
 * One question per page (GOV.UK question pages): the question is the radios' legend and
 * the page's h1, no answer is pre-selected unless it was given before, a Continue button,
 * a Back link that is a real link, and errors in a summary that takes focus and beside the
 * field.
 */
import { CONTENT_TIMING } from '../content-timing';
import clsx from 'clsx';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorSummary } from '../error-summary';
import { PageHeading } from '../heading';
import { usePageMeta } from '../page-meta';

export interface QuestionCopy {
  readonly title: string;
  readonly hint?: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly required: string;
}

interface QuestionPageProps {
  readonly step: string;
  readonly copy: QuestionCopy;
  /** The answer already given for this step, if any (when the customer is changing it). */
  readonly current: string | undefined;
  /** The value the URL held that is not an option, if any. */
  readonly invalidValue: string | null;
  readonly backHref: string;
  readonly onAnswer: (value: string) => void;
  /** Shown after the form: the answers so far, start again, the no-JavaScript note. */
  readonly children?: ReactNode;
}

/** The fieldset's class while its question shows an error. */
export const ERROR_FIELDSET_CLASS = 'border-s-4 border-red-700 ps-4';

/** The error beside the field, below the hint. */
export function AnswerError({ id, message }: { id: string; message: string }) {
  const { t } = useTranslation('common');
  return (
    <p id={id} className="mt-3 font-bold text-red-800 wrap-anywhere">
      <span className="sr-only">{t('errorPrefix')}</span>
      {message}
    </p>
  );
}

export function QuestionPage({ step, copy, current, invalidValue, backHref, onAnswer, children }: QuestionPageProps) {
  const { t } = useTranslation('flow');
  // The answer given before shows until another is chosen; it arrives after hydration, when
  // the page has read its query (src/components/flow/flow-route.tsx).
  const [chosen, setSelected] = useState<string | undefined>();
  const selected = chosen ?? current;
  const [missing, setMissing] = useState(false);

  const message = missing ? copy.required : invalidValue !== null ? t('invalidAnswer', { value: invalidValue }) : null;
  const firstId = `${step}-${copy.options[0]?.value ?? ''}`;
  usePageMeta({ title: copy.title, error: message !== null });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (selected === undefined) {
      setMissing(true);
      return;
    }
    onAnswer(selected);
  }

  return (
    <>
      <p className="mb-6 print:hidden">
        <Link to={backHref} className="text-sky-800 underline underline-offset-4">
          <span aria-hidden="true">‹ </span>
          {t('back')}
        </Link>
      </p>
      <ErrorSummary errors={message ? [{ fieldId: firstId, message }] : []} />
      <form onSubmit={submit} noValidate>
        <fieldset
          aria-describedby={clsx(copy.hint && `${step}-hint`, message && `${step}-error`) || undefined}
          className={clsx(message && ERROR_FIELDSET_CLASS)}
        >
          <legend>
            <PageHeading>{copy.title}</PageHeading>
          </legend>
          {copy.hint && (
            <p id={`${step}-hint`} className="mt-3 text-slate-700">
              {copy.hint}
            </p>
          )}
          {message && <AnswerError id={`${step}-error`} message={message} />}
          <div className="mt-4 space-y-3">
            {copy.options.map((option) => {
              const id = `${step}-${option.value}`;
              return (
                <div key={option.value} className="flex items-start gap-3">
                  <input
                    type="radio"
                    id={id}
                    name={step}
                    value={option.value}
                    checked={selected === option.value}
                    onChange={() => {
                      setSelected(option.value);
                      setMissing(false);
                    }}
                    className="mt-1 size-6 shrink-0 accent-sky-800 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-amber-500"
                  />
                  <label htmlFor={id} className="text-lg leading-snug" {...CONTENT_TIMING}>
                    {option.label}
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
        <button
          type="submit"
          className="mt-8 rounded bg-emerald-800 px-6 py-3 text-lg font-bold text-white shadow-[0_3px_0_#022c22] hover:bg-emerald-900 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-amber-500"
        >
          {t('continue')}
        </button>
      </form>
      {children}
    </>
  );
}
