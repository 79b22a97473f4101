/**
 * A troubleshooting result's cards (CauseList), asked for once the page is interactive, on
 * every page of the flow, so that they are usually there before the result is reached. The
 * causes the customer came for are above them, in the summary the HTML paints
 * (CauseSummary): it never waits for them. If they cannot be downloaded, the page says so.
 */
import { useTranslation } from 'react-i18next';
import { settled, useAfterStart, type Settled } from '../../components/use-hydrated';
import type * as CauseListModule from './cause-list';

const load = settled(() => import('./cause-list'));

type Loaded = Settled<typeof CauseListModule> | null;

/** The cards' code, once it is here (null before), for CauseCards. */
export function useCauseList(): Loaded {
  return useAfterStart('cause-list', load);
}

/** The cards once their code is here, or that they could not be downloaded. */
export function CauseCards({ loaded, ...props }: CauseListModule.CauseListProps & { loaded: Loaded }) {
  const { t } = useTranslation('troubleshoot');
  // Until they are here, a screen's height is held for them, so that what follows them (Start
  // again, the answers) starts below the first screen and does not move in view when they come.
  if (loaded === null) return <div className="min-h-screen" />;
  if ('failed' in loaded) {
    return (
      <p role="alert" className="mt-8 border-s-4 border-red-700 bg-red-50 p-3 text-red-900">
        {t('result.cardsFailed')}
      </p>
    );
  }
  return <loaded.value.CauseList {...props} />;
}
