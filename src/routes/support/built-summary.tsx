/**
 * What the link builder's setup answers come to, as support staff read it to the customer or
 * paste it: the settings code and the settings recommend() gives — the function the result
 * page renders, so nothing is decided here.
 */
import { useTranslation } from 'react-i18next';
import { CopyValue } from '../../components/copy-button';
import { recommend } from '../../flow/recommend';
import type { Answers } from '../../flow/steps';

export function SettingsSummary({ answers }: { answers: Answers }) {
  const { t } = useTranslation('support');
  const { code, receive, send } = recommend(answers);
  const summary = t('builder.summary', {
    receiveHost: receive.host,
    receivePort: receive.port,
    receiveSecurity: t(`builder.values.security.${receive.security}`),
    receiveAuth: t(`builder.values.receiveAuth.${receive.auth}`),
    sendHost: send.host,
    sendPort: send.port,
    sendSecurity: t(`builder.values.security.${send.security}`),
    sendAuth: t(`builder.values.sendAuth.${send.auth}`),
  });
  return (
    <dl className="mt-3 space-y-3">
      <div>
        <dt className="font-semibold">{t('builder.code')}</dt>
        <dd className="mt-1">
          <CopyValue value={code} what={t('builder.code')} />
        </dd>
      </div>
      <div>
        <dt className="font-semibold">{t('builder.summaryLabel')}</dt>
        <dd className="mt-1">
          <CopyValue value={summary} what={t('builder.summaryLabel')} />
        </dd>
      </div>
    </dl>
  );
}
