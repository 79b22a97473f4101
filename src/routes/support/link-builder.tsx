/**
 * The support page's link builder: which flow, which language the link opens in, and that
 * flow's questions (builder-form.tsx). Nothing here knows a question: a flow's definition and
 * its copy are the whole input.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FLOW_IDS, LANGS, type FlowId, type Lang } from '../../app/paths';
import { useLang } from '../../app/use-lang';
import type { FlowCopy } from '../../components/flow/flow-route';
import { settled, useAfterStart } from '../../components/use-hydrated';
import type { AnyFlow } from '../../flow/engine';
import { SETUP_FLOW, optionsOf, type Answers, type StepId } from '../../flow/steps';
import { BuilderForm, type AnyAnswers } from './builder-form';
import { SettingsSummary } from './built-summary';

/*
 * What comes after the page is interactive (the support page stays within the byte budget
 * every page meets): the QR code's library, into a box kept for it, and the troubleshooting
 * flows' question copy, in the module the flows' own pages share (loaded with it, it stays in
 * their chunk instead of splitting it).
 */
const loadQr = settled(() => import('../../components/qr-code'));
const loadTroubleshoot = settled(() => import('./troubleshoot-questions'));

/**
 * The setup questions as the builder shows them: each question's short form and its answers'
 * labels (the setup flow's pages build their whole copy in src/routes/setup.tsx; sharing that
 * module would make it a chunk of its own on every setup page).
 */
function useSetupQuestions(): FlowCopy<string> {
  const { t } = useTranslation('steps');
  const summary = (step: string) => t(`${step as StepId}.summary`);
  return {
    summary,
    question: (step) => {
      const labels: Record<string, string> = t(`${step as StepId}.options`, { returnObjects: true });
      return { title: summary(step), required: '', options: optionsOf(step as StepId).map((value) => ({ value, label: labels[value] ?? value })) };
    },
  };
}

interface ChoiceProps<T extends string> {
  readonly legend: string;
  readonly name: string;
  readonly options: readonly T[];
  readonly value: T;
  readonly label: (option: T) => string;
  readonly onChange: (option: T) => void;
}

/** One choice the builder asks for beside the questions (which flow, which language), as radios. */
function Choice<T extends string>({ legend, name, options, value, label, onChange }: ChoiceProps<T>) {
  return (
    <fieldset>
      <legend className="font-semibold">{legend}</legend>
      {options.map((option) => (
        <label key={option} className="mt-2 flex items-center gap-2">
          <input
            type="radio"
            name={name}
            value={option}
            checked={value === option}
            onChange={() => onChange(option)}
            className="size-5 shrink-0 accent-sky-800 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-amber-500"
          />
          {label(option)}
        </label>
      ))}
    </fieldset>
  );
}

/** `initial` fills the setup flow's answers (from a settings code the customer read out). */
export function LinkBuilder({ initial }: { initial?: Answers }) {
  const { t } = useTranslation('support');
  const pageLang = useLang();
  const setupCopy = useSetupQuestions();
  const troubleshoot = useAfterStart('troubleshoot-questions', loadTroubleshoot);
  const qr = useAfterStart('qr', loadQr);
  const [flowId, setFlowId] = useState<FlowId>('setup');
  const [linkLang, setLinkLang] = useState<Lang>(pageLang);
  const [chosen, setChosen] = useState<Record<FlowId, AnyAnswers>>({ setup: { ...initial }, 'cant-send': {}, 'cant-receive': {} });

  function answer(step: string, value: string) {
    setChosen((all) => {
      // The empty choice is "not answered yet": the answer is taken out.
      const others = Object.entries(all[flowId]).filter(([key]) => key !== step);
      return { ...all, [flowId]: Object.fromEntries(value === '' ? others : [...others, [step, value]]) };
    });
  }

  const form = {
    chosen: chosen[flowId],
    linkLang,
    qr,
    onAnswer: answer,
    onClear: () => setChosen((all) => ({ ...all, [flowId]: {} })),
  };

  return (
    <section className="mt-8" aria-labelledby="builder-heading">
      <h2 id="builder-heading" tabIndex={-1} className="text-xl font-bold">
        {t('builder.heading')}
      </h2>
      <p className="mt-2">{t('builder.intro')}</p>

      <div className="mt-4 flex flex-wrap gap-x-10 gap-y-4">
        <Choice legend={t('builder.flowLegend')} name="builder-flow" options={FLOW_IDS} value={flowId} label={(id) => t(`builder.flows.${id}`)} onChange={setFlowId} />
        <Choice legend={t('builder.langLegend')} name="builder-lang" options={LANGS} value={linkLang} label={(lang) => t(`builder.langs.${lang}`)} onChange={setLinkLang} />
      </div>

      {flowId === 'setup' ? (
        <BuilderForm flowId="setup" flow={SETUP_FLOW as AnyFlow} copy={setupCopy} summary={(answers) => <SettingsSummary answers={answers as Answers} />} {...form} />
      ) : troubleshoot && 'value' in troubleshoot ? (
        <troubleshoot.value.TroubleshootForm flowId={flowId} form={form} />
      ) : (
        <p className="mt-6" role="status">
          {troubleshoot && 'failed' in troubleshoot ? t('builder.questionsFailed') : t('builder.loadingQuestions')}
        </p>
      )}
    </section>
  );
}
