/**
 * A settings code a customer reads out: what it means, its result, its answers for the link
 * builder; or, for a code the guide no longer gives, what it meant and why it went.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { paths, type Lang } from '../../app/paths';
import { useLang } from '../../app/use-lang';
import { ErrorSummary } from '../../components/error-summary';
import { Notice } from '../../components/notice';
import { RESULT } from '../../flow/engine';
import { answersForCode, answersForRetiredCode, isOutcomeCode, isRetiredCode, recommend, type OutcomeCode, type RetiredCode } from '../../flow/recommend';
import { toQuery, walk } from '../../flow/resolve';
import { SETUP_FLOW } from '../../flow/steps';
import { HOSTS, PORTS } from '../../settings/servers';

const LINK = 'text-sky-800 underline underline-offset-4';

export function codeHref(lang: Lang, code: OutcomeCode): string {
  return paths.setup(lang, RESULT, toQuery(SETUP_FLOW, answersForCode(code)));
}

/**
 * Where a retired code's answers lead now: the question they lack (APOP), with them, and from
 * there to the settings that replace it.
 */
export function retiredCodeHref(lang: Lang, code: RetiredCode): string {
  const answers = answersForRetiredCode(code);
  return paths.setup(lang, walk(SETUP_FLOW, answers).stop, toQuery(SETUP_FLOW, answers));
}

/**
 * What a retired code meant, why it was retired, and the link into the setup flow. Its
 * settings are no outcome any more, so they are spelled here: receiving on 995 over SSL/TLS,
 * sending on the submission port with POP before SMTP, through the code's host.
 */
export function RetiredCode({ code }: { code: RetiredCode }) {
  const { t } = useTranslation('support');
  const lang = useLang();
  return (
    <>
      <p className="mt-1">{t('retired.meant')}</p>
      <ul className="list-disc ps-5">
        <li>{t('meaning.receive.S', { port: PORTS.popSsl })}</li>
        <li>{t(`meaning.host.${code[1] === 'V' ? 'V' : 'M'}`, { host: code[1] === 'V' ? HOSTS.mails : HOSTS.mail })}</li>
        <li>{t('meaning.sendPortSubmission', { port: PORTS.submission })}</li>
        <li>{t('meaning.auth.B')}</li>
      </ul>
      <p className="mt-2">{t('retired.why', { sslPort: PORTS.popSsl, port: PORTS.pop })}</p>
      <p className="mt-2">
        <Link to={retiredCodeHref(lang, code)} className={LINK}>
          {t('retired.link')}
        </Link>
      </p>
    </>
  );
}

/** What a code's settings are, read off the result the code opens (recommend), not off its letters. */
export function CodeMeaning({ code }: { code: OutcomeCode }) {
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

/** Opens the result for a code a customer reads out, or puts its answers into the link builder. */
export function CodeLookup({ onFill }: { onFill: (code: OutcomeCode | RetiredCode) => void }) {
  const { t } = useTranslation('support');
  const { t: tc } = useTranslation('common');
  const lang = useLang();
  const navigate = useNavigate();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [retired, setRetired] = useState<RetiredCode | null>(null);

  /** The code in the box, or null after saying what is wrong with it. */
  function readCode(): OutcomeCode | RetiredCode | null {
    const code = value.normalize('NFKC').trim().toUpperCase();
    setRetired(null);
    if (code === '') {
      setError(t('lookupRequired'));
      return null;
    }
    if (!isOutcomeCode(code) && !isRetiredCode(code)) {
      setError(t('lookupError', { code: code.slice(0, 20) }));
      return null;
    }
    setError(null);
    return code;
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = readCode();
    // A retired code opens no result: the page says what it was, where the agent can read it.
    if (code && isRetiredCode(code)) setRetired(code);
    else if (code) void navigate(codeHref(lang, code));
  }

  function fill() {
    const code = readCode();
    if (code && isRetiredCode(code)) setRetired(code);
    if (code) onFill(code);
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
          <button type="button" onClick={fill} className="rounded border-2 border-sky-800 bg-white px-5 py-2 text-lg font-semibold text-sky-900 hover:bg-sky-50 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-amber-500">
            {t('lookupFill')}
          </button>
        </div>
      </form>
      <div role="status">
        {retired && (
          <Notice tone="warning" title={t('retired.title', { code: retired })}>
            <RetiredCode code={retired} />
          </Notice>
        )}
      </div>
      <p className="mt-3 text-slate-700">{t('lookupNote')}</p>
    </section>
  );
}

