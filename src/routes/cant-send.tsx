/** `/:lang/cant-send/:page`: "I can't send mail", its questions and its causes. */
import { useTranslation } from 'react-i18next';
import { paths } from '../app/paths';
import { useLang } from '../app/use-lang';
import { FlowRoute } from '../components/flow/flow-route';
import { CANT_SEND_FLOW, toSetupAnswers, type SendAnswers } from '../troubleshoot/cant-send';
import { diagnoseSend } from '../troubleshoot/flow-causes';
import { CauseSummary } from './troubleshoot/cause-summary';
import { CauseCards, useCauseList } from './troubleshoot/lazy-cause-list';
import { useCantSendCopy } from './troubleshoot/flow-copy';

/** What the result's HTML can paint before the app has loaded (FlowRoute's `early`; src/prerender-early.tsx renders it for every path). */
export const early = (answers: SendAnswers) => <CauseSummary causes={diagnoseSend(answers)} />;

export function Component() {
  const { t } = useTranslation('troubleshoot');
  const lang = useLang();
  const causeList = useCauseList();
  const copy = useCantSendCopy();
  return (
    <FlowRoute
      flowId="cant-send"
      flow={CANT_SEND_FLOW}
      copy={copy}
      startHref={paths.troubleshoot(lang)}
      resultTitle={t('flows.cant-send.resultTitle')}
      early={early}
      renderResult={(answers, rows) => (
        <CauseCards loaded={causeList} causes={diagnoseSend(answers)} rows={rows} setupAnswers={toSetupAnswers(answers)} />
      )}
    />
  );
}
