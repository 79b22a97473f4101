/**
 * The result of a troubleshooting flow: the causes diagnoseSend / diagnoseReceive found,
 * most likely first, under the certainty they have; each with what to change, the
 * values to end with, and a link into the matching step of the setup flow.
 */
import { CONTENT_TIMING } from '../../components/content-timing';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { useLang } from '../../app/use-lang';
import { AnswersSummary, type AnswerRow } from '../../components/flow/answers-summary';
import { PageHeading } from '../../components/heading';
import { usePageMeta } from '../../components/page-meta';
import type { Answers as SetupAnswers } from '../../flow/steps';
import { EXAMPLE_ID } from '../../settings/account';
import { HOSTS } from '../../settings/servers';
import { explanationOf } from '../../troubleshoot/causes';
import type { Cause } from '../../troubleshoot/flow-causes';
import { CERTAINTIES } from '../../troubleshoot/rank';
import { ErrorLookupLink } from '../error-lookup/link';
import { AppCheckLinks } from './app-check-links';
import { FixList } from './fix-list';
import { SettingBox } from './setting-box';
import { setupHref } from './setup-href';

const LINK = 'text-sky-800 underline underline-offset-4';

export function CauseCard({ cause, setupAnswers }: { cause: Cause; setupAnswers: SetupAnswers }) {
  const { t } = useTranslation('troubleshoot');
  const lang = useLang();
  const id = `cause-${cause.id}`;
  return (
    <li>
      <section aria-labelledby={id} className="rounded-lg border border-slate-300 p-4">
        <h3 id={id} className="text-lg font-bold" {...CONTENT_TIMING}>
          {t(`${explanationOf(cause.id)}.title`)}
        </h3>
        <p className="mt-2">{t(`${explanationOf(cause.id)}.body`, { example: EXAMPLE_ID })}</p>
        <FixList fixes={cause.fix} />
        {cause.setting && (
          <SettingBox heading={t('result.settingHeading')} setting={cause.setting} copyWhat={(row, value) => t(`result.copyWhat.${row}`, { value })}>
            {cause.hostAssumed && <p className="mt-3 text-slate-800">{t('result.hostAssumed', { host: HOSTS.mails })}</p>}
          </SettingBox>
        )}
        {cause.alternative && (
          <div className="mt-4">
            <p>{t('result.alternative')}</p>
            <FixList fixes={cause.alternative} />
          </div>
        )}
        <p className="mt-4">
          <Link to={setupHref(lang, cause.setupStep, setupAnswers)} className={LINK}>
            {t('result.setupLink')}
          </Link>
        </p>
      </section>
    </li>
  );
}

interface CauseListProps {
  readonly title: string;
  readonly causes: readonly Cause[];
  readonly rows: readonly AnswerRow[];
  /** The answers the setup flow can take over (toSetupAnswers). */
  readonly setupAnswers: SetupAnswers;
  /** Said after the causes, e.g. that the incoming server is POP3. */
  readonly note?: ReactNode;
}

export function CauseList({ title, causes, rows, setupAnswers, note }: CauseListProps) {
  const { t } = useTranslation('troubleshoot');
  const lang = useLang();
  usePageMeta({ title });
  const groups = CERTAINTIES.map((certainty) => ({ certainty, causes: causes.filter((c) => c.certainty === certainty) })).filter(
    (g) => g.causes.length > 0,
  );
  return (
    <>
      <PageHeading>{title}</PageHeading>
      {groups.map((group) => (
        <section key={group.certainty} aria-labelledby={`certainty-${group.certainty}`} className="mt-8">
          <h2 id={`certainty-${group.certainty}`} className="text-xl font-bold">
            {t(`certainty.${group.certainty}`)}
          </h2>
          <ol className="mt-3 space-y-4">
            {group.causes.map((cause) => (
              <CauseCard key={cause.id} cause={cause} setupAnswers={setupAnswers} />
            ))}
          </ol>
        </section>
      ))}
      {note}
      <p className="mt-8">
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
