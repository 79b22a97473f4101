/** `/:lang/cant-send/:page`: "I can't send mail", its questions and its causes. */
import { useTranslation } from 'react-i18next';
import { paths } from '../app/paths';
import { useLang } from '../app/use-lang';
import { FlowRoute } from '../components/flow/flow-route';
import { CANT_SEND_FLOW, toSetupAnswers } from '../troubleshoot/cant-send';
import { diagnoseSend } from '../troubleshoot/flow-causes';
import { CauseList } from './troubleshoot/cause-list';
import { useCantSendCopy } from './troubleshoot/flow-copy';

export function Component() {
  const { t } = useTranslation('troubleshoot');
  const lang = useLang();
  const copy = useCantSendCopy();
  return (
    <FlowRoute
      flowId="cant-send"
      flow={CANT_SEND_FLOW}
      copy={copy}
      startHref={paths.troubleshoot(lang)}
      resultTitle={t('flows.cant-send.resultTitle')}
      renderResult={(answers, rows) => (
        <CauseList title={t('flows.cant-send.resultTitle')} causes={diagnoseSend(answers)} rows={rows} setupAnswers={toSetupAnswers(answers)} />
      )}
    />
  );
}
