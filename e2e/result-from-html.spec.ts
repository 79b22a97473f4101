/**
 * A result opened from a support link paints what the customer came for from its HTML, before
 * the app has loaded: the setup result's app, code and servers, a troubleshooting result's
 * causes in order (docs/decisions/0006-results-paint-from-the-html.md). The app, when it
 * starts, keeps those very elements and shows the same values in the rest of the page. Answers
 * that do not reach the result paint nothing early: never a setting for other answers.
 */
import { paths, type Lang } from '../src/app/paths';
import { completePaths } from '../src/flow/decision';
import { RESULT, type AnyFlow } from '../src/flow/engine';
import { answersForRetiredCode, recommend } from '../src/flow/recommend';
import { toQuery } from '../src/flow/resolve';
import { SETUP_FLOW, type Answers } from '../src/flow/steps';
import enResult from '../src/i18n/en/result';
import jaResult from '../src/i18n/ja/result';
import enTroubleshoot from '../src/i18n/en/troubleshoot';
import { CANT_RECEIVE_FLOW } from '../src/troubleshoot/cant-receive';
import { HOSTS } from '../src/settings/servers';
import { CANT_SEND_FLOW } from '../src/troubleshoot/cant-send';
import { at, expect, ready, test } from './fixtures';
import { early, holdTheApp, markEarly } from './hold-the-app';

const RESULT_TEXT = { ja: jaResult, en: enResult } as const;

const SETUP_LINKS: readonly { lang: Lang; answers: Answers }[] = [
  { lang: 'ja', answers: { registration: 'yes', network: 'asahi', 'virus-check': 'yes', antivirus: 'no', client: 'thunderbird' } },
  { lang: 'en', answers: { registration: 'no', network: 'other', 'virus-check': 'no', antivirus: 'unsure', client: 'other', 'client-ssl': 'no', 'client-smtp-auth': 'no', 'client-apop': 'yes' } },
  { lang: 'ja', answers: { registration: 'unsure', network: 'au-hikari', 'virus-check': 'unsure', antivirus: 'yes', client: 'ios-mail' } },
  // An app with SSL/TLS and without SMTP AUTH: POP before SMTP, so receiving on 110 (PVB).
  { lang: 'ja', answers: { registration: 'yes', network: 'asahi', 'virus-check': 'yes', antivirus: 'no', client: 'other', 'client-ssl': 'yes', 'client-smtp-auth': 'no', 'client-apop': 'no' } },
];

for (const { lang, answers } of SETUP_LINKS) {
  const outcome = recommend(answers);
  test(`a ${lang} setup result link (${outcome.code}, ${outcome.client}) paints its app, code and servers before the app loads, and the app keeps them`, async ({ page }) => {
    const release = await holdTheApp(page);
    await page.goto(at(paths.setup(lang, RESULT, toQuery(SETUP_FLOW, answers))));
    const part = early(page);
    const text = RESULT_TEXT[lang];
    await expect(part.getByText(text.code.replace('{{code}}', outcome.code))).toBeVisible();
    await expect(part.getByRole('heading', { name: text.summary.heading })).toBeVisible();
    await expect(part.locator('dd .font-mono')).toHaveText([outcome.receive.host, outcome.send.host]);
    const ssl = (port: number, security: string) => (security === 'ssl-tls' ? text.summary.ssl : text.summary.none).replace('{{port}}', String(port));
    await expect(part.locator('dd')).toContainText([ssl(outcome.receive.port, outcome.receive.security), ssl(outcome.send.port, outcome.send.security)]);
    await markEarly(page);
    // Nothing of the app has run: the rest of the result is not there yet.
    await expect(page.getByRole('heading', { name: text.account.heading })).toHaveCount(0);

    await release();
    await ready(page);
    await expect(part.locator('[data-test-kept]'), 'the app adopted what the HTML painted').toHaveCount(1);
    await expect(page.locator('main section dd code').first()).toHaveText(outcome.receive.host);
  });
}

const TROUBLESHOOT: readonly { lang: Lang; flow: AnyFlow; pick: number }[] = [
  { lang: 'ja', flow: CANT_SEND_FLOW as AnyFlow, pick: 0 },
  { lang: 'en', flow: CANT_SEND_FLOW as AnyFlow, pick: 137 },
  { lang: 'en', flow: CANT_RECEIVE_FLOW as AnyFlow, pick: 5 },
  { lang: 'ja', flow: CANT_RECEIVE_FLOW as AnyFlow, pick: 60 },
];

for (const { lang, flow, pick } of TROUBLESHOOT) {
  const all = [...completePaths(flow)];
  const answers = all[pick % all.length] as Record<string, string>;
  const query = toQuery(flow, answers);
  test(`a ${lang} ${flow.id} result link (${query}) paints its causes in order before the app loads, and they are the app's`, async ({ page }) => {
    const release = await holdTheApp(page);
    await page.goto(at(paths.flow(lang, flow.id as 'cant-send', RESULT, query)));
    const summary = early(page).getByRole('listitem');
    await expect(summary.first()).toBeVisible();
    // Each cause's title, a link to its card, with why it could be the cause.
    const painted = await early(page).getByRole('link').allTextContents();
    expect(painted.length).toBeGreaterThan(0);
    await expect(summary.locator('p')).toHaveCount(painted.length);
    await markEarly(page);

    await release();
    await ready(page);
    await expect(early(page).locator('[data-test-kept]')).toHaveCount(1);
    // The causes the app lists below, in its order, are the ones the HTML painted.
    const cards = page.locator('main ol section h3');
    await expect(cards).toHaveText(painted);
    // Each one links to its card.
    await early(page).getByRole('link', { name: painted.at(-1) as string }).click();
    await expect(page.locator('main section h3').last()).toBeInViewport();
  });
}

const NOT_A_RESULT = [
  { name: 'an answer missing', path: paths.setup('ja', RESULT, '?registration=yes&network=asahi&virus-check=no&client=thunderbird') },
  { name: 'an answer that is not an option', path: paths.setup('en', RESULT, '?registration=yes&network=asahi&virus-check=no&antivirus=no&client=eudora') },
  { name: 'no answers', path: paths.cantSend('ja', RESULT) },
];

for (const { name, path } of NOT_A_RESULT) {
  test(`a result link with ${name} paints no result: its HTML takes it to the right question before the app loads`, async ({ page }) => {
    const release = await holdTheApp(page);
    await page.goto(at(path));
    // The question's page, from its own HTML: the app has not run.
    await expect(page).not.toHaveURL(/\/result\//);
    await expect(page.getByRole('radio').first()).toBeVisible();
    await expect(page.locator('[data-early]')).toHaveCount(0);
    await release();
    await ready(page);
    await expect(page).not.toHaveURL(/\/result\//);
    await expect(page.getByRole('radio').first()).toBeVisible();
  });
}

test('a result link sent with a retired settings code (SMB) paints the APOP question it lacks, before the app loads', async ({ page }) => {
  const answers = answersForRetiredCode('SMB');
  const release = await holdTheApp(page);
  await page.goto(at(paths.setup('en', RESULT, toQuery(SETUP_FLOW, answers))));
  await expect(page).toHaveURL(new RegExp(`/setup/client-apop/${toQuery(SETUP_FLOW, answers).replace('?', '\\?')}$`));
  await expect(page.getByRole('radio').first()).toBeVisible();
  await expect(page.locator('[data-early]')).toHaveCount(0);
  await release();
  await ready(page);
  await expect(page).toHaveURL(/\/setup\/client-apop\//);
});

test('a result link with its answers in another order and case paints the same result early', async ({ page }) => {
  const release = await holdTheApp(page);
  await page.goto(at(`${paths.setup('en', RESULT)}?CLIENT=Thunderbird&antivirus=no&virus-check=YES&network=asahi&registration=yes&utm_source=mail`));
  await expect(early(page).locator('dd .font-mono')).toHaveText([HOSTS.pop, HOSTS.mails]);
  await release();
  await ready(page);
  await expect(page).toHaveURL(new RegExp(`${toQuery(SETUP_FLOW, { registration: 'yes', network: 'asahi', 'virus-check': 'yes', antivirus: 'no', client: 'thunderbird' }).replace('?', '\\?')}$`));
  await expect(early(page).locator('dd .font-mono')).toHaveText([HOSTS.pop, HOSTS.mails]);
});

test('a result link’s language switch keeps the answers before the app has started and after', async ({ page }) => {
  const query = toQuery(SETUP_FLOW, SETUP_LINKS[0]?.answers ?? {});
  const english = new RegExp(`/en/setup/result/${query.replace('?', '\\?')}$`);
  const release = await holdTheApp(page);
  await page.goto(at(paths.setup('ja', RESULT, query)));
  const link = page.locator('header a[hreflang="en"]');
  await expect(early(page).locator('dd').first()).toBeVisible();
  // Found in WebKit (e2e/engines/): clicked before the app had drawn it again, it lost the answers.
  await expect(link).toHaveAttribute('href', english);
  await release();
  await ready(page);
  await expect(link).toHaveAttribute('href', english);
  await link.click();
  await expect(page).toHaveURL(english);
});

test.describe('when the cards cannot be downloaded', () => {
  test.use({ allowConsoleErrors: [/Failed to load resource/] });

  test('a troubleshooting result keeps the causes its HTML painted and says the rest could not be loaded', async ({ page }) => {
    await page.route(/\/assets\/cause-list-[^/]+\.js$/, (route) => route.fulfill({ status: 500, body: '' }));
    const answers = [...completePaths(CANT_SEND_FLOW as AnyFlow)][0] as Record<string, string>;
    await page.goto(at(paths.cantSend('en', RESULT, toQuery(CANT_SEND_FLOW as AnyFlow, answers))));
    await ready(page);
    await expect(page.getByRole('alert')).toHaveText(enTroubleshoot.result.cardsFailed);
    await expect(early(page).getByRole('link').first()).toBeVisible();
    await expect(page.locator('main ol section h3')).toHaveCount(0);
  });
});
