/**
 * The most likely cause a troubleshooting flow finds for the link builder's answers, from the
 * same diagnosis its result page renders (loaded when a flow's questions are all answered).
 */
import { useTranslation } from 'react-i18next';
import type { FlowId } from '../../app/paths';
import { CopyValue } from '../../components/copy-button';
import { explanationOf } from '../../troubleshoot/causes';
import type { ReceiveAnswers } from '../../troubleshoot/cant-receive';
import type { SendAnswers } from '../../troubleshoot/cant-send';
import { diagnoseReceive, diagnoseSend } from '../../troubleshoot/flow-causes';

export function CauseSummary({ flowId, answers }: { flowId: Exclude<FlowId, 'setup'>; answers: Record<string, string> }) {
  const { t } = useTranslation('support');
  const { t: tt } = useTranslation('troubleshoot');
  // Never empty: a flow's result always names at least "re-check the settings".
  const [first] = flowId === 'cant-send' ? diagnoseSend(answers as SendAnswers) : diagnoseReceive(answers as ReceiveAnswers);
  if (!first) return null;
  const title = tt(`${explanationOf(first.id)}.title`);
  return (
    <dl className="mt-3">
      <dt className="font-semibold">{t('builder.likelyCause')}</dt>
      <dd className="mt-1">
        <CopyValue value={title} what={t('builder.likelyCause')} />
      </dd>
    </dl>
  );
}
