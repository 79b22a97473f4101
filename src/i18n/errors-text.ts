/**
 * The error pages' text travels in each page's HTML as a JSON data block (not run, so the
 * Content-Security-Policy has nothing to allow): the page's language, or both on the pages
 * outside a language (`/` and the 404 page). src/prerender.tsx writes it; src/i18n/i18n.ts reads it.
 */
import type { Lang } from '../app/paths';
import type errors from './ja/errors';

export const ERRORS_TEXT_ID = 'guide-errors-text';

export type ErrorsText = Partial<Record<Lang, typeof errors>>;

/** The data block's text (this one's, and any other's): JSON, with `<` escaped so that no text can end the element. */
export function dataBlockJson(text: unknown): string {
  return JSON.stringify(text).replace(/</g, '\\u003c');
}
