/** A settings code a customer reads out: what it means, its result, its answers for the link builder. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths, type Lang } from '../../app/paths';
import { useLang } from '../../app/use-lang';
import { ErrorSummary } from '../../components/error-summary';
import { RESULT } from '../../flow/engine';
import { answersForCode, isOutcomeCode, recommend, type OutcomeCode } from '../../flow/recommend';
import { toQuery } from '../../flow/resolve';
import { SETUP_FLOW } from '../../flow/steps';
import { HOSTS } from '../../settings/servers';

export function codeHref(lang: Lang, code: OutcomeCode): string {
  return paths.setup(lang, RESULT, toQuery(SETUP_FLOW, answersForCode(code)));
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
export function CodeLookup({ onFill }: { onFill: (code: OutcomeCode) => void }) {
  const { t } = useTranslation('support');
  const { t: tc } = useTranslation('common');
  const lang = useLang();
  const navigate = useNavigate();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);

  /** The code in the box, or null after saying what is wrong with it. */
  function readCode(): OutcomeCode | null {
    const code = value.normalize('NFKC').trim().toUpperCase();
    if (code === '') {
      setError(t('lookupRequired'));
      return null;
    }
    if (!isOutcomeCode(code)) {
      setError(t('lookupError', { code: code.slice(0, 20) }));
      return null;
    }
    setError(null);
    return code;
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = readCode();
    if (code) void navigate(codeHref(lang, code));
  }

  function fill() {
    const code = readCode();
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
      <p className="mt-3 text-slate-700">{t('lookupNote')}</p>
    </section>
  );
}

