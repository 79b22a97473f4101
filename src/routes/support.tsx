/**
 * For support staff: every step URL and every settings code, each copyable, and a box to
 * open the result for a code a customer reads out. Every URL comes from the path helpers and
 * the flow definition, never typed by hand.
 */
import { Suspense, lazy, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { withBase } from '../app/basename';
import { paths } from '../app/paths';
import { useLang } from '../app/use-lang';
import { CopyValue } from '../components/copy-button';
import { ErrorSummary } from '../components/error-summary';
import { PageHeading } from '../components/heading';
import { usePageMeta } from '../components/page-meta';
import { RESULT } from '../flow/engine';
import { OUTCOME_CODES, answersForCode, isOutcomeCode, recommend, type OutcomeCode } from '../flow/recommend';
import { toQuery } from '../flow/resolve';
import { SETUP_FLOW, STEP_IDS } from '../flow/steps';
import { PRESET_CLIENT_IDS } from '../flow/clients';
import { HOSTS } from '../settings/servers';
import { CHECK_PART } from './troubleshoot/app-check-links';
import { RECEIVE_STEP_IDS } from '../troubleshoot/cant-receive';
import { SEND_STEP_IDS } from '../troubleshoot/cant-send';

/** An absolute link, as it must be pasted into a chat or an e-mail. */
function absolute(path: string): string {
  const origin = typeof window === 'undefined' ? '' : window.location.origin;
  return `${origin}${withBase(path)}`;
}

function codeHref(lang: 'ja' | 'en', code: OutcomeCode): string {
  return paths.setup(lang, RESULT, toQuery(SETUP_FLOW, answersForCode(code)));
}

/** What a code's settings are, read off the result the code opens (recommend), not off its letters. */
function CodeMeaning({ code }: { code: OutcomeCode }) {
  const { t } = useTranslation('support');
  const { receive, send } = recommend(answersForCode(code));
  const receiveKey = receive.security === 'ssl-tls' ? 'S' : receive.auth === 'apop' ? 'A' : 'P';
  return (
    <ul className="list-disc ps-5">
      <li>{t(`meaning.receive.${receiveKey}`, { port: receive.port })}</li>
      <li>{t(`meaning.host.${send.host === HOSTS.mails ? 'V' : 'M'}`, { host: send.host })}</li>
      <li>{send.security === 'ssl-tls' ? t('meaning.sendPortSsl', { port: send.port }) : t('meaning.sendPortSubmission', { port: send.port })}</li>
      <li>{t(`meaning.auth.${send.auth === 'smtp-auth' ? 'A' : 'B'}`)}</li>
    </ul>
  );
}

function CodeLookup() {
  const { t } = useTranslation('support');
  const { t: tc } = useTranslation('common');
  const lang = useLang();
  const navigate = useNavigate();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = value.normalize('NFKC').trim().toUpperCase();
    if (code === '') return setError(t('lookupRequired'));
    if (!isOutcomeCode(code)) return setError(t('lookupError', { code: code.slice(0, 20) }));
    setError(null);
    void navigate(codeHref(lang, code));
  }

  return (
    <section className="mt-8">
      <h2 className="text-xl font-bold">{t('lookupHeading')}</h2>
      <ErrorSummary errors={error ? [{ fieldId: 'code-lookup', message: error }] : []} />
      <form onSubmit={submit} noValidate className="mt-3">
        <label htmlFor="code-lookup" className="block font-semibold">
          {t('lookupLabel')}
        </label>
        <p id="code-lookup-hint" className="text-slate-700">
          {t('lookupHint')}
        </p>
        {error && (
          <p id="code-lookup-error" className="font-bold text-red-800">
            <span className="sr-only">{tc('errorPrefix')}</span>
            {error}
          </p>
        )}
        <div className="mt-2 flex flex-wrap gap-3">
          <input
            id="code-lookup"
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={value}
            onChange={(e) => setValue(e.target.value)}
            aria-describedby={error ? 'code-lookup-hint code-lookup-error' : 'code-lookup-hint'}
            aria-invalid={error ? true : undefined}
            className="w-32 rounded border-2 border-slate-700 px-3 py-2 font-mono text-lg uppercase"
          />
          <button type="submit" className="rounded bg-emerald-800 px-5 py-2 text-lg font-bold text-white hover:bg-emerald-900 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-amber-500">
            {t('lookupButton')}
          </button>
        </div>
      </form>
      <p className="mt-3 text-slate-700">{t('lookupNote')}</p>
    </section>
  );
}

/** The apps page and each app's guide, whole and at its part on an existing account. */
function AppGuides() {
  const { t } = useTranslation('support');
  const { t: tr } = useTranslation('result');
  const lang = useLang();
  const links = [
    { key: 'apps', title: t('appsPage'), href: paths.apps(lang) },
    ...PRESET_CLIENT_IDS.flatMap((app) => [
      { key: app, title: t('appGuide', { app: tr(`appNames.${app}`) }), href: paths.app(lang, app) },
      { key: `${app}-check`, title: t('appCheck', { app: tr(`appNames.${app}`) }), href: `${paths.app(lang, app)}${CHECK_PART}` },
    ]),
  ];
  return (
    <section className="mt-8">
      <h2 className="text-xl font-bold">{t('appsHeading')}</h2>
      <p className="mt-2">{t('appsIntro')}</p>
      <ul className="mt-3 space-y-4">
        {links.map(({ key, title, href }) => (
          <li key={key}>
            <p className="font-semibold">
              <Link to={href} className="text-sky-800 underline underline-offset-4">
                {title}
              </Link>
            </p>
            <CopyValue value={absolute(href)} display={withBase(href)} what={title} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Every question of the two troubleshooting flows, each with its link to copy. */
function TroubleshootSteps() {
  const { t } = useTranslation('support');
  const { t: tt } = useTranslation('troubleshoot');
  const lang = useLang();
  const flows = [
    {
      id: 'cant-send',
      title: tt('entries.cant-send.title'),
      steps: SEND_STEP_IDS.map((step) => ({ step, title: tt(`flows.cant-send.steps.${step}.title`), href: paths.cantSend(lang, step) })),
    },
    {
      id: 'cant-receive',
      title: tt('entries.cant-receive.title'),
      steps: RECEIVE_STEP_IDS.map((step) => ({ step, title: tt(`flows.cant-receive.steps.${step}.title`), href: paths.cantReceive(lang, step) })),
    },
  ];
  return (
    <section className="mt-8">
      <h2 className="text-xl font-bold">{t('troubleshootHeading')}</h2>
      <p className="mt-2">{t('troubleshootIntro')}</p>
      {flows.map((flow) => (
        <div key={flow.id}>
          <h3 className="mt-6 text-lg font-bold">{flow.title}</h3>
          <ul className="mt-3 space-y-4">
            {flow.steps.map(({ step, title, href }) => (
              <li key={step}>
                <p className="font-semibold">
                  <Link to={href} className="text-sky-800 underline underline-offset-4">
                    {title}
                  </Link>
                </p>
                <CopyValue value={absolute(href)} display={withBase(href)} what={t('stepLink', { step: title })} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

export function Component() {
  const { t } = useTranslation('support');
  const { t: tSteps } = useTranslation('steps');
  const { t: tc } = useTranslation('common');
  const { t: tt } = useTranslation('troubleshoot');
  const lang = useLang();
  usePageMeta({ title: t('title') });

  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <p className="mt-4">{t('intro')}</p>

      <CodeLookup />

      <section className="mt-8">
        <h2 className="text-xl font-bold">{t('stepsHeading')}</h2>
        <p className="mt-2">{t('stepsIntro')}</p>
        <ul className="mt-3 space-y-4">
          {STEP_IDS.map((step) => (
            <li key={step}>
              <p className="font-semibold">
                <Link to={paths.setup(lang, step)} className="text-sky-800 underline underline-offset-4">
                  {tSteps(`${step}.title`)}
                </Link>
              </p>
              <CopyValue value={absolute(paths.setup(lang, step))} display={withBase(paths.setup(lang, step))} what={t('stepLink', { step: tSteps(`${step}.summary`) })} />
            </li>
          ))}
        </ul>
      </section>

      <section className="mt-8">
        <h2 className="text-xl font-bold">{t('codesHeading')}</h2>
        <p className="mt-2">{t('codesIntro')}</p>
        <ul className="mt-3 space-y-4">
          {OUTCOME_CODES.map((code) => (
            <li key={code} className="rounded border border-slate-300 p-3">
              <h3 className="font-mono text-lg font-bold">
                <Link to={codeHref(lang, code)} className="text-sky-800 underline underline-offset-4">
                  {code}
                </Link>
              </h3>
              <CodeMeaning code={code} />
              <div className="mt-2">
                <CopyValue value={absolute(codeHref(lang, code))} display={withBase(codeHref(lang, code))} what={t('codeLink', { code })} />
              </div>
            </li>
          ))}
        </ul>
      </section>

      <AppGuides />

      <TroubleshootSteps />

      <KnownMessages />

      <section className="mt-8">
        <h2 className="text-xl font-bold">{t('otherPagesHeading')}</h2>
        <ul className="mt-2 space-y-3">
          <li>
            <CopyValue value={absolute(paths.home(lang))} display={withBase(paths.home(lang))} what={tc('nav.home')} />
          </li>
          <li>
            <CopyValue value={absolute(paths.reference(lang))} display={withBase(paths.reference(lang))} what={tc('nav.reference')} />
          </li>
          <li>
            <CopyValue value={absolute(paths.troubleshoot(lang))} display={withBase(paths.troubleshoot(lang))} what={tc('nav.troubleshoot')} />
          </li>
          <li>
            <CopyValue value={absolute(paths.check(lang))} display={withBase(paths.check(lang))} what={tt('entries.check.title')} />
          </li>
        </ul>
      </section>
    </>
  );
}

/**
 * The list of every known error message (the lookup's whole table, about 10 KB gzip) comes
 * when asked for, so that the support page loads no more than any other page. Vite's list of
 * files to preload with this import names the entry's stylesheet, which is inlined into every
 * page and not shipped: the build names the entry there instead (build/first-paint.ts,
 * writeBundle), so nothing is asked for that is not there.
 */
const ErrorMessageLinks = lazy(() => import('./error-lookup/support-list').then((module) => ({ default: module.ErrorMessageLinks })));

function KnownMessages() {
  const { t } = useTranslation('support');
  const [shown, setShown] = useState(false);
  if (!shown) {
    return (
      <p className="mt-8">
        <button type="button" className="text-start text-lg text-sky-800 underline underline-offset-4" onClick={() => setShown(true)}>
          {t('showMessages')}
        </button>
      </p>
    );
  }
  return (
    <Suspense fallback={<p className="mt-8" role="status">{t('loadingMessages')}</p>}>
      <ErrorMessageLinks />
    </Suspense>
  );
}
