/**
 * A page of causes (a flow's result, the checker, an error message's page) links back into the
 * setup flow once, below the cards, at the earliest step any of its causes concerns.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '../../app/use-lang';
import type { Answers as SetupAnswers, PageId } from '../../flow/steps';
import { earliestStep, setupHref } from './setup-href';

/** The one link of a page of causes back into the setup flow (earliestStep), below the cards. */
export function SetupAgainLink({ steps, setupAnswers }: { steps: readonly (PageId | undefined)[]; setupAnswers: SetupAnswers }) {
  const { t } = useTranslation('troubleshoot');
  const lang = useLang();
  const step = earliestStep(steps);
  if (step === null) return null;
  return (
    <p className="mt-6">
      <Link to={setupHref(lang, step, setupAnswers)} className="text-sky-800 underline underline-offset-4">
        {t('result.setupLink')}
      </Link>
    </p>
  );
}
