/**
 * The result of a troubleshooting flow: the causes diagnoseSend / diagnoseReceive found,
 * most likely first, under the certainty they have; each with what to change, the
 * values to end with, and a link into the matching step of the setup flow.
 */
import { CONTENT_TIMING } from '../../components/content-timing';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { useLang } from '../../app/use-lang';
import { AnswersSummary, type AnswerRow } from '../../components/flow/answers-summary';
import type { Answers as SetupAnswers } from '../../flow/steps';
import { HOSTS } from '../../settings/servers';
import { CATALOGUE, CAUSE_COPY_VALUES, explanationOf } from '../../troubleshoot/causes';
import type { Cause } from '../../troubleshoot/flow-causes';
import { CERTAINTIES } from '../../troubleshoot/rank';
import { ErrorLookupLink } from '../error-lookup/link';
import { AppCheckLinks } from './app-check-links';
import { causeCardId } from './cause-summary';
import { FixList } from './fix-list';
import { SettingBox } from './setting-box';
import { SetupAgainLink } from './setup-again-link';

const LINK = 'text-sky-800 underline underline-offset-4';

/**
 * `standalone`: no summary above says why this could be the cause (the error lookup), so the
 * card says it, and its title is what the page is for. A flow's result has its summary
 * (CauseSummary) above the cards.
 */
export function CauseCard({ cause, standalone = false }: { cause: Cause; standalone?: boolean }) {
  const { t } = useTranslation('troubleshoot');
  const lang = useLang();
  const id = causeCardId(cause);
  return (
    <li>
      <section aria-labelledby={id} className="rounded-lg border border-slate-300 p-4">
        <h3 id={id} className="text-lg font-bold" {...(standalone ? CONTENT_TIMING : {})}>
          {t(`${explanationOf(cause.id)}.title`)}
        </h3>
        {standalone && <p className="mt-2">{t(`${explanationOf(cause.id)}.body`, CAUSE_COPY_VALUES)}</p>}
        <FixList fixes={cause.fix} />
        {cause.setting && (
          <SettingBox
            heading={t(cause.server === 'receive' ? 'result.settingHeadingReceive' : 'result.settingHeading')}
            setting={cause.setting}
            copyWhat={(row, value) => t(`result.copyWhat.${row}`, { value })}
          >
            {cause.hostAssumed && <p className="mt-3 text-slate-800">{t('result.hostAssumed', { host: HOSTS.mails })}</p>}
          </SettingBox>
        )}
        {cause.alternative && (
          <div className="mt-4">
            <p>{t('result.alternative')}</p>
            <FixList fixes={cause.alternative} />
          </div>
        )}
        {CATALOGUE[cause.id].guide === 'apps' && (
          <p className="mt-4">
            <Link to={paths.apps(lang)} className={LINK}>
              {t('result.appsLink')}
            </Link>
          </p>
        )}
      </section>
    </li>
  );
}

export interface CauseListProps {
  readonly causes: readonly Cause[];
  readonly rows: readonly AnswerRow[];
  /** The answers the setup flow can take over (toSetupAnswers). */
  readonly setupAnswers: SetupAnswers;
}

export function CauseList({ causes, rows, setupAnswers }: CauseListProps) {
  const { t } = useTranslation('troubleshoot');
  const lang = useLang();
  const groups = CERTAINTIES.map((certainty) => ({ certainty, causes: causes.filter((c) => c.certainty === certainty) })).filter(
    (g) => g.causes.length > 0,
  );
  return (
    <>
      {groups.map((group) => (
        <section key={group.certainty} aria-labelledby={`certainty-${group.certainty}`} className="mt-8">
          <h2 id={`certainty-${group.certainty}`} className="text-xl font-bold">
            {t(`certainty.${group.certainty}`)}
          </h2>
          <ol className="mt-3 space-y-4">
            {group.causes.map((cause) => (
              <CauseCard key={cause.id} cause={cause} />
            ))}
          </ol>
        </section>
      ))}
      <SetupAgainLink steps={causes.map((c) => c.setupStep)} setupAnswers={setupAnswers} />
      <p className="mt-4">
        <Link to={paths.check(lang)} className={LINK}>
          {t('result.checkLink')}
        </Link>
      </p>
      <AppCheckLinks />
      <ErrorLookupLink />
      <AnswersSummary rows={rows} />
    </>
  );
}
