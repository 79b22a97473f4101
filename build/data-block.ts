/**
 * The JSON data blocks of a built page (`<script type="application/json" id="…">`), as the
 * prerender writes them (src/prerender.tsx, `<` escaped by src/i18n/errors-text.ts
 * dataBlockJson so that no text in them can end the script): read and written by the build
 * steps that change a page after it was prerendered.
 */
import { dataBlockJson } from '../src/i18n/errors-text';

/** The block `id` as it is written in a page, with its value. */
export const dataBlock = (id: string, value: unknown): string => `<script type="application/json" id="${id}">${dataBlockJson(value)}</script>`;

/** The block `id` of `html` (its whole tag, to replace it) and its value; undefined if there is none. */
export function readDataBlock(html: string, id: string): { tag: string; value: unknown } | undefined {
  const found = html.match(new RegExp(`<script type="application/json" id="${id}">([^<]*)</script>`));
  return found ? { tag: found[0], value: JSON.parse(found[1] as string) as unknown } : undefined;
}
