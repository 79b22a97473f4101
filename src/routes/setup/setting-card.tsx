/**
 * The result's cards: a server's settings as copyable values in the app's words, and the
 * outcome's notices.
 */
import { useTranslation } from 'react-i18next';
import { CopyValue } from '../../components/copy-button';
import { Notice } from '../../components/notice';
import type { Outcome } from '../../flow/recommend';
import { NOTICE_PLACEMENT, type NoticeId, type NoticePlacement } from '../../flow/result-notes';
import { POP_BEFORE_SMTP } from '../../settings/pop-before-smtp';
import { HOSTS } from '../../settings/servers';
import type { SettingRow } from './setting-rows';

const WARNINGS: ReadonlySet<NoticeId> = new Set([
  'registration-not-registered',
  'registration-unsure',
  'antivirus-checks-outgoing',
  'new-outlook',
  'plain-password',
  'pop-before-smtp',
]);

/** One of the outcome's notices. */
export function OutcomeNotice({ outcome, id }: { outcome: Outcome; id: NoticeId }) {
  const { t } = useTranslation('sheet');
  const values = { host: HOSTS.mails, port: outcome.send.port, minutes: POP_BEFORE_SMTP.windowMinutes };
  return (
    <Notice tone={WARNINGS.has(id) ? 'warning' : 'info'} title={t(`notices.${id}.title`)}>
      <p>{t(`notices.${id}.body`, values)}</p>
      {id === 'pop-before-smtp' && (
        <>
          <p className="mt-2">{t('notices.pop-before-smtp.servers')}</p>
          <p className="mt-2">{t('notices.pop-before-smtp.switch')}</p>
          <p className="mt-2">
            <a href={POP_BEFORE_SMTP.page} className="text-sky-800 underline underline-offset-4">
              {t('notices.pop-before-smtp.link')}
            </a>
          </p>
        </>
      )}
    </Notice>
  );
}

/** The outcome's notices for one part of the result, in order. */
export const noticesFor = (outcome: Outcome, placement: NoticePlacement) => outcome.notices.filter((id) => NOTICE_PLACEMENT[id] === placement);

export function Notices({ outcome, placement }: { outcome: Outcome; placement: NoticePlacement }) {
  return noticesFor(outcome, placement).map((id) => <OutcomeNotice key={id} outcome={outcome} id={id} />);
}

export function SettingCard({ heading, rows }: { heading: string; rows: readonly SettingRow[] }) {
  return (
    <section className="mt-4 rounded-lg border-2 border-slate-400 p-4 break-inside-avoid">
      <h2 className="text-xl font-bold">{heading}</h2>
      <dl className="mt-3 space-y-3">
        {rows.map((row) => (
          <div key={row.id}>
            <dt className="font-semibold text-slate-800">{row.label}</dt>
            <dd className="mt-1">
              <CopyValue value={row.value} what={row.copyWhat} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
