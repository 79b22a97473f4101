/**
 * One flow's questions in the link builder, as selects in the flow's order with the flow's own
 * question and answer text, and the link the answers make (src/flow/builder.ts): copyable, with
 * a QR code and, for the setup flow, the settings code and a one-line summary.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { pageUrl } from '../../app/basename';
import { paths, type FlowId, type Lang } from '../../app/paths';
import { CopyLink } from './copy-link';
import type { FlowCopy } from '../../components/flow/flow-route';
import type * as QrModule from '../../components/qr-code';
import { build } from '../../flow/builder';
import { RESULT, type AnyFlow } from '../../flow/engine';
import type { Settled } from '../../components/use-hydrated';

export type AnyAnswers = Record<string, string>;

const LINK = 'text-sky-800 underline underline-offset-4';

interface BuilderFormProps {
  readonly flowId: FlowId;
  readonly flow: AnyFlow;
  readonly copy: FlowCopy<string>;
  readonly chosen: AnyAnswers;
  readonly linkLang: Lang;
  /** The QR code's module, once it has come (or failed to). */
  readonly qr: Settled<typeof QrModule> | null;
  readonly onAnswer: (step: string, value: string) => void;
  readonly onClear: () => void;
  /** What every answer given comes to, shown above the link: the settings, or the likely cause. */
  readonly summary: (answers: AnyAnswers) => ReactNode;
}

export function BuilderForm({ flowId, flow, copy, chosen, linkLang, qr, onAnswer, onClear, summary }: BuilderFormProps) {
  const { t } = useTranslation('support');
  const built = build(flow, chosen);
  const href = paths.flow(linkLang, flowId, built.stop, built.query);
  const done = built.stop === RESULT;
  const stopTitle = done ? '' : copy.summary(built.stop);

  return (
    <>
      <div className="mt-6 space-y-4" data-builder={flowId}>
        {built.steps.map((step) => {
          const id = `builder-${flowId}-${step}`;
          const { options } = copy.question(step);
          return (
            <div key={step}>
              <label htmlFor={id} className="block font-semibold">
                {copy.summary(step)}
              </label>
              <select
                id={id}
                value={built.answers[step] ?? ''}
                onChange={(event) => onAnswer(step, event.target.value)}
                className="mt-1 w-full max-w-xl rounded border-2 border-slate-700 bg-white px-2 py-2 text-base"
              >
                <option value="">{t('builder.unanswered')}</option>
                {options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </div>
      <p className="mt-4">
        <button type="button" className={`text-start ${LINK}`} onClick={onClear}>
          {t('builder.clear')}
        </button>
      </p>

      <div className="mt-6 rounded-lg border-2 border-slate-400 p-4">
        <h3 className="text-lg font-bold">{t('builder.linksHeading')}</h3>
        <p role="status" className="mt-2 font-semibold">
          {done ? t('builder.status.done') : t('builder.status.next', { step: stopTitle })}
        </p>
        {done && summary(built.answers)}
        <div className="mt-4 flex flex-wrap items-start gap-6">
          <div className="min-w-0 flex-1 basis-64">
            <p className="font-semibold">{done ? t('builder.resultLink') : t('builder.nextLink', { step: stopTitle })}</p>
            <div className="mt-1">
              <CopyLink href={href} what={done ? t('builder.resultLink') : t('builder.nextLink', { step: stopTitle })} />
            </div>
            {!done && <p className="mt-2 text-slate-700">{t('builder.resultLater')}</p>}
            <p className="mt-2">
              <Link to={href} className={LINK}>
                {t('builder.open')}
              </Link>
            </p>
          </div>
          <figure className="w-44 shrink-0">
            {/* Drawn once the page knows its origin (not in the prerender) and its library has come, in a box kept for it. */}
            <div className="size-44 border border-slate-300">{qr && 'value' in qr && <qr.value.QrCode url={pageUrl(href)} className="size-full" />}</div>
            <figcaption className="mt-1 text-sm text-slate-700">{qr && 'failed' in qr ? t('builder.qrFailed') : t('builder.qrCaption')}</figcaption>
          </figure>
        </div>
      </div>
    </>
  );
}
