/** The setup flow's question copy, in the shape FlowRoute renders (and the support page's link builder). */
import { useTranslation } from 'react-i18next';
import type { FlowCopy } from '../../components/flow/flow-route';
import { optionsOf, type StepId } from '../../flow/steps';

export function useSetupCopy(): FlowCopy<StepId> {
  const { t } = useTranslation('steps');
  return {
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
}
