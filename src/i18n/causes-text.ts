/**
 * The text of the causes' cards (a troubleshooting result's, a message found's): the part of
 * the troubleshooting namespace they show. The error lookup's HTML carries it in the page's
 * language as a JSON data block (its route's `handle` asks the prerender for it, see
 * `HtmlText`), so that a support link to one message shows its causes without downloading the
 * whole namespace (5.6 KB gzip, one round trip after the app starts, where the part is 2.4 KB
 * in the HTML). The other troubleshooting pages load the whole namespace, which holds the part.
 */
import type { Lang } from '../app/paths';
import { PARTIAL_TEXT, getAppI18n, withText } from './i18n';
import type troubleshoot from './ja/troubleshoot';

/**
 * What a route's `handle` names for its HTML to carry: the top-level keys of an on-demand
 * namespace, written by src/prerender.tsx as a JSON data block with this id. (Declared by the
 * route, not imported by the prerender: a module both import would be a chunk of its own.)
 */
export interface HtmlText {
  readonly id: string;
  readonly namespace: 'troubleshoot';
  readonly keys: readonly string[];
}

/** What the cards use: each cause's title and body, the fixes, the setting's labels, the values' names. */
export const CAUSES_TEXT = {
  id: 'guide-causes-text',
  namespace: 'troubleshoot',
  keys: ['causes', 'fixes', 'result', 'values'],
} as const satisfies HtmlText;

export type CausesText = Pick<typeof troubleshoot, (typeof CAUSES_TEXT.keys)[number]>;

/** The block's text, if the page has it and it parses. */
function carried(): CausesText | undefined {
  // Like the error pages' text (src/i18n/i18n.ts), read here so that only the lookup's code has this.
  const block = document.getElementById(CAUSES_TEXT.id);
  if (!block?.textContent) return undefined;
  try {
    return JSON.parse(block.textContent) as CausesText;
  } catch {
    return undefined;
  }
}

/**
 * `withText(load, 'troubleshoot')` for what shows the causes' cards alone (a message found):
 * the part of that namespace the page's HTML carries will do. Here, not in src/i18n/i18n.ts,
 * so that only the error lookup's code carries it, not every page's entry.
 */
export function withCausesText<T>(load: () => Promise<T>): () => Promise<T> {
  const whole = withText(load, 'troubleshoot');
  return () => {
    const instance = getAppI18n();
    if (!instance) return load();
    const lang = instance.language as Lang;
    const text = instance.hasResourceBundle(lang, 'troubleshoot') ? undefined : carried();
    if (text) {
      instance.addResourceBundle(lang, 'troubleshoot', text);
      PARTIAL_TEXT.add('troubleshoot');
    }
    return instance.hasResourceBundle(lang, 'troubleshoot') ? load() : whole();
  };
}
