/**
 * The link builder's troubleshooting flows: their questions in the copy their own pages use
 * (loaded by the support page after it is interactive, src/routes/support/link-builder.tsx).
 */
import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import type { FlowCopy } from '../../components/flow/flow-route';
import type { AnyFlow } from '../../flow/engine';
import { CANT_RECEIVE_FLOW, type ReceiveAnswers } from '../../troubleshoot/cant-receive';
import { CANT_SEND_FLOW, type SendAnswers } from '../../troubleshoot/cant-send';
import { explanationOf } from '../../troubleshoot/causes';
import { diagnoseReceive, diagnoseSend } from '../../troubleshoot/flow-causes';
import { useCantReceiveCopy, useCantSendCopy } from '../troubleshoot/flow-copy';
import { BuilderForm } from './builder-form';

type FormState = Omit<ComponentProps<typeof BuilderForm>, 'flowId' | 'flow' | 'copy' | 'summary'>;

/** The most likely cause the flow's result names first, from the same diagnosis its result page renders. */
function LikelyCause({ flowId, answers }: { flowId: 'cant-send' | 'cant-receive'; answers: Record<string, string> }) {
  const { t } = useTranslation('support');
  const { t: tt } = useTranslation('troubleshoot');
  // Never empty: a flow's result always names at least "re-check the settings".
  const [first] = flowId === 'cant-send' ? diagnoseSend(answers as SendAnswers) : diagnoseReceive(answers as ReceiveAnswers);
  if (!first) return null;
  return (
    <dl className="mt-3">
      <dt className="font-semibold">{t('builder.likelyCause')}</dt>
      <dd className="mt-1">{tt(`${explanationOf(first.id)}.title`)}</dd>
    </dl>
  );
}

export function TroubleshootForm({ flowId, form }: { flowId: 'cant-send' | 'cant-receive'; form: FormState }) {
  const send = useCantSendCopy() as FlowCopy<string>;
  const receive = useCantReceiveCopy() as FlowCopy<string>;
  return flowId === 'cant-send' ? (
    <BuilderForm flowId={flowId} flow={CANT_SEND_FLOW as AnyFlow} copy={send} summary={(answers) => <LikelyCause flowId={flowId} answers={answers} />} {...form} />
  ) : (
    <BuilderForm flowId={flowId} flow={CANT_RECEIVE_FLOW as AnyFlow} copy={receive} summary={(answers) => <LikelyCause flowId={flowId} answers={answers} />} {...form} />
  );
}
