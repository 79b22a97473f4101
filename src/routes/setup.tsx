/** `/:lang/setup/:page`: the setup flow's questions and its result. */
import { useTranslation } from 'react-i18next';
import { paths } from '../app/paths';
import { useLang } from '../app/use-lang';
import { FlowRoute } from '../components/flow/flow-route';
import { SETUP_FLOW } from '../flow/steps';
import { useSetupCopy } from './setup/flow-copy';
import { SetupResult } from './setup/result';

export function Component() {
  const { t: tr } = useTranslation('result');
  const lang = useLang();
  const copy = useSetupCopy();
  return (
    <FlowRoute
      flowId="setup"
      flow={SETUP_FLOW}
      copy={copy}
      startHref={paths.home(lang)}
      resultTitle={tr('title')}
      renderResult={(answers, rows) => <SetupResult answers={answers} rows={rows} />}
    />
  );
}
