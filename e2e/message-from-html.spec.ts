/**
 * A support link to one message of the error lookup (`?message=`) paints that message and its
 * causes' cards from the page's HTML, before the app has loaded
 * (docs/decisions/0008-a-message-link-paints-from-the-html.md); the app, when it starts, keeps
 * those very elements. A link the page shows no message for paints none early either.
 */
import { paths, type Lang } from '../src/app/paths';
import enLookup from '../src/i18n/en/error-lookup';
import enNotFound from '../src/i18n/en/not-found';
import enResult from '../src/i18n/en/result';
import enTs from '../src/i18n/en/troubleshoot';
import jaLookup from '../src/i18n/ja/error-lookup';
import jaResult from '../src/i18n/ja/result';
import jaTs from '../src/i18n/ja/troubleshoot';
import { explanationOf } from '../src/troubleshoot/causes';
import { lookupCauses } from '../src/troubleshoot/lookup';
import { messageById } from '../src/troubleshoot/messages';
import { at, expect, ready, test } from './fixtures';
import { early, holdTheApp, markEarly } from './hold-the-app';

const TEXT = { ja: { lookup: jaLookup, ts: jaTs, result: jaResult }, en: { lookup: enLookup, ts: enTs, result: enResult } } as const;

/** The cards' titles the page shows for the message, in its order. */
function titles(lang: Lang, id: string): string[] {
  const entry = messageById(id);
  if (!entry) throw new Error(`no message ${id}`);
  const causes = TEXT[lang].ts.causes as Record<string, { title: string }>;
  return lookupCauses(entry).flatMap((group) => group.causes.map((cause) => causes[explanationOf(cause.id).replace('causes.', '')]?.title ?? ''));
}

const LINKS: readonly { lang: Lang; query: string; id: string; app?: string }[] = [
  { lang: 'ja', query: '?app=outlook&message=ol-0x800ccc0e', id: 'ol-0x800ccc0e', app: 'outlook' },
  { lang: 'en', query: '?message=tb-smtp-starttls-failed', id: 'tb-smtp-starttls-failed' },
  // An app the lookup does not offer is "don't know": the message shows all the same.
  { lang: 'en', query: '?app=eudora&message=aosp-auth', id: 'aosp-auth' },
];

for (const { lang, query, id, app } of LINKS) {
  test(`a ${lang} link to a message (${query}) paints it and its causes before the app loads, and the app keeps them`, async ({ page }) => {
    const t = TEXT[lang];
    const release = await holdTheApp(page);
    await page.goto(at(paths.errorLookup(lang, query)));
    const part = early(page);
    await expect(part.getByRole('heading', { name: t.lookup.resultHeading })).toBeVisible();
    const expected = titles(lang, id);
    expect(expected.length).toBeGreaterThan(0);
    await expect(part.locator('h3[elementtiming]')).toHaveText(expected);
    await markEarly(page);

    await release();
    await ready(page);
    await expect(part.locator('[data-test-kept]'), 'the app adopted what the HTML painted').toHaveCount(1);
    await expect(part.locator('h3[elementtiming]')).toHaveText(expected);
    // The app then reads the rest of the query: the app picked is the link's.
    const picked = app && app in t.result.appNames ? t.result.appNames[app as keyof typeof t.result.appNames] : t.lookup.apps.unsure;
    await expect(page.getByLabel(t.lookup.appLabel).locator('option:checked')).toHaveText(picked);
  });
}

const NOTHING = [
  { name: 'a message of another app than the one it names', query: '?app=thunderbird&message=ol-0x800ccc0e' },
  { name: 'a message id in capitals', query: '?message=OL-0X800CCC0E' },
  { name: 'an id that is no message', query: '?app=outlook&message=ol-0x00000000' },
];

for (const { name, query } of NOTHING) {
  test(`a link to ${name} paints no message early, and the app shows none either`, async ({ page }) => {
    const t = TEXT.ja;
    const release = await holdTheApp(page);
    await page.goto(at(paths.errorLookup('ja', query)));
    await expect(page.locator('main h1')).toHaveText(t.lookup.title);
    await expect(early(page)).toBeEmpty();
    await release();
    await ready(page);
    await expect(page.getByRole('heading', { name: t.lookup.resultHeading })).toHaveCount(0);
    await expect(page.getByLabel(t.lookup.messageLabel).or(page.getByRole('heading', { name: t.lookup.noMessages.heading })).first()).toBeVisible();
  });
}

/**
 * A message's own page (`/error/<id>/`, docs/decisions/0011-a-page-for-each-message.md) has the
 * message in its HTML, without the app and without JavaScript; the app adopts it, and what is
 * chosen there goes to the lookup's own address.
 */
const OWN_PAGES: readonly { lang: Lang; id: string; app: keyof typeof jaResult.appNames }[] = [
  { lang: 'ja', id: 'ol-0x800ccc0e', app: 'outlook' },
  { lang: 'en', id: 'tb-smtp-starttls-failed', app: 'thunderbird' },
  { lang: 'ja', id: 'aosp-auth', app: 'android' },
];

for (const { lang, id, app } of OWN_PAGES) {
  test(`the ${lang} page of ${id} has the message and its causes in its HTML, and the app keeps them`, async ({ page }) => {
    const t = TEXT[lang];
    const release = await holdTheApp(page);
    await page.goto(at(paths.errorMessage(lang, id)));
    const part = early(page);
    const expected = titles(lang, id);
    expect(expected.length).toBeGreaterThan(0);
    await expect(part.getByRole('heading', { name: t.lookup.resultHeading })).toBeVisible();
    await expect(part.locator('h3[elementtiming]')).toHaveText(expected);
    await expect(page.getByLabel(t.lookup.appLabel).locator('option:checked')).toHaveText(t.result.appNames[app]);
    await markEarly(page);

    await release();
    await ready(page);
    await expect(part.locator('[data-test-kept]'), 'the app adopted what the HTML painted').toHaveCount(1);
    await expect(part.locator('h3[elementtiming]')).toHaveText(expected);
    await expect(page).toHaveURL(new RegExp(`/${lang}/error/${id}/$`));
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test("a message's page shows the message and its causes", async ({ page }) => {
    await page.goto(at(paths.errorMessage('en', 'tb-smtp-starttls-failed')));
    await expect(page.locator('main h1')).toHaveText(TEXT.en.lookup.title);
    await expect(early(page).locator('h3[elementtiming]')).toHaveText(titles('en', 'tb-smtp-starttls-failed'));
  });
});

test("on a message's page, picking another app goes to the lookup with that app", async ({ page }) => {
  const t = TEXT.ja;
  await page.goto(at(paths.errorMessage('ja', 'ol-0x800ccc0e')));
  await ready(page);
  await page.getByLabel(t.lookup.appLabel).selectOption('thunderbird');
  await expect(page).toHaveURL(/\/ja\/error\/\?app=thunderbird$/);
  await expect(page.getByRole('heading', { name: t.lookup.resultHeading })).toHaveCount(0);
  await expect(page.getByLabel(t.lookup.messageLabel)).toBeVisible();
});

test('an address of the form of a message page that names no message is "not found"', async ({ page }) => {
  // From a page of the app, as a link within it would go there (a static host answers its 404 page).
  await page.goto(at(paths.errorMessage('en', 'ol-0x800ccc0e')));
  await ready(page);
  await page.evaluate(() => {
    history.pushState(null, '', location.pathname.replace('ol-0x800ccc0e', 'ol-0x00000000'));
    dispatchEvent(new PopStateEvent('popstate'));
  });
  await expect(page.locator('main h1')).toHaveText(enNotFound.title);
});
