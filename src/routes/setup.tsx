/** `/:lang/setup/:page`: the setup flow's questions and its result. */
import { useTranslation } from 'react-i18next';
import { paths } from '../app/paths';
import { useLang } from '../app/use-lang';
import { FlowRoute, type FlowCopy } from '../components/flow/flow-route';
import { SETUP_FLOW, optionsOf, type Answers, type StepId } from '../flow/steps';
import { ResultPrintHeader } from './setup/print';
import { SetupResult } from './setup/result';
import { ResultSummary } from './setup/result-summary';

/** What the result's HTML can paint before the app has loaded (FlowRoute's `early`; src/prerender-early.tsx renders it for every path). */
export const early = (answers: Answers) => <ResultSummary answers={answers} />;

export function Component() {
  const { t } = useTranslation('steps');
  const { t: tr } = useTranslation('result');
  const lang = useLang();
  const copy: FlowCopy<StepId> = {
    question: (step) => {
      const labels: Record<string, string> = t(`${step}.options`, { returnObjects: true });
      return {
        title: t(`${step}.title`),
        hint: t(`${step}.hint`),
        required: t(`${step}.required`),
        options: optionsOf(step).map((value) => ({ value, label: labels[value] ?? value })),
      };
    },
    summary: (step) => t(`${step}.summary`),
  };
  return (
    <FlowRoute
      flowId="setup"
      flow={SETUP_FLOW}
      copy={copy}
      startHref={paths.home(lang)}
      resultTitle={tr('title')}
      renderResult={(answers, rows) => <SetupResult answers={answers} rows={rows} />}
      early={early}
      beforeHeading={(answers) => <ResultPrintHeader answers={answers} />}
    />
  );
}
