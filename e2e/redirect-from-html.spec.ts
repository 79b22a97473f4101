/**
 * A link the app would redirect (an answer that is not an option, a step its answers do not
 * reach, answers out of order) is sent on by the page's first script before the app has loaded,
 * replacing the history entry, to the page the app would show: that page's HTML shows its
 * question at once (build/first-paint-loader.ts `redirectOf`, held to resolve() by
 * src/flow/route.test.ts).
 */
import { paths } from '../src/app/paths';
import jaFlow from '../src/i18n/ja/flow';
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
  { name: 'a step its answers do not reach', from: paths.cantReceive('en', 'host'), to: paths.cantReceive('en', 'symptom') },
  {
    name: 'answers out of order, in capitals, with a key of no step',
    from: paths.setup('en', 'antivirus', '?NETWORK=Asahi&utm_source=mail&Registration=YES&virus-check=unsure'),
    to: paths.setup('en', 'antivirus', '?registration=yes&network=asahi&virus-check=unsure'),
  },
] as const;

for (const link of LINKS) {
  test(`a link with ${link.name} goes to its page before the app loads, replacing the entry`, async ({ page }) => {
    await page.goto(at(paths.home('en')));
    await ready(page);
    const release = await holdTheApp(page);
    await page.goto(at(link.from));
    await expect(page).toHaveURL(absolute(link.to));
    // The question, from that page's HTML: the app has not run.
    await expect(page.getByRole('radio').first()).toBeVisible();
    await release();
    await ready(page);
    if ('error' in link) await expect(page.getByRole('link', { name: link.error })).toBeVisible();
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
