/**
 * The setup flow's result: renders what recommend() decided, in the words of the
 * customer's app. No decision is made here. Above it the flow's page (FlowRoute) draws the
 * printed sheet's header (ResultPrintHeader), the heading and the top of the result
 * (ResultSummary: the app, the code, the notices for the whole result, the essentials).
 */
import { Suspense, lazy, useEffect, useState } from 'react';
import { rememberCode } from '../../app/shown-code';
import { useTranslation } from 'react-i18next';
import { AnswersSummary, type AnswerRow } from '../../components/flow/answers-summary';
import { CopyValue } from '../../components/copy-button';
import { OpenOnPhoneAfterStart } from '../../components/share/after-start';
import { useAfterStart } from '../../components/use-hydrated';
import { recommend, type Outcome } from '../../flow/recommend';
import type { Answers } from '../../flow/steps';
import { mobileconfigSupport } from '../../sheet/export-support';
import { EXAMPLE_ID } from '../../settings/account';
import { TroubleshootLinks } from '../troubleshoot/entries';
import { Exports } from './exports';
import { IdentityFields, type Identity } from './identity-fields';
import { PrintBlank, useResultUrl } from './print';
import { ResultActions } from './result-actions';
import { Notices, SettingCard } from './setting-card';
import { alternativeRows, useSettingRows } from './setting-rows';
import { typedChecks } from './typed-identity';

/**
 * The walkthrough's code and text, asked for after the page has become interactive and drawn
 * once all of it is here: the settings and the controls never wait for it, and nothing
 * suspends. If it cannot be downloaded the result stays as it is.
 */
const loadWalkthrough = () => import('./result-walkthrough');
const ResultWalkthrough = lazy(loadWalkthrough);

/** The walkthrough, once its code and text are here; nothing before (and nothing if they cannot be downloaded). */
function WalkthroughAfterStart({ outcome, identity }: { outcome: Outcome; identity: Identity }) {
  const { i18n } = useTranslation();
  const app = outcome.client === 'other' ? null : outcome.client;
  // Asked for only while `app` is one (the key is null otherwise).
  const load = () => Promise.all([loadWalkthrough(), i18n.loadNamespaces('apps'), app && import('../../i18n/app-text').then((m) => m.addAppText(i18n, app))]);
  const loaded = useAfterStart(app && `${i18n.language}/${app}`, load) !== null;
  return (
    loaded &&
    app && (
      <Suspense fallback={null}>
        <ResultWalkthrough outcome={outcome} app={app} identity={identity} />
      </Suspense>
    )
  );
}

function Why({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation('sheet');
  const values = { port: outcome.send.port, receivePort: outcome.receive.port, host: outcome.send.host };
  return (
    <section className="mt-8 print:hidden">
      <h2 className="text-xl font-bold">{t('why.heading')}</h2>
      <ul className="mt-2 list-disc space-y-1 ps-6">
        {outcome.why.map((id) => (
          <li key={id}>{t(`why.${id}`, values)}</li>
        ))}
      </ul>
    </section>
  );
}

function Alternatives({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation(['result', 'sheet']);
  const { t: ts } = useTranslation('sheet');
  if (outcome.alternatives.length === 0) return null;
  return (
    <section className="mt-8 print:hidden">
      <h2 className="text-xl font-bold">{ts('alternatives.heading')}</h2>
      <p className="mt-2">{ts('alternatives.intro')}</p>
      <ul className="mt-3 space-y-4">
        {outcome.alternatives.map((alt) => (
          <li key={`${alt.role}-${alt.setting.host}-${alt.setting.port}`} className="border-s-4 border-slate-400 ps-3">
            <p className="font-semibold">{t(alt.role === 'receive' ? 'receive.heading' : 'send.heading')}</p>
            {/* The same rows as the cards, in the same app's words; no copy buttons, so each
                value on the page has one button that copies it. */}
            <dl className="mt-1">
              {alternativeRows(t, outcome.labels, alt).map((row) => (
                <div key={row.id} className="flex flex-wrap gap-x-2">
                  <dt>{row.label}:</dt>
                  <dd className="[overflow-wrap:anywhere]">{row.value}</dd>
                </div>
              ))}
            </dl>
            <p className="mt-1">{ts(`alternatives.reasons.${alt.reason}`)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function SetupResult({ answers, rows }: { answers: Answers; rows: readonly AnswerRow[] }) {
  const { t } = useTranslation(['result', 'sheet']);
  const { t: tHome } = useTranslation('home');
  const outcome = recommend(answers);
  // What was typed before this result was last replaced (an error page, another page) is kept.
  const [identity, setIdentity] = useState<Identity>(() => typedChecks().identity);
  const settingRows = useSettingRows(outcome);
  useEffect(() => rememberCode(outcome.code), [outcome.code]);
  const labels = `sheet:labels.${outcome.labels}` as const;
  const shareUrl = useResultUrl(answers);

  return (
    <>
      <section className="mt-6 rounded-lg border-2 border-slate-400 p-4 break-inside-avoid">
        <h2 className="text-xl font-bold">{t('account.heading')}</h2>
        <dl className="mt-3 space-y-2 print:grid print:grid-cols-3 print:gap-3 print:space-y-0">
          <div>
            <dt className="font-semibold text-slate-800">{t(`${labels}.userName`)}</dt>
            <dd className="mt-1">
              {identity.id ? (
                <CopyValue value={identity.id} what={t('copyWhat.userName')} />
              ) : (
                <>
                  {t('account.userNameValue', { example: EXAMPLE_ID })}
                  <PrintBlank />
                </>
              )}
            </dd>
          </div>
          <div>
            <dt className="font-semibold text-slate-800">{t('sheet.emailAddress')}</dt>
            <dd className="mt-1">
              {identity.address ? (
                <CopyValue value={identity.address} what={t('copyWhat.emailAddress')} />
              ) : (
                <>
                  {t('sheet.emailAddressValue')}
                  <PrintBlank />
                </>
              )}
            </dd>
          </div>
          <div>
            <dt className="font-semibold text-slate-800">{t('sheet.password')}</dt>
            <dd>{t('account.passwordValue')}</dd>
            {/* The source's note on its password row, where it stands there (shared/SPEC.md §2). */}
            <dd className="mt-1 text-sm text-slate-800 print:hidden">{t('account.passwordNote')}</dd>
          </div>
        </dl>
      </section>

      <p className="mt-6 border-s-4 border-sky-700 bg-sky-50 p-3">{t(`${labels}.tip`)}</p>

      {/* On screen each server's notices come just before its card; on paper all notices
          come first and the two cards stand side by side, so the sheet fits one A4 page. */}
      <div className="print:grid print:grid-cols-2 print:gap-x-3">
        <div className="print:order-1 print:col-span-2">
          <Notices outcome={outcome} placement="receive" />
        </div>
        <div className="print:order-3">
          <SettingCard heading={t('receive.heading')} rows={settingRows.receive} />
        </div>
        <div className="print:order-2 print:col-span-2">
          <Notices outcome={outcome} placement="send" />
        </div>
        <div className="print:order-4">
          <SettingCard heading={t('send.heading')} rows={settingRows.send} />
        </div>
      </div>

      {/* After the settings, which a customer opening a link came for: optional, it fills in
          the user name and address above, "Copy all" and the downloads below. */}
      <IdentityFields onChange={setIdentity} />

      <ResultActions outcome={outcome} identity={identity} />

      {/* Its box's height is held until it arrives (the folded button; from md up the code and its sentences). */}
      <div className="mt-8 min-h-[8.75rem] md:min-h-[16rem] print:hidden">
        {/* The profile is easiest installed on the iPhone or iPad itself: the code takes the page there. */}
        <OpenOnPhoneAfterStart url={shareUrl} opens="result" profile={outcome.client === 'ios-mail' && mobileconfigSupport(outcome).supported} />
      </div>

      <WalkthroughAfterStart outcome={outcome} identity={identity} />

      <section className="mt-8 print:hidden" aria-labelledby="trouble-heading">
        <h2 id="trouble-heading" className="text-xl font-bold">
          {tHome('troubleHeading')}
        </h2>
        {/* Its text is fetched after the settings are drawn (src/i18n/on-demand.ts): the settings do not wait for it. */}
        <Suspense fallback={null}>
          <TroubleshootLinks />
        </Suspense>
      </section>

      <Exports outcome={outcome} identity={identity} />
      <Why outcome={outcome} />
      <Alternatives outcome={outcome} />
      <AnswersSummary rows={rows} />
    </>
  );
}
