/**
 * What the host adds to the files, checked on nginx with the block the build writes
 * (scripts/e2e.mjs runs the sub-path suite there): the headers a <meta> cannot set, the
 * cache policy, the bilingual 404 page for anything missing, the folder redirect, and the
 * sitemap and robots.txt. On the plain test server (serve) these are the host's business
 * and are skipped.
 */
import { DOMParser } from '@xmldom/xmldom';
import { CACHE, SECURITY_HEADERS } from '../scripts/deploy-files.mjs';
import { expect, ready, test } from './fixtures';

test.skip(process.env.E2E_SERVER !== 'nginx', 'the deploy configuration is tested on nginx');

const securityHeaders = (headers: Record<string, string>) =>
  Object.fromEntries(SECURITY_HEADERS.map(([name]) => [name, headers[name.toLowerCase()]]));

test('pages, hashed files and the 404 page carry the security headers and their cache policy', async ({ request, page, baseURL }) => {
  const expected = Object.fromEntries(SECURITY_HEADERS);
  const pageResponse = await request.get('ja/setup/client/');
  expect(pageResponse.status()).toBe(200);
  expect(securityHeaders(pageResponse.headers())).toEqual(expected);
  expect(pageResponse.headers()['cache-control']).toBe(CACHE.other);

  // A hashed file the page loads (read from the page itself, so this follows the build).
  await page.goto('ja/setup/client/');
  await ready(page);
  const asset = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).find((name) => /\/assets\/.+\.js$/.test(name)));
  expect(asset).toBeTruthy();
  const assetResponse = await request.get(asset as string);
  expect(securityHeaders(assetResponse.headers())).toEqual(expected);
  expect(assetResponse.headers()['cache-control']).toBe(CACHE.hashed);
  expect(assetResponse.headers()['content-type']).toMatch(/javascript/);

  const missing = await request.get('ja/no-such-page/');
  expect(missing.status()).toBe(404);
  expect(securityHeaders(missing.headers())).toEqual(expected);
  const body = await missing.text();
  expect(body).toContain('ページが見つかりません');
  expect(body).toContain('Page not found');
  expect(new URL(baseURL as string).pathname).not.toBe('/');
});

test('a folder asked for without its slash is redirected to it on the same host, and there is no SPA fallback', async ({ request, baseURL }) => {
  const base = new URL(baseURL as string).pathname;
  const response = await request.get('ja/reference', { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers()['location']).toBe(`${base}ja/reference/`);
  expect((await request.get('ja/setup/no-such-step/')).status()).toBe(404);
});

test('sitemap.xml lists every page in both languages with absolute URLs, and robots.txt names it', async ({ request, baseURL }) => {
  const xml = await (await request.get('sitemap.xml')).text();
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const locs = Array.from(doc.getElementsByTagName('loc')).map((loc) => loc.textContent ?? '');
  const base = new URL(baseURL as string).pathname;
  for (const lang of ['ja', 'en']) {
    for (const page of ['', 'reference/', 'support/', 'setup/registration/', 'troubleshoot/', 'cant-send/symptom/', 'cant-receive/symptom/', 'check/']) {
      expect(locs.some((loc) => new URL(loc).pathname === `${base}${lang}/${page}`), `${lang}/${page}`).toBe(true);
    }
  }
  // A later question or a result without the answers before it only leads on to the first question: not a page to list.
  expect(locs.some((loc) => /\/(result|client)\//.test(loc))).toBe(false);
  expect(locs.length % 2).toBe(0);
  const robots = await (await request.get('robots.txt')).text();
  expect(robots).toMatch(new RegExp(`^Sitemap: https?://[^/]+${base}sitemap\\.xml$`, 'm'));
});
