/**
 * Build-time renderer (runs in Node, never shipped to browsers): renders one route to HTML
 * with its <head>: language, title, description, hreflang alternates and the
 * Content-Security-Policy, whose script hashes are computed here.
 */
import { renderToString } from 'react-dom/server.edge';
import { I18nextProvider } from 'react-i18next';
import { StaticRouterProvider, createStaticHandler, createStaticRouter } from 'react-router';
import { contentSecurityPolicy } from '../build/csp';
import { BASENAME, withBase } from './app/basename';
import { LANGS, DEFAULT_LANG, isLang, paths, switchLanguage, type Lang } from './app/paths';
import { languageRedirectScript } from './app/preferred-lang';
import { NOT_FOUND_FILE, isFlowEntry } from './app/route-list';
import { routes } from './app/routes';
import { PageMetaContext, type PageMeta } from './components/page-meta';
import { EARLY_ID, FLOW_ROUTE_ID, earlyDecision, flowRouteOf, lookupEarly, resultFlowOf } from './prerender-early';
import type { HtmlText } from './i18n/causes-text';
import type { MessagesHtml } from './routes/error-lookup/loaders';
import { ERRORS_TEXT_ID, dataBlockJson, type ErrorsText } from './i18n/errors-text';
import { createI18n } from './i18n/i18n';
import en from './i18n/en/resources';
import ja from './i18n/ja/resources';

const i18n = { ja: createI18n('ja', ja), en: createI18n('en', en as typeof ja) };

/** Where the site is published, for absolute hreflang URLs (`SITE_ORIGIN` at build time). */
const ORIGIN = (process.env.SITE_ORIGIN ?? 'http://localhost:4173').replace(/\/$/, '');

type HeadElement = { type: string; props: Record<string, unknown> };

/** The page's policy (build/csp.ts); the build adds the hashes of what it inlines later. */
async function csp(inlineScripts: readonly string[]): Promise<HeadElement> {
  return { type: 'meta', props: { 'http-equiv': 'Content-Security-Policy', content: await contentSecurityPolicy(inlineScripts) } };
}

function alternates(path: string): HeadElement[] {
  const url = (p: string) => `${ORIGIN}${withBase(p)}`;
  return [
    ...LANGS.map((lang) => ({ type: 'link', props: { rel: 'alternate', hreflang: lang, href: url(switchLanguage(path, '', lang)) } })),
    { type: 'link', props: { rel: 'alternate', hreflang: 'x-default', href: url(paths.languagePicker()) } },
  ];
}

const jsonBlock = (id: string, value: unknown): HeadElement => ({ type: 'script', props: { type: 'application/json', id, children: dataBlockJson(value) } });

/** The error pages' text for the app, as a JSON data block (src/i18n/errors-text.ts). */
function errorsTextBlock(langs: readonly Lang[]): HeadElement {
  const text: ErrorsText = Object.fromEntries(langs.map((lang) => [lang, (lang === 'ja' ? ja : en).errors]));
  return jsonBlock(ERRORS_TEXT_ID, text);
}

/** The part of an on-demand namespace a page's route asks its HTML to carry (`handle.htmlText`), as a JSON data block. */
function htmlTextBlock(lang: Lang, { id, namespace, keys }: HtmlText): HeadElement {
  const text = (lang === 'ja' ? ja : en)[namespace] as Record<string, unknown>;
  return jsonBlock(id, Object.fromEntries(keys.map((key) => [key, text[key]])));
}

function StaticNotFound() {
  return (
    <div data-static-404 className="mx-auto max-w-3xl px-4 py-10">
      {LANGS.map((lang) => {
        const t = i18n[lang].getFixedT(lang, 'notFound');
        return (
          <section key={lang} lang={lang} className="mb-10">
            <h1 className="text-2xl font-bold">{t('title')}</h1>
            <p className="mt-4 text-lg">{t('body')}</p>
            <p className="mt-4">
              <a className="text-lg text-sky-800 underline" href={withBase(paths.home(lang))}>
                {t('home')}
              </a>
            </p>
          </section>
        );
      })}
    </div>
  );
}

export async function prerender({ url }: { url: string }) {
  if (url === NOT_FOUND_FILE) {
    return {
      html: renderToString(<StaticNotFound />),
      head: { lang: DEFAULT_LANG, title: `${ja.notFound.title} / ${en.notFound.title}`, elements: new Set([await csp([]), errorsTextBlock(LANGS)]) },
    };
  }

  const segment = url.split('/')[1];
  const lang: Lang = isLang(segment) ? segment : DEFAULT_LANG;
  const handler = createStaticHandler(routes, { basename: BASENAME });
  const context = await handler.query(new Request(new URL(withBase(url), ORIGIN)));
  if (context instanceof Response) throw new Error(`Unexpected response while prerendering ${url}`);
  // A message's own page renders it into its HTML: what the page renders it with is here first.
  for (const match of context.matches) {
    const messages = (match.route.handle as { messages?: MessagesHtml } | undefined)?.messages;
    if (messages && match.params.message) await messages.preload(match.params.message);
  }

  const meta: PageMeta = { title: '' };
  const html = renderToString(
    <PageMetaContext value={meta}>
      <I18nextProvider i18n={i18n[lang]}>
        <StaticRouterProvider router={createStaticRouter(handler.dataRoutes, context)} context={context} hydrate={false} />
      </I18nextProvider>
    </PageMetaContext>,
  );

  const elements: HeadElement[] = [...alternates(url)];
  // A page without a description of its own (a question, the result) is described as the guide.
  const description = meta.description ?? i18n[lang].t('home:lead');
  elements.push({ type: 'meta', props: { name: 'description', content: description } });
  // A later question, a result or a flow's folder opened without answers leads on to the
  // flow's first question: the sitemap (scripts/deploy-files.mjs) lists that one instead. Not
  // `robots: noindex`, which would also mark the same page opened from a support link.
  if (!isFlowEntry(url)) elements.push({ type: 'meta', props: { name: 'sitemap', content: 'leave-out' } });
  elements.push(errorsTextBlock(isLang(segment) ? [lang] : LANGS));
  for (const match of context.matches) {
    const handle = match.route.handle as { htmlText?: HtmlText; messages?: MessagesHtml } | undefined;
    if (handle?.htmlText) elements.push(htmlTextBlock(lang, handle.htmlText));
    // The error lookup's: each message as it shows it, for a link that names one (`?message=`);
    // a message's own page has it in its HTML.
    if (handle?.messages && !match.params.message) elements.push(jsonBlock(EARLY_ID, await lookupEarly(lang, i18n[lang], handle.messages)));
  }
  // A result's HTML carries what its loader paints from the URL's answers (src/prerender-early.tsx).
  const resultFlow = isLang(segment) ? resultFlowOf(url, lang) : undefined;
  if (resultFlow) elements.push(jsonBlock(EARLY_ID, earlyDecision(resultFlow, i18n[lang])));
  // A flow page's, where the URL's answers lead, for a link the app would redirect.
  const flowRoute = isLang(segment) ? flowRouteOf(url, i18n[lang]) : undefined;
  if (flowRoute) elements.push(jsonBlock(FLOW_ROUTE_ID, flowRoute));
  if (url === paths.languagePicker()) {
    // `/` picks the language before any bundle loads; without JavaScript it goes to Japanese.
    const script = languageRedirectScript(withBase('/'));
    elements.push(await csp([script]), { type: 'script', props: { children: script } });
    elements.push({
      type: 'noscript',
      props: { children: { type: 'meta', props: { 'http-equiv': 'refresh', content: `0; url=${withBase(paths.home(DEFAULT_LANG))}` } } },
    });
  } else {
    elements.push(await csp([]));
  }
  return { html, head: { lang, title: meta.title, elements: new Set(elements) } };
}
