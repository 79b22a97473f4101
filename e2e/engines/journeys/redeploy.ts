/**
 * A new build published mid-session: one lazy chunk of the old build answers 404. The app loads
 * the page asked for afresh once; the chunk is still missing, so it ends on the recovery page in
 * the page's language — never a blank page or the framework's error screen — whose "Show this
 * page again" opens the page once the file is back.
 */
import { expect } from 'vitest';
import { paths } from '../../../src/app/paths';
import { SETUP_FLOW } from '../../../src/flow/steps';
import { h1, textOf } from '../text';
import type { Journey } from './journey';

/** The setup flow's pages' chunk, which the support page does not load. */
const SETUP_CHUNK = /^\/assets\/setup-[^/]+\.js$/;

export const redeploy: Journey = {
  id: 'redeploy',
  title: 'a lazy chunk gone after a redeploy ends on the recovery page in the page’s language',
  // The failed download is what this journey is about, and the app logs it: each engine reports
  // it in its own words (Firefox's BiDi log names a logged Error object only "JSHandle@error").
  allow: [/setup-[^/\s]+\.js|dynamically imported module|Importing a module script failed|JSHandle@error/i],
  async run(page, lang) {
    const t = textOf(lang);
    await page.open(paths.support(lang));
    page.server.fail(SETUP_CHUNK);
    page.server.forget();
    await page.click({ within: { role: 'navigation' }, role: 'link', name: t.common.nav.setup });
    await page.expectHeading(t.errors.failed.title);
    expect(page.server.requests.filter((request) => request.startsWith(`GET ${paths.setup(lang, SETUP_FLOW.first)}`)), 'the page was loaded afresh once').toHaveLength(1);
    expect(await page.run('() => [document.documentElement.lang, document.title]', [])).toEqual([lang, `${t.errors.failed.title} – ${t.errors.titleSuffix}`]);
    expect(await page.textOf({ role: 'main' }), 'no developer error screen').not.toMatch(/TypeError|Unexpected Application Error|at \w+ \(/);
    await page.expectLocation(paths.setup(lang, SETUP_FLOW.first));

    page.server.fail(null);
    await page.click({ role: 'button', name: t.errors.failed.retry });
    await page.expectHeading(t.steps[SETUP_FLOW.first].title);
    expect(await page.textOf(h1)).toBe(t.steps[SETUP_FLOW.first].title);
  },
};
