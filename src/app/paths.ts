/**
 * Every URL of the guide is built here, so that a support link is generated, never
 * hand-concatenated (docs/decisions/0001-url-contract.md). Paths are relative to the
 * base path the site is built for; React Router adds it.
 */
import type { PresetClientId } from '../flow/clients';
import type { RESULT } from '../flow/engine';
import type { PageId } from '../flow/steps';
import type { ReceiveStepId } from '../troubleshoot/cant-receive';
import type { SendStepId } from '../troubleshoot/cant-send';

/** The flows with pages of their own, by the path segment that names them. */
export const FLOW_IDS = ['setup', 'cant-send', 'cant-receive'] as const;
export type FlowId = (typeof FLOW_IDS)[number];

export const LANGS = ['ja', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'ja';

export function isLang(value: string | undefined): value is Lang {
  return (LANGS as readonly (string | undefined)[]).includes(value);
}

export function otherLang(lang: Lang): Lang {
  return lang === 'ja' ? 'en' : 'ja';
}

function flowPath(lang: Lang, flow: FlowId, page: string, query = ''): string {
  return `/${lang}/${flow}/${page}/${query}`;
}

/** `query` is a canonical query string from the flow (`?a=b` or empty). */
export const paths = {
  languagePicker: () => '/',
  home: (lang: Lang) => `/${lang}/`,
  reference: (lang: Lang) => `/${lang}/reference/`,
  support: (lang: Lang) => `/${lang}/support/`,
  setup: (lang: Lang, page: PageId, query = '') => `/${lang}/setup/${page}/${query}`,
  flow: flowPath,
  /** A flow's own folder: it leads to the first question (or as far as `query` reaches). */
  flowFolder: (lang: Lang, flow: FlowId, query = '') => `/${lang}/${flow}/${query}`,
  cantSend: (lang: Lang, page: SendStepId | typeof RESULT, query = '') => flowPath(lang, 'cant-send', page, query),
  cantReceive: (lang: Lang, page: ReceiveStepId | typeof RESULT, query = '') => flowPath(lang, 'cant-receive', page, query),
  /** The troubleshooting hub: both flows and the settings checker. */
  troubleshoot: (lang: Lang) => `/${lang}/troubleshoot/`,
  /** The settings checker; `query` is a canonical check query (checkToQuery) or empty. */
  check: (lang: Lang, query = '') => `/${lang}/check/${query}`,
  /** The error lookup; `query` may hold `app` and `message` (a message id), never the typed text. */
  errorLookup: (lang: Lang, query = '') => `/${lang}/error/${query}`,
  /**
   * One message of the error lookup, with its causes: the lookup with that message's app and the
   * message chosen, prerendered with the message in its HTML (the link support staff send).
   */
  errorMessage: (lang: Lang, id: string) => `/${lang}/error/${id}/`,
  /** The apps page: what each preset app supports, with a link to its guide. */
  apps: (lang: Lang) => `/${lang}/apps/`,
  /** One app's guide; `query` may hold `version` (a variant id of its guide). */
  app: (lang: Lang, app: PresetClientId, query = '') => `/${lang}/apps/${app}/${query}`,
} as const;

/** The same page in another language: the language segment is swapped, the rest kept. */
export function switchLanguage(pathname: string, search: string, to: Lang): string {
  const rest = pathname.replace(/^\/(ja|en)(?=\/|$)/, '');
  return `/${to}${rest || '/'}${search}`;
}
