/**
 * A mail app's walkthrough for one set of settings: the version picker, then adding the
 * account, checking an existing one, and the test mail, each step with the values it asks
 * for (copyable) and a drawing of its screen. Renders what src/walkthrough/resolve.ts returns;
 * decides nothing.
 */
import { memo, useEffect, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { paths } from '../../app/paths';
import { useLang } from '../../app/use-lang';
import { useAppText } from '../../i18n/app-text';
import { GUIDES } from '../../walkthrough/guides';
import { PARTS, type AppId, type Guide, type Part, type Settings } from '../../walkthrough/model';
import { resolveWalkthrough, type ResolvedStep } from '../../walkthrough/resolve';
import { troubleQueries } from '../../walkthrough/trouble-links';
import { useGradual } from '../use-gradual';
import { StepValue, useValueText, valueMarks, type TypedIdentity } from './field-value';
import { ScreenPicture } from './screen-picture';

type Level = 2 | 3;
const H = { 2: 'h2', 3: 'h3' } as const;
const LINK = 'text-sky-800 underline underline-offset-4';

function VersionPicker({ guide, value, onChange }: { guide: Guide; value: string; onChange: (id: string) => void }) {
  const { t } = useTranslation('apps');
  const name = useId();
  if (guide.variants.length < 2) return null;
  const key = (suffix: string) => `${guide.app}.${suffix}` as 'common.heading';
  return (
    <fieldset className="mt-4 rounded-lg border-2 border-slate-400 p-4 print:hidden">
      <legend className="px-1 text-lg font-bold">{t('common.versionLegend')}</legend>
      <div className="space-y-3">
        {guide.variants.map((v) => (
          <div key={v.id} className="flex items-start gap-3">
            <input
              id={`${name}-${v.id}`}
              aria-describedby={`${name}-${v.id}-hint`}
              type="radio"
              name={name}
              value={v.id}
              checked={value === v.id}
              onChange={() => onChange(v.id)}
              className="mt-1 h-5 w-5 shrink-0 accent-sky-800 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-amber-500"
            />
            <span>
              <label htmlFor={`${name}-${v.id}`} className="block cursor-pointer font-semibold">
                {t(key(`variants.${v.id}`))}
              </label>
              <span id={`${name}-${v.id}-hint`} className="block text-slate-700">
                {t(key(`variantHints.${v.id}`))}
              </span>
            </span>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

type FieldOf = NonNullable<ResolvedStep['screen']>['fields'][number];

/** Fields under the screen's own headings (e.g. Incoming server / Outgoing server). */
function groups(fields: readonly FieldOf[]): { key?: string; fields: FieldOf[] }[] {
  const list: { key?: string; fields: FieldOf[] }[] = [];
  for (const field of fields) {
    const last = list.at(-1);
    if (field.groupKey || !last) list.push({ ...(field.groupKey && { key: field.groupKey }), fields: [field] });
    else last.fields.push(field);
  }
  return list;
}

const Step = memo(function Step({ step, n, part, identity }: { step: ResolvedStep; n: number; part: Part; identity: TypedIdentity }) {
  const { t } = useTranslation('apps');
  const where = t(`common.copyWhere.${part}`, { n });
  const valueText = useValueText();
  return (
    <li className="break-inside-avoid border-s-4 border-slate-300 ps-4" data-step={step.id}>
      <p>
        <span className="me-2 font-bold">{t('common.step', { n })}</span>
        {t(step.textKey as 'common.heading')}
      </p>
      {step.screen && (
        <div className="mt-3 grid items-start gap-4 md:grid-cols-2 print:grid-cols-2">
          <div>
            {groups(step.screen.fields).map((group, i) => (
              <div key={group.key ?? i}>
                {group.key && <p className="mt-3 border-b border-slate-300 font-bold first:mt-0">{t(group.key as 'common.heading')}</p>}
                <dl className="mt-2 space-y-2">
                  {group.fields.map((field) => (
                    <div key={field.id} data-field={field.id} {...valueMarks(field.value)}>
                      <dt className="font-semibold text-slate-800">
                        {t(field.labelKey as 'common.heading')}
                        {field.optional && <span className="ms-2 font-normal text-slate-700">{t('common.optional')}</span>}
                      </dt>
                      <dd className="mt-0.5">
                        <StepValue
                          value={valueText(field.value, field.control, identity)}
                          where={group.key ? t('common.copyWhereGroup', { where, group: t(group.key as 'common.heading') }) : where}
                        />
                      </dd>
                    </div>
                  ))}
                </dl>
              </div>
            ))}
          </div>
          <ScreenPicture screen={step.screen} identity={identity} />
        </div>
      )}
    </li>
  );
});

export function Walkthrough({
  app,
  settings,
  identity,
  variant,
  onVariant,
  level,
  gradual = false,
}: {
  app: AppId;
  settings: Settings;
  identity: TypedIdentity;
  variant: string | null;
  onVariant: (id: string) => void;
  /** The level of the parts' headings. */
  level: Level;
  /** Drawn step by step (after the page is interactive: the result's); a prerendered page has all of it. */
  gradual?: boolean;
}) {
  useAppText(app);
  const { t } = useTranslation('apps');
  const { t: tr } = useTranslation('result');
  const lang = useLang();
  const valueText = useValueText();
  const guide = GUIDES[app];
  const { hash } = useLocation();
  // A link to one part (#check from troubleshooting) lands there, focused for screen readers.
  useEffect(() => {
    const part = hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
    if (!part?.closest('[data-walkthrough]')) return;
    part.focus();
    part.scrollIntoView();
  }, [hash]);
  const w = useMemo(() => resolveWalkthrough(guide, variant, settings), [guide, variant, settings]);
  // Where each part's steps start among all the steps, and how many are drawn so far.
  const starts = PARTS.map((_, i) => PARTS.slice(0, i).reduce((sum, part) => sum + w[part].length, 0));
  const total = PARTS.reduce((sum, part) => sum + w[part].length, 0);
  const shown = useGradual(total, gradual);
  // Each part's steps drawn so far.
  const drawn = PARTS.map((part, p) => w[part].slice(0, shown - (starts[p] ?? 0)));
  const appName = tr(`appNames.${app}`);
  const Heading = H[level];
  const trouble = troubleQueries(settings);
  const testTo = valueText({ kind: 'address' }, 'text', identity);
  return (
    // Busy while it is still being drawn: assistive technology can wait for the whole of it.
    <div data-walkthrough={app} data-variant={w.variant} aria-busy={shown < total || undefined}>
      <VersionPicker guide={guide} value={w.variant} onChange={onVariant} />
      {/* Where the drawings come from, and (for the guides that quote the vendor's strings) where the labels do, next to the version choice. */}
      <p className="mt-4 text-slate-800">
        {t('common.figureNote')}
        {guide.labelsNote && (
          <>
            <br />
            {t(`${app}.labelsNote` as 'common.heading')}
          </>
        )}
      </p>
      {PARTS.map((part, p) => (starts[p] ?? 0) < shown && (
        <section key={part} className="mt-8 focus:outline-none" aria-labelledby={`part-${part}`} id={part} tabIndex={-1}>
          <Heading id={`part-${part}`} className="text-xl font-bold">
            {t(`common.parts.${part}.heading`)}
          </Heading>
          <p className="mt-2">{t(`common.parts.${part}.intro`, { app: appName })}</p>
          {part === 'test' && (
            <p className="mt-2" data-kind="address">
              <span className="font-semibold">{t('common.testTo')}: </span>
              <StepValue value={testTo} where={t('common.copyWhere.test')} />
            </p>
          )}
          {/* Cautions come first, read before the steps, and are not numbered. */}
          {drawn[p]
            ?.filter((step) => step.caution)
            .map((step) => (
              <p key={step.id} role="note" className="mt-4 border-s-4 border-amber-600 bg-amber-50 p-3 break-inside-avoid" data-step={step.id}>
                {t(step.textKey as 'common.heading')}
              </p>
            ))}
          <ol className="mt-4 space-y-6">
            {drawn[p]
              ?.filter((step) => !step.caution)
              .map((step, i) => (
                <Step key={step.id} step={step} n={i + 1} part={part} identity={identity} />
              ))}
          </ol>
          {part === 'test' && (starts[p] ?? 0) + w[part].length <= shown && (
            <div className="mt-6 rounded-lg border-2 border-slate-400 p-4 print:hidden">
              <p className="font-bold">{t('common.failed.heading')}</p>
              <p className="mt-1">{t('common.failed.intro')}</p>
              <ul className="mt-2 space-y-1">
                <li>
                  <Link to={paths.cantSend(lang, 'symptom', trouble.send)} className={LINK}>
                    {t('common.failed.send')}
                  </Link>
                </li>
                <li>
                  <Link to={paths.cantReceive(lang, 'symptom', trouble.receive)} className={LINK}>
                    {t('common.failed.receive')}
                  </Link>
                </li>
              </ul>
            </div>
          )}
        </section>
      ))}
    </div>
  );
}
