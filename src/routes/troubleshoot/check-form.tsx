/**
 * The settings checker's form (GOV.UK style): what the mail app shows, grouped by server,
 * every field labelled with a hint and its error beside it. The user name is asked only
 * by its form, never typed. The form holds raw text; the page parses it (parseCheck).
 */
import clsx from 'clsx';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CHECK_FIELDS, CHECK_OPTIONS, type CheckField } from '../../troubleshoot/check-query';

export type RawCheck = Readonly<Record<CheckField, string>>;

type ChoiceField = keyof typeof CHECK_OPTIONS;
type TextField = Exclude<CheckField, ChoiceField>;

type Section = 'incoming' | 'outgoing' | 'account' | 'situation';

const SECTIONS: readonly { readonly id: Section; readonly fields: readonly CheckField[] }[] = [
  { id: 'incoming', fields: ['in-host', 'in-port', 'in-security'] },
  { id: 'outgoing', fields: ['out-host', 'out-port', 'out-security', 'out-auth'] },
  { id: 'account', fields: ['user'] },
  { id: 'situation', fields: ['network', 'virus-check'] },
];

function isChoice(field: CheckField): field is ChoiceField {
  return Object.hasOwn(CHECK_OPTIONS, field);
}

/** The id a field's error links to: the text box, or a choice's first radio. */
export function fieldId(field: CheckField): string {
  return isChoice(field) ? `check-${field}-${CHECK_OPTIONS[field][0]}` : `check-${field}`;
}

export function emptyCheck(): RawCheck {
  return Object.fromEntries(CHECK_FIELDS.map((f) => [f, ''])) as Record<CheckField, string>;
}

const FOCUS = 'focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-amber-500';

function useOptionLabel(): (field: ChoiceField, option: string) => string {
  const { t } = useTranslation('troubleshoot');
  return (field, option) => {
    const labels: Record<string, string> =
      field === 'in-security' || field === 'out-security'
        ? t('check.options.security', { returnObjects: true })
        : t(`check.options.${field}`, { returnObjects: true });
    return labels[option] ?? option;
  };
}

interface FieldProps {
  readonly value: string;
  readonly error: string | undefined;
  readonly onChange: (value: string) => void;
}

function ErrorText({ id, message }: { id: string; message: string | undefined }) {
  const { t: tc } = useTranslation('common');
  if (!message) return null;
  return (
    <p id={id} className="mt-1 font-bold text-red-800 wrap-anywhere">
      <span className="sr-only">{tc('errorPrefix')}</span>
      {message}
    </p>
  );
}

function TextInput({ field, value, error, onChange }: FieldProps & { field: TextField }) {
  const { t } = useTranslation('troubleshoot');
  const id = `check-${field}`;
  const port = field === 'in-port' || field === 'out-port';
  return (
    <div className={clsx('mt-4', error && 'border-s-4 border-red-700 ps-4')}>
      <label htmlFor={id} className="block font-semibold">
        {t(`check.fields.${field}.label`)}
      </label>
      <p id={`${id}-hint`} className="text-slate-700">
        {t(`check.fields.${field}.hint`)}
      </p>
      <ErrorText id={`${id}-error`} message={error} />
      <input
        id={id}
        name={field}
        type="text"
        inputMode={port ? 'numeric' : 'url'}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={clsx(`${id}-hint`, error && `${id}-error`)}
        aria-invalid={error ? true : undefined}
        className={clsx('mt-2 rounded border-2 border-slate-700 px-3 py-2 font-mono text-lg', port ? 'w-32' : 'w-full', FOCUS)}
      />
    </div>
  );
}

function Choice({ field, value, error, onChange }: FieldProps & { field: ChoiceField }) {
  const { t } = useTranslation('troubleshoot');
  const label = useOptionLabel();
  const id = `check-${field}`;
  return (
    <fieldset
      aria-describedby={clsx(`${id}-hint`, error && `${id}-error`)}
      className={clsx('mt-4', error && 'border-s-4 border-red-700 ps-4')}
    >
      <legend className="font-semibold">{t(`check.fields.${field}.label`)}</legend>
      <p id={`${id}-hint`} className="text-slate-700">
        {t(`check.fields.${field}.hint`)}
      </p>
      <ErrorText id={`${id}-error`} message={error} />
      <div className="mt-2 space-y-2">
        {CHECK_OPTIONS[field].map((option) => {
          const optionId = `${id}-${option}`;
          return (
            <div key={option} className="flex items-start gap-3">
              <input
                type="radio"
                id={optionId}
                name={field}
                value={option}
                checked={value === option}
                onChange={() => onChange(option)}
                className={clsx('mt-1 size-6 shrink-0 accent-sky-800', FOCUS)}
              />
              <label htmlFor={optionId} className="text-lg leading-snug">
                {label(field, option)}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

interface CheckFormProps {
  readonly initial: RawCheck;
  /** The error message of each field in error. */
  readonly errors: Partial<Record<CheckField, string>>;
  readonly onCheck: (raw: RawCheck) => void;
  readonly onClear: () => void;
}

export function CheckForm({ initial, errors, onCheck, onClear }: CheckFormProps) {
  const { t } = useTranslation('troubleshoot');
  const [raw, setRaw] = useState<RawCheck>(initial);
  const set = (field: CheckField) => (value: string) => setRaw((r) => ({ ...r, [field]: value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onCheck(raw);
  }

  return (
    <form onSubmit={submit} noValidate className="mt-8">
      {SECTIONS.map((section) => (
        <fieldset key={section.id} className="mt-6 rounded-lg border border-slate-300 p-4">
          <legend className="px-1 text-xl font-bold">{t(`check.sections.${section.id}`)}</legend>
          {section.fields.map((field) =>
            isChoice(field) ? (
              <Choice key={field} field={field} value={raw[field]} error={errors[field]} onChange={set(field)} />
            ) : (
              <TextInput key={field} field={field} value={raw[field]} error={errors[field]} onChange={set(field)} />
            ),
          )}
        </fieldset>
      ))}
      <div className="mt-8 flex flex-wrap items-center gap-4">
        <button
          type="submit"
          className={clsx(
            'rounded bg-emerald-800 px-6 py-3 text-lg font-bold text-white shadow-[0_3px_0_#022c22] hover:bg-emerald-900',
            FOCUS,
          )}
        >
          {t('check.submit')}
        </button>
        <button
          type="button"
          onClick={onClear}
          className={clsx('min-h-11 rounded px-2 text-lg text-sky-800 underline underline-offset-4', FOCUS)}
        >
          {t('check.clear')}
        </button>
      </div>
    </form>
  );
}
