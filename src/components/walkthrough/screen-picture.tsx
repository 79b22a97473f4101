/**
 * A drawing of one settings screen of the customer's app, made here (no vendor screenshot):
 * its title, its fields in the app's order with the app's labels, the customer's values in
 * place, and the fields to fill in marked. The step above it carries the same information as
 * text, so the drawing is hidden from screen readers and its caption says what it is. It
 * wraps inside the page's width (320 px, 200 % zoom) and prints.
 */
import clsx from 'clsx';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Described } from '../../walkthrough/model';
import type { ResolvedStep } from '../../walkthrough/resolve';
import { useValueText, valueMarks, type TypedIdentity } from './field-value';

type ScreenOf = NonNullable<ResolvedStep['screen']>;

/**
 * A drawn field label, marked with where the guide describes it rather than quoting the app
 * (`data-label`: false, true, ja or en, as `Field.described`): the walkthrough tests hold the
 * app's own to its sources (titles and headings: src/walkthrough/apple-strings.test.ts).
 */
const mark = (described?: Described) => ({ 'data-label': String(described ?? false) });

function Control({ control, text, on }: { control: string; text: string; on?: boolean }) {
  if (control === 'checkbox' || control === 'switch') {
    return (
      <span className="flex items-center gap-2">
        <span
          className={clsx(
            'inline-flex h-5 w-5 shrink-0 items-center justify-center border-2 border-slate-700 text-sm leading-none font-bold',
            control === 'switch' ? 'w-9 rounded-full' : 'rounded-sm',
            on && 'bg-slate-800 text-white',
          )}
        >
          {on ? '✓' : ''}
        </span>
        <span>{text}</span>
      </span>
    );
  }
  return (
    <span className="flex min-h-8 items-center justify-between gap-2 rounded border border-slate-500 bg-white px-2 py-1 font-mono [overflow-wrap:anywhere]">
      <span>{text}</span>
      {control === 'select' && <span aria-hidden="true">▾</span>}
    </span>
  );
}

export function ScreenPicture({ screen, identity }: { screen: ScreenOf; identity: TypedIdentity }) {
  const { t } = useTranslation('apps');
  const valueText = useValueText();
  const captionId = useId();
  const title = t(screen.titleKey as 'common.heading');
  return (
    <figure className="max-w-md break-inside-avoid" aria-labelledby={captionId}>
      <div aria-hidden="true" className="overflow-hidden rounded-lg border-2 border-slate-600 bg-slate-50 text-sm shadow-sm print:shadow-none">
        <div className="flex items-center gap-2 border-b-2 border-slate-600 bg-slate-200 px-3 py-1.5">
          <span className="flex gap-1">
            <span className="h-2.5 w-2.5 rounded-full bg-slate-500" />
            <span className="h-2.5 w-2.5 rounded-full bg-slate-500" />
            <span className="h-2.5 w-2.5 rounded-full bg-slate-500" />
          </span>
          <span className="font-semibold [overflow-wrap:anywhere]">{title}</span>
        </div>
        <div className="space-y-2 p-3">
          {screen.fields.map((field) => {
            const value = valueText(field.value, field.control, identity);
            const marked = !field.optional;
            return (
              <div key={field.id}>
                {field.groupKey && <p className="mt-3 border-b border-slate-400 pb-0.5 font-bold first:mt-0">{t(field.groupKey as 'common.heading')}</p>}
                <div className={clsx('mt-1 rounded p-1.5', marked ? 'border-2 border-dashed border-amber-700 bg-amber-50' : 'border-2 border-transparent')} data-field={field.id} {...valueMarks(field.value)}>
                  <div className="flex flex-wrap items-baseline justify-between gap-x-2">
                    <span className="font-semibold text-slate-800" {...mark(field.described)}>
                      {t(field.labelKey as 'common.heading')}
                    </span>
                    {marked && <span className="text-xs font-bold text-amber-900">{t('common.marked')}</span>}
                  </div>
                  <div className="mt-1">
                    <Control control={field.control} text={value.text} on={field.value.kind === 'tick' ? field.value.on : undefined} />
                  </div>
                </div>
              </div>
            );
          })}
        </div>
      </div>
      <figcaption id={captionId} className="mt-1 text-sm text-slate-700">
        {t('common.figure', { screen: title })}
      </figcaption>
    </figure>
  );
}
