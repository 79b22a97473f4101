/** `/:lang/cant-receive/:page`: "I can't receive mail", its questions and its causes. */
import { useTranslation } from 'react-i18next';
import { paths } from '../app/paths';
import { useLang } from '../app/use-lang';
import { FlowRoute } from '../components/flow/flow-route';
import { CANT_RECEIVE_FLOW, type ReceiveAnswers } from '../troubleshoot/cant-receive';
import { diagnoseReceive } from '../troubleshoot/flow-causes';
import { CauseSummary } from './troubleshoot/cause-summary';
import { CauseCards, useCauseList } from './troubleshoot/lazy-cause-list';
import { useCantReceiveCopy } from './troubleshoot/flow-copy';

/** Receiving asks nothing the setup flow asks, so no answer carries over. */
const NO_SETUP_ANSWERS = {};

/** That the incoming server is POP3, whatever the answers: said with the causes, before their cards. */
function ImapNote() {
  const { t } = useTranslation('troubleshoot');
  return <p className="mt-6 border-s-4 border-sky-700 bg-sky-50 p-3">{t('imapNote')}</p>;
}

/**
 * What the result's HTML can paint before the app has loaded (FlowRoute's `early`;
 * src/prerender-early.tsx renders it for every path). The note is in it too: after the cards,
 * which come with the app, it was the largest text to paint, seconds after the rest (LCP 2.4 s).
 */
export const early = (answers: ReceiveAnswers) => (
  <>
    <CauseSummary causes={diagnoseReceive(answers)} />
    <ImapNote />
  </>
);

export function Component() {
  const { t } = useTranslation('troubleshoot');
  const lang = useLang();
  const causeList = useCauseList();
  const copy = useCantReceiveCopy();
  return (
    <FlowRoute
      flowId="cant-receive"
      flow={CANT_RECEIVE_FLOW}
      copy={copy}
      startHref={paths.troubleshoot(lang)}
      resultTitle={t('flows.cant-receive.resultTitle')}
      early={early}
      renderResult={(answers, rows) => (
        <CauseCards
          loaded={causeList}
          causes={diagnoseReceive(answers)}
          rows={rows}
          setupAnswers={NO_SETUP_ANSWERS}
        />
      )}
    />
  );
}
