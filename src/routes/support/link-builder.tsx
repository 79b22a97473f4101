/**
 * The support page's link builder: every question of a flow on one screen, as selects in the
 * flow's order with the flow's own question and answer text, and the links the answers make
 * (src/flow/builder.ts) — each copyable, with a QR code. Nothing here knows a question: a
 * flow's definition and its copy are the whole input.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { pageUrl, withBase } from '../../app/basename';
import { LANGS, paths, type FlowId, type Lang } from '../../app/paths';
import { useLang } from '../../app/use-lang';
import { CopyValue } from '../../components/copy-button';
import { useLoadedLater } from '../../components/use-loaded-later';
import type { FlowCopy } from '../../components/flow/flow-route';
import { build } from '../../flow/builder';
import { RESULT, type AnyFlow } from '../../flow/engine';
import { SETUP_FLOW, type Answers } from '../../flow/steps';
import { CANT_RECEIVE_FLOW } from '../../troubleshoot/cant-receive';
import { CANT_SEND_FLOW } from '../../troubleshoot/cant-send';
import { useSetupCopy } from '../setup/flow-copy';
import { useCantReceiveCopy, useCantSendCopy } from '../troubleshoot/flow-copy';
import { SettingsSummary } from './built-summary';

type AnyAnswers = Record<string, string>;

/*
 * The QR code's library and the troubleshooting diagnosis come after the page is interactive
 * (the support page stays within the byte budget every page meets); each has a box of its own,
 * so nothing moves when it arrives.
 */
const loadQr = () => import('../../components/qr-code');
const loadCauseSummary = () => import('./cause-summary');

interface BuilderFlow {
  readonly id: FlowId;
  readonly flow: AnyFlow;
  readonly copy: FlowCopy<string>;
}

function useBuilderFlows(): readonly BuilderFlow[] {
  const setup = useSetupCopy() as FlowCopy<string>;
  const send = useCantSendCopy() as FlowCopy<string>;
  const receive = useCantReceiveCopy() as FlowCopy<string>;
  return [
    { id: 'setup', flow: SETUP_FLOW as AnyFlow, copy: setup },
    { id: 'cant-send', flow: CANT_SEND_FLOW as AnyFlow, copy: send },
    { id: 'cant-receive', flow: CANT_RECEIVE_FLOW as AnyFlow, copy: receive },
  ];
}

const LINK = 'text-sky-800 underline underline-offset-4';
const RADIO = 'size-5 shrink-0 accent-sky-800 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-amber-500';

/** `initial` fills the setup flow's answers (from a settings code the customer read out). */
export function LinkBuilder({ initial }: { initial?: Answers }) {
  const { t } = useTranslation('support');
  const pageLang = useLang();
  const flows = useBuilderFlows();
  const qr = useLoadedLater(loadQr);
  const [flowId, setFlowId] = useState<FlowId>('setup');
  const [linkLang, setLinkLang] = useState<Lang>(pageLang);
  const [chosen, setChosen] = useState<Record<FlowId, AnyAnswers>>({ setup: { ...initial }, 'cant-send': {}, 'cant-receive': {} });
  const current = flows.find((f) => f.id === flowId) ?? flows[0];
  if (!current) return null;
  const built = build(current.flow, chosen[flowId]);
  const href = paths.flow(linkLang, flowId, built.stop, built.query);
  const done = built.stop === RESULT;
  const stopTitle = done ? '' : current.copy.summary(built.stop);

  function answer(step: string, value: string) {
    setChosen((all) => {
      // The empty choice is "not answered yet": the answer is taken out.
      const others = Object.entries(all[flowId]).filter(([key]) => key !== step);
      return { ...all, [flowId]: Object.fromEntries(value === '' ? others : [...others, [step, value]]) };
    });
  }

  return (
    <section className="mt-8" aria-labelledby="builder-heading">
      <h2 id="builder-heading" tabIndex={-1} className="text-xl font-bold">
        {t('builder.heading')}
      </h2>
      <p className="mt-2">{t('builder.intro')}</p>

      <div className="mt-4 flex flex-wrap gap-x-10 gap-y-4">
        <fieldset>
          <legend className="font-semibold">{t('builder.flowLegend')}</legend>
          {flows.map(({ id }) => (
            <label key={id} className="mt-2 flex items-center gap-2">
              <input type="radio" name="builder-flow" value={id} checked={flowId === id} onChange={() => setFlowId(id)} className={RADIO} />
              {t(`builder.flows.${id}`)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend className="font-semibold">{t('builder.langLegend')}</legend>
          {LANGS.map((lang) => (
            <label key={lang} className="mt-2 flex items-center gap-2">
              <input type="radio" name="builder-lang" value={lang} checked={linkLang === lang} onChange={() => setLinkLang(lang)} className={RADIO} />
              {t(`builder.langs.${lang}`)}
            </label>
          ))}
        </fieldset>
      </div>

      <div className="mt-6 space-y-4" data-builder={flowId}>
        {built.steps.map((step) => {
          const id = `builder-${flowId}-${step}`;
          const { options } = current.copy.question(step);
          return (
            <div key={step}>
              <label htmlFor={id} className="block font-semibold">
                {current.copy.summary(step)}
              </label>
              <select
                id={id}
                value={built.answers[step] ?? ''}
                onChange={(event) => answer(step, event.target.value)}
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
        <button type="button" className={`text-start ${LINK}`} onClick={() => setChosen((all) => ({ ...all, [flowId]: {} }))}>
          {t('builder.clear')}
        </button>
      </p>

      <div className="mt-6 rounded-lg border-2 border-slate-400 p-4">
        <h3 className="text-lg font-bold">{t('builder.linksHeading')}</h3>
        <p role="status" className="mt-2 font-semibold">
          {done ? t('builder.status.done') : t('builder.status.next', { step: stopTitle })}
        </p>
        {done && flowId === 'setup' && <SettingsSummary answers={built.answers as Answers} />}
        {done && flowId !== 'setup' && <LikelyCause flowId={flowId} answers={built.answers} />}
        <div className="mt-4 flex flex-wrap items-start gap-6">
          <div className="min-w-0 flex-1 basis-64">
            <p className="font-semibold">{done ? t('builder.resultLink') : t('builder.nextLink', { step: stopTitle })}</p>
            <div className="mt-1">
              <CopyValue value={pageUrl(href)} display={withBase(href)} what={done ? t('builder.resultLink') : t('builder.nextLink', { step: stopTitle })} />
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
            <div className="size-44 border border-slate-300">{qr.state === 'loaded' && <qr.value.QrCode url={pageUrl(href)} className="size-full" />}</div>
            <figcaption className="mt-1 text-sm text-slate-700">{qr.state === 'failed' ? t('builder.qrFailed') : t('builder.qrCaption')}</figcaption>
          </figure>
        </div>
      </div>
    </section>
  );
}

function LikelyCause({ flowId, answers }: { flowId: Exclude<FlowId, 'setup'>; answers: AnyAnswers }) {
  const { t } = useTranslation('support');
  const module = useLoadedLater(loadCauseSummary);
  if (module.state === 'failed') return <p className="mt-3">{t('builder.causeFailed')}</p>;
  if (module.state === 'waiting') return <p className="mt-3">{t('builder.loadingCause')}</p>;
  return <module.value.CauseSummary flowId={flowId} answers={answers} />;
}
