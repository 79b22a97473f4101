/**
 * `/:lang/error/`: "what does your app say?". The customer picks the app (or "don't know")
 * and pastes or types the message; the page shows the likely causes with their fixes.
 * What was typed stays in this component's state: it is never put in the URL, in storage or
 * in a request (it may hold an address). Only the app and the id of the message found go
 * into the query (`?app=thunderbird&message=tb-smtp-timeout`), so that support staff can
 * link "this error on this app" (docs/decisions/0001-url-contract.md).
 * `/:lang/error/<message id>/` is the same page with that message and its app chosen,
 * prerendered with the message in its HTML: the link support staff send
 * (docs/decisions/0011-a-page-for-each-message.md). What is chosen there goes to the lookup's
 * own address, with the query, as above.
 */
import { use, useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { loadAllMessages, type MessageSearch, type MessagesHtml } from './error-lookup/loaders';
import { MessageResult } from './error-lookup/message-result';
import { classify, type LoadFailureKind } from '../app/load-failure';
import { CAUSES_TEXT, type HtmlText } from '../i18n/causes-text';
import { paths } from '../app/paths';
import { useLang } from '../app/use-lang';
import { EARLY_PLACE, filledByLoader } from '../components/flow/early-part';
import { PageHeading } from '../components/heading';
import { usePageMeta } from '../components/page-meta';
import { isLive, useAfterHydration } from '../components/use-hydrated';
import { appOfId, isMessageApp, type AlertTitle, type MessageEntry } from '../troubleshoot/messages/types';
import { APPS, appChoice, shownEntry } from './error-lookup/app-choice';
import { currentParts, entryOf, hasLinked, loadLinked, loadSearch, useParts } from './error-lookup/parts';
import { OtherCandidates, Questions } from './error-lookup/other-parts';
import { NotFound } from './not-found';

const FOCUS = 'focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-amber-500';
/**
 * The matcher and the tables download this long after the page is shown: after it is
 * interactive (its budget counts until then), before most customers have typed a message, so
 * that a search works at once, and still works when the connection has gone since.
 * Focusing the message field starts it at once.
 */
const PREFETCH_AFTER_MS = 1000;
const prefetch = () => void loadSearch().catch(() => undefined);

/**
 * The page's HTML carries the text of the causes' cards (src/i18n/causes-text.ts), and where each
 * message is as the page shows it (MessagesHtml); src/prerender.tsx writes them.
 */
export const handle: { htmlText: HtmlText; messages: MessagesHtml } = {
  htmlText: CAUSES_TEXT,
  messages: { apps: APPS, load: loadAllMessages, render: (entry) => <MessageResult entry={entry} />, preload: loadLinked },
};

/** What the last search found; `none` when nothing matched. Not in the URL: it follows from the typed text. */
type Outcome =
  | { readonly kind: 'none' }
  | { readonly kind: 'found'; readonly others: readonly MessageEntry[]; readonly title?: AlertTitle }
  | null;

/** How many other messages a search lists, besides the one it shows (all of a title's, if a title alone was typed). */
const OTHERS = 3;

/**
 * A message's own page shows the lookup with that message; an id the table does not hold is
 * "not found", as a static host answers that address.
 */
export function Component() {
  const pathId = useParams().message ?? null;
  const parts = useParts();
  if (pathId !== null) {
    if (!hasLinked(parts, pathId)) use(loadLinked(pathId));
    if (!entryOf(parts, pathId)) return <NotFound />;
  }
  return <Lookup pathId={pathId} />;
}

function Lookup({ pathId }: { pathId: string | null }) {
  const { t } = useTranslation('errorLookup');
  const { t: tr } = useTranslation('result');
  const lang = useLang();
  const ids = { app: useId(), message: useId(), hint: useId(), error: useId() };
  const [params] = useSearchParams();
  const navigate = useNavigate();
  // While the page hydrates, what its HTML shows: no app and no message, or the message a link
  // names when the page's first script has shown it (src/prerender-early.tsx); the query's once
  // the page is live.
  const [early] = useState(() => !isLive() && filledByLoader());
  const queryApp = useAfterHydration(params.get('app'), null);
  const queryId = useAfterHydration(params.get('message'), early ? params.get('message') : null);
  const app = appChoice(pathId === null ? queryApp : (appOfId(pathId) ?? null));
  // On a message's own page, that message, of its app, as its HTML shows it.
  const id = pathId ?? queryId;
  const parts = useParts();
  // A support link to one message: its table and the result's code and text download when
  // the page first renders, which waits for them (the app renders as a transition, so the page
  // on screen, prerendered or the one before, stays until then): the message is in the first
  // render. A failed download shows the route's error page (docs/decisions/0003).
  if (!hasLinked(parts, id) && id !== null) use(loadLinked(id));
  const result = parts.result;
  const entry = shownEntry(parts, app, id);
  const [text, setText] = useState('');
  const [error, setError] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [searching, setSearching] = useState(false);
  const [failure, setFailure] = useState<Exclude<LoadFailureKind, 'reloading'> | null>(null);
  usePageMeta({ title: t('title'), description: t('intro') });
  useEffect(() => {
    const timer = setTimeout(prefetch, PREFETCH_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  // After a search, focus moves to what it found (the layout does the same after a navigation).
  useEffect(() => {
    if (outcome) document.querySelector<HTMLElement>('main [data-focus-on-load]')?.focus();
  }, [outcome]);

  const knowsApp = app === 'unsure' || isMessageApp(app);
  // What is chosen on the page goes into the lookup's own address, a message's page's too.
  const lookupHref = (next: URLSearchParams) => {
    const query = next.toString();
    return paths.errorLookup(lang, query === '' ? '' : `?${query}`);
  };
  const setQuery = (next: URLSearchParams) => void navigate(lookupHref(next), { replace: true, preventScrollReset: true });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') {
      setError(true);
      return;
    }
    setError(false);
    setFailure(null);
    const search = parts.search;
    if (search) {
      show(search, text);
      return;
    }
    setSearching(true);
    loadSearch().then(
      () => {
        setSearching(false);
        const loaded = currentParts().search;
        if (loaded) show(loaded, text);
      },
      async (reason: unknown) => {
        console.error(reason);
        const kind = await classify(reason);
        setSearching(false);
        // 'reloading': the page is being loaded afresh (a new build was published).
        if (kind !== 'reloading') setFailure(kind);
      },
    );
  };

  const show = (search: MessageSearch, typed: string) => {
    const found = search.matchMessage(typed, isMessageApp(app) ? app : undefined);
    const first = found[0]?.entry;
    // A title typed alone: every message it heads, in its order.
    const title = found[0]?.title;
    const others = title ? found.slice(1).filter((c) => c.title?.id === title.id) : found.slice(1, 1 + OTHERS);
    setOutcome(first ? { kind: 'found', others: others.map((c) => c.entry), ...(title && { title }) } : { kind: 'none' });
    // Only the app and the id found: the typed text stays here.
    const next = new URLSearchParams();
    if (app !== 'unsure') next.set('app', app);
    if (first) next.set('message', first.id);
    setQuery(next);
  };

  const appHref = (id: string) => {
    const next = new URLSearchParams();
    if (app !== 'unsure') next.set('app', app);
    next.set('message', id);
    return lookupHref(next);
  };

  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <p className="mt-4 text-lg">{t('intro')}</p>
      <form noValidate onSubmit={onSubmit} className="mt-6 space-y-6">
        <div>
          <label htmlFor={ids.app} className="block text-lg font-bold">
            {t('appLabel')}
          </label>
          <select
            id={ids.app}
            value={app}
            onChange={(e) => {
              const next = new URLSearchParams();
              if (e.target.value !== 'unsure') next.set('app', e.target.value);
              setOutcome(null);
              setQuery(next);
            }}
            className={`mt-2 block w-full max-w-md rounded border-2 border-slate-700 bg-white p-2 text-lg ${FOCUS}`}
          >
            <option value="unsure">{t('apps.unsure')}</option>
            {APPS.map((id) => (
              <option key={id} value={id}>
                {tr(`appNames.${id}`)}
              </option>
            ))}
          </select>
        </div>
        {knowsApp ? (
          <>
            <div>
              <label htmlFor={ids.message} className="block text-lg font-bold">
                {t('messageLabel')}
              </label>
              <p id={ids.hint} className="mt-1 text-slate-800">
                {t('messageHint')}
              </p>
              {error && (
                <p id={ids.error} className="mt-2 font-bold text-red-700">
                  {t('messageRequired')}
                </p>
              )}
              {/* No name: without script the form must not send the text anywhere, not even into the URL. */}
              <textarea
                id={ids.message}
                value={text}
                onChange={(e) => setText(e.target.value)}
                onFocus={prefetch}
                rows={5}
                autoComplete="off"
                spellCheck={false}
                aria-describedby={error ? `${ids.hint} ${ids.error}` : ids.hint}
                aria-invalid={error || undefined}
                className={`mt-2 block w-full rounded border-2 p-2 text-lg ${error ? 'border-red-700' : 'border-slate-700'} ${FOCUS}`}
              />
            </div>
            <button
              type="submit"
              className={`rounded bg-emerald-800 px-6 py-3 text-lg font-bold text-white shadow-[0_3px_0_#022c22] hover:bg-emerald-900 ${FOCUS}`}
            >
              {t('submit')}
            </button>
          </>
        ) : null}
      </form>

      {/* There from the start, so that screen readers announce what is put into it. */}
      <div role="status">{searching && <p className="mt-6 font-semibold">{t('searching')}</p>}</div>
      {failure && (
        <p role="alert" className="mt-6 font-bold text-red-700">
          {t(`searchFailed.${failure}`)}
        </p>
      )}

      {!knowsApp && (
        <section aria-labelledby="no-messages" className="mt-8">
          <h2 id="no-messages" className="text-xl font-bold">
            {t('noMessages.heading')}
          </h2>
          <p className="mt-2">{t('noMessages.body', { app: tr(`appNames.${app}`) })}</p>
          <Questions />
        </section>
      )}

      {knowsApp && outcome?.kind === 'none' && (
        <section aria-labelledby="not-found" className="mt-8" role="status">
          <h2 id="not-found" tabIndex={-1} data-focus-on-load className="text-xl font-bold focus:outline-none">
            {t('notFound.heading')}
          </h2>
          <p className="mt-2">{t('notFound.body')}</p>
          <Questions />
        </section>
      )}

      {/* Where the page's first script shows the message a link names, before the app has loaded. */}
      <div {...EARLY_PLACE}>{knowsApp && entry && result && outcome?.kind !== 'none' && <result.MessageResult entry={entry} />}</div>
      {knowsApp && entry && outcome?.kind === 'found' && outcome.others.length > 0 && (
        <OtherCandidates
          others={outcome.others}
          {...(outcome.title && { title: outcome.title.texts[lang]?.text ?? outcome.title.texts[lang === 'ja' ? 'en' : 'ja']?.text })}
          href={appHref}
          onPick={(picked) => setOutcome({ ...outcome, others: outcome.others.filter((o) => o.id !== picked.id).concat(entry) })}
        />
      )}
    </>
  );
}
