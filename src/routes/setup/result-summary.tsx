/**
 * The top of the setup result: which app, the settings code, the notices for the whole result,
 * and the essentials (the two servers at a glance, and that the user name is the ASAHI Net
 * ID). It depends only on the answers on the path, so the build renders it for every path and
 * a support link paints it from the HTML (src/prerender-early.tsx,
 * docs/decisions/0006-results-paint-from-the-html.md); the cards below give every value in the
 * app's words, each with its copy button.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTENT_TIMING } from '../../components/content-timing';
import { recommend, type Outcome } from '../../flow/recommend';
import type { Answers } from '../../flow/steps';
import type { Port, Security } from '../../settings/servers';
import { OutcomeNotice, noticesFor } from './setting-card';

function Server({ heading, host, port, security }: { heading: string; host: string; port: Port; security: Security }) {
  const { t } = useTranslation('result');
  return (
    <div>
      <dt className="font-semibold text-slate-800">{heading}</dt>
      <dd className="mt-1">
        <code className="block font-mono text-lg break-all text-slate-950" {...CONTENT_TIMING}>
          {host}
        </code>
        <span className="block text-slate-800">{t(security === 'ssl-tls' ? 'summary.ssl' : 'summary.none', { port })}</span>
      </dd>
    </div>
  );
}

function Intro({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation('result');
  return (
    <>
      <p className="mt-4 text-lg">
        {outcome.client === 'other' ? t('introGeneric') : t('intro', { app: t(`appNames.${outcome.client}`) })}
      </p>
      <p className="mt-2">
        <strong>{t('code', { code: outcome.code })}</strong> <span className="text-slate-700">{t('codeHint')}</span>
      </p>
    </>
  );
}

function Essentials({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation('result');
  return (
    <section aria-labelledby="essentials" className="mt-6 rounded-lg bg-slate-100 p-4 print:bg-transparent print:p-0">
      <h2 id="essentials" className="text-xl font-bold print:hidden">
        {t('summary.heading')}
      </h2>
      <dl className="mt-3 space-y-3 print:hidden">
        <Server heading={t('receive.heading')} host={outcome.receive.host} port={outcome.receive.port} security={outcome.receive.security} />
        <Server heading={t('send.heading')} host={outcome.send.host} port={outcome.send.port} security={outcome.send.security} />
      </dl>
      <p className="mt-3 font-semibold">{t('account.userNameRule')}</p>
    </section>
  );
}

/** The summary's pieces in order, each of which many answers share (src/prerender-early.tsx writes each once). */
export function summaryPieces(answers: Answers): ReactNode[] {
  const outcome = recommend(answers);
  return [
    <Intro key="intro" outcome={outcome} />,
    ...noticesFor(outcome, 'all').map((id) => <OutcomeNotice key={id} outcome={outcome} id={id} />),
    <Essentials key="essentials" outcome={outcome} />,
  ];
}

export function ResultSummary({ answers }: { answers: Answers }) {
  return <>{summaryPieces(answers)}</>;
}
