/**
 * A link the app would redirect (an answer that is not an option, a step its answers do not
 * reach, answers out of order) is sent on by the page's first script before the app has loaded,
 * replacing the history entry, to the page the app would show. A question of the same flow is
 * drawn from the copy of it the page carries, with no second request; the result is loaded
 * (build/first-paint-loader.ts `redirectOf`, held to resolve() by src/flow/route.test.ts;
 * docs/decisions/0010-a-redirect-draws-its-question-in-place.md).
 */
import { paths } from '../src/app/paths';
import enFlow from '../src/i18n/en/flow';
import jaFlow from '../src/i18n/ja/flow';
import type { Locator, Page } from '@playwright/test';
import { at, expect, ready, test } from './fixtures';
import { holdTheApp } from './hold-the-app';
import { absolute } from './setup-helpers';

const LINKS = [
  {
    name: 'an answer that is not an option',
    from: paths.cantSend('ja', 'port', '?symptom=error'),
    to: paths.cantSend('ja', 'symptom', '?symptom=error'),
    error: jaFlow.invalidAnswer.replace('{{value}}', 'error'),
  },
  {
    name: 'an answer of its own step that is not an option',
    from: paths.cantSend('en', 'symptom', '?symptom=nope'),
    to: paths.cantSend('en', 'symptom', '?symptom=nope'),
    error: enFlow.invalidAnswer.replace('{{value}}', 'nope'),
  },
  { name: 'a step its answers do not reach', from: paths.cantReceive('en', 'host'), to: paths.cantReceive('en', 'symptom') },
  {
    name: 'answers that do not reach the result it is',
    from: paths.setup('ja', 'result', '?registration=yes'),
    to: paths.setup('ja', 'network', '?registration=yes'),
  },
  {
    name: 'answers out of order, in capitals, with a key of no step',
    from: paths.setup('en', 'antivirus', '?NETWORK=Asahi&utm_source=mail&Registration=YES&virus-check=unsure'),
    to: paths.setup('en', 'antivirus', '?registration=yes&network=asahi&virus-check=unsure'),
  },
] as const;

/** Where the heading, the options and the error are on screen, and the page's title. */
async function layoutOf(page: Page) {
  const box = async (locator: Locator) => (await locator.count()) > 0 ? await locator.first().boundingBox() : null;
  return {
    title: await page.title(),
    heading: await box(page.locator('main h1')),
    options: await Promise.all((await page.locator('main label').all()).map(box)),
    summary: await box(page.getByRole('alert')),
    error: await box(page.locator('main fieldset p[id$="-error"]')),
    text: await page.locator('main form').innerText(),
  };
}

for (const link of LINKS) {
  test(`a link with ${link.name} shows its page's question before the app loads, replacing the entry`, async ({ page }) => {
    await page.goto(at(paths.home('en')));
    await ready(page);
    const documents: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'document') documents.push(request.url());
    });
    const release = await holdTheApp(page);
    await page.goto(at(link.from));
    await expect(page).toHaveURL(absolute(link.to));
    // The question, drawn by the first script from this page's HTML: the app has not run.
    await expect(page.getByRole('radio').first()).toBeVisible();
    expect(documents, 'no second page was loaded').toEqual([absolute(link.from)]);
    if ('error' in link) {
      await expect(page.getByRole('link', { name: link.error }), 'the error is there before the app').toBeVisible();
      await expect(page.locator('main fieldset')).toHaveAttribute('aria-describedby', /-error$/);
    }
    const before = await layoutOf(page);
    for (const drawn of ['main h1', 'main form']) await page.locator(drawn).evaluate((element) => element.setAttribute('data-test-kept', ''));
    await release();
    await ready(page);
    await expect(page.locator('main h1'), 'the app adopted the heading the first script drew').toHaveAttribute('data-test-kept', '');
    await expect(page.locator('main form'), 'the app adopted the question the first script drew').toHaveAttribute('data-test-kept', '');
    if ('error' in link) await expect(page.getByRole('alert'), 'the app moved focus to the error, as after Continue').toBeFocused();
    expect(await layoutOf(page), 'the app drew the page as the first script had, title included').toEqual(before);
    await page.goBack();
    await expect(page, 'the link sent on left no history entry').toHaveURL(absolute(paths.home('en')));
  });
}

test('a link the app shows as it is is not sent on', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'document') requested.push(request.url());
  });
  const link = paths.cantSend('en', 'port', '?symptom=times-out');
  await page.goto(at(link));
  await ready(page);
  expect(requested).toEqual([absolute(link)]);
  await expect(page).toHaveURL(absolute(link));
});
