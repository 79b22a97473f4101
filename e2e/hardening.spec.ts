/**
 * Hardening: the Content-Security-Policy and referrer policy of every built HTML file;
 * hostile and malformed links in the browser; and the guide kept usable when the clipboard
 * is refused, storage is blocked, or the screen is an old phone's (320 × 568).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test as plain } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { LANGS, paths, type FlowId, type Lang } from '../src/app/paths';
import { prerenderRoutes } from '../src/app/route-list';
import { RESULT } from '../src/flow/engine';
import { recommend } from '../src/flow/recommend';
import { toQuery } from '../src/flow/resolve';
import { SETUP_FLOW, STEP_IDS, optionsOf, type Answers } from '../src/flow/steps';
import enCommon from '../src/i18n/en/common';
import enFlow from '../src/i18n/en/flow';
import enHome from '../src/i18n/en/home';
import enReference from '../src/i18n/en/reference';
import enResult from '../src/i18n/en/result';
import enSteps from '../src/i18n/en/steps';
import jaCommon from '../src/i18n/ja/common';
import jaFlow from '../src/i18n/ja/flow';
import jaHome from '../src/i18n/ja/home';
import jaReference from '../src/i18n/ja/reference';
import jaResult from '../src/i18n/ja/result';
import jaSteps from '../src/i18n/ja/steps';
import { RECEIVE_STEP_IDS } from '../src/troubleshoot/cant-receive';
import { SEND_STEP_IDS } from '../src/troubleshoot/cant-send';
import { at, expect, ready, test } from './fixtures';
import { seededRandom } from '../src/flow/seeded-random';
import { basePath, outDir } from '../scripts/build-env.mjs';

const TEXT = {
  ja: { common: jaCommon, flow: jaFlow, home: jaHome, reference: jaReference, result: jaResult, steps: jaSteps },
  en: { common: enCommon, flow: enFlow, home: enHome, reference: enReference, result: enResult, steps: enSteps },
} as const;

const fill = (template: string, values: Record<string, string>) => template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');

/** The answers of a customer with Thunderbird on ASAHI Net's own line. */
const THUNDERBIRD: Answers = { registration: 'yes', network: 'asahi', 'virus-check': 'no', antivirus: 'no', client: 'thunderbird' };
const resultPath = (lang: Lang) => paths.setup(lang, RESULT, toQuery(SETUP_FLOW, THUNDERBIRD));

// ---------------------------------------------------------------------------------------
// Every built HTML file

const OUT = outDir();
const BASE = basePath();

function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

const decode = (text: string) => text.replace(/&#39;|&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Every source a directive may hold: nothing that names a host or a scheme of another origin. */
const ALLOWED_SOURCE = /^('self'|'none'|'sha256-[A-Za-z0-9+/]+={0,2}'|data:)$/;

function parsePolicy(content: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of decode(content).split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** The document with the contents of <script> and <style> removed, so only markup is left. */
const markupOnly = (html: string) => html.replace(/(<(script|style)\b[^>]*>)[\s\S]*?(<\/\2>)/gi, '$1$3');

const FILES = htmlFiles(OUT);

plain.describe('every built HTML file', () => {
  plain('covers every prerendered route', () => {
    const built = new Set(FILES.map((file) => relative(OUT, file)));
    for (const route of prerenderRoutes()) {
      const file = join(`.${BASE}`, route.endsWith('.html') ? route : `${route}index.html`);
      expect(built.has(file), `${file} in ${OUT}`).toBe(true);
    }
  });

  for (const file of FILES) {
    plain(`${relative(OUT, file)}: a policy that allows nothing from elsewhere, and hashes for all that is inline`, () => {
      const html = readFileSync(file, 'utf8');
      expect(html, 'the page itself was prerendered, not an error').not.toContain('Unexpected Application Error');
      const metas = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"\s*\/?>/gi)];
      expect(metas, 'exactly one Content-Security-Policy meta').toHaveLength(1);
      const [meta] = metas as [RegExpExecArray];
      const policy = parsePolicy(meta[1] ?? '');

      expect(policy.get('default-src'), 'default-src').toEqual(["'self'"]);
      for (const [name, sources] of policy) {
        for (const source of sources) expect(source, `${name} allows only this origin, inline hashes and data:`).toMatch(ALLOWED_SOURCE);
        if (name !== 'img-src') expect(sources, `${name} allows no data:`).not.toContain('data:');
      }
      const scriptSrc = policy.get('script-src') ?? [];
      expect(scriptSrc[0], "script-src starts with 'self'").toBe("'self'");
      for (const source of scriptSrc.slice(1)) expect(source, 'script-src: only hashes beside self').toMatch(/^'sha256-/);
      expect(policy.get('object-src')).toEqual(["'none'"]);

      // A policy in a <meta> covers only what follows it.
      const firstActive = html.search(/<(script|style|link)\b/i);
      expect(meta.index, 'the policy comes before any script, style or link').toBeLessThan(firstActive === -1 ? Infinity : firstActive);

      for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
        // A data block (the loader's list of chunks, a question of the flow) is not run, and the policy does not cover it.
        if (/\stype="application\/json"/.test(attributes ?? '')) {
          expect(() => JSON.parse(body ?? ''), 'a data block holds JSON').not.toThrow();
          continue;
        }
        if (/\stype="text\/html"/.test(attributes ?? '')) {
          expect(body, 'a question carried as a data block holds no script').not.toMatch(/<\/?script/i);
          continue;
        }
        const src = attributes?.match(/\ssrc="([^"]*)"/)?.[1];
        if (src !== undefined) {
          expect(src, 'scripts come from this site').toMatch(new RegExp(`^${BASE}`));
          continue;
        }
        expect(scriptSrc, `the inline script ${body?.slice(0, 60)}… has its hash listed`).toContain(sha256(body ?? ''));
      }
      const styleSrc = policy.get('style-src') ?? [];
      for (const [, body] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
        expect(styleSrc, 'the inline stylesheet has its hash listed').toContain(sha256(body ?? ''));
      }

      const markup = markupOnly(html);
      const handlers = [...markup.matchAll(/<[a-z][^>]*\son[a-z]+\s*=[^>]*>/gi)].map((m) => m[0]);
      expect(handlers, 'no inline event handler attributes').toEqual([]);
      const styled = [...markup.matchAll(/<[a-z][^>]*\sstyle\s*=[^>]*>/gi)].map((m) => m[0]);
      expect(styled, 'no style attributes (the policy would block them)').toEqual([]);

      expect(html, 'a referrer policy that sends nothing to other sites').toMatch(
        /<meta name="referrer" content="(no-referrer|same-origin|strict-origin)"\s*\/?>/,
      );
    });
  }
});

// ---------------------------------------------------------------------------------------
// Hostile and malformed links

const SEED = 0x4a5d_0c1e;
const URL_COUNT = 60;

const { next: rand, int, pick } = seededRandom(SEED);
const mixedCase = (s: string) => [...s].map((c) => (rand() < 0.5 ? c.toUpperCase() : c.toLowerCase())).join('');

/** A tag name no page uses: if one ever exists in the DOM, input was turned into markup. */
const MARKER = 'x-pwned';
const PAYLOADS = [
  `<${MARKER}></${MARKER}>`,
  `"><${MARKER} id="a"></${MARKER}>`,
  `'><${MARKER}>`,
  `<img src=x onerror="window.__pwned=1">`,
  `<script>window.__pwned=1</script>`,
  `<svg onload="window.__pwned=1"><${MARKER}></${MARKER}></svg>`,
  `javascript:window.__pwned=1`,
  `{{constructor.constructor('window.__pwned=1')()}}`,
  `$t(common.appName)<${MARKER}>`,
  `</title><${MARKER}>`,
  `<!--<${MARKER}>-->`,
  `%3C${MARKER}%3E`,
];
const JUNK_KEYS = ['utm_source', 'fbclid', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'page', 'lang', ''];
const ALL_OPTIONS = STEP_IDS.flatMap((step) => optionsOf(step));

function hostileValue(): string {
  const r = rand();
  if (r < 0.4) return pick(PAYLOADS);
  if (r < 0.5) return 'x'.repeat(5000);
  if (r < 0.55) return `${pick(PAYLOADS)}${'A'.repeat(5000)}`;
  if (r < 0.75) return mixedCase(pick(ALL_OPTIONS));
  if (r < 0.85) return pick(ALL_OPTIONS);
  if (r < 0.9) return '';
  return [...Array(1 + int(12))].map(() => String.fromCharCode(0x20 + int(0x3000))).join('');
}

const ENCODINGS: ((s: string) => string)[] = [
  encodeURIComponent,
  encodeURIComponent,
  (s) => encodeURIComponent(encodeURIComponent(s)),
  (s) => s.replace(/[#&]/g, encodeURIComponent),
  (s) => s,
];

function hostileQuery(steps: readonly string[]): string {
  const params: string[] = [];
  // Often a valid start, so that later steps and results are reached with junk beside them.
  if (rand() < 0.5) {
    for (const step of STEP_IDS.slice(0, int(STEP_IDS.length))) params.push(`${step}=${optionsOf(step)[0]}`);
  }
  const extra = 1 + int(5);
  for (let i = 0; i < extra; i += 1) {
    const r = rand();
    const key = r < 0.45 ? pick(steps) : r < 0.6 ? mixedCase(pick(steps)) : r < 0.8 ? pick(JUNK_KEYS) : pick(PAYLOADS);
    const encode = pick(ENCODINGS);
    params.push(`${encodeURIComponent(key)}=${encode(hostileValue())}`);
    // The same key again, with another value.
    if (rand() < 0.25) params.push(`${encodeURIComponent(key)}=${encode(hostileValue())}`);
  }
  return `?${params.join(rand() < 0.1 ? '&&' : '&')}`;
}

function hostileLang(): string {
  return rand() < 0.75 ? pick(LANGS) : pick(['JA', 'En', 'fr', 'ja-JP', 'xx', 'setup']);
}

function hostilePage(pages: readonly string[]): string {
  const r = rand();
  if (r < 0.6) return pick(pages);
  if (r < 0.8) return mixedCase(pick(pages));
  return pick(['..', '%2e%2e', 'index.html', encodeURIComponent(pick(PAYLOADS)), `${pick(pages)}/..`, `x/../${pick(pages)}`]);
}

const TRAILING = ['/', '/', '/', '', '/index.html'];

/** A link as a customer might be sent it, mangled by a mail client, a typo or an attacker. */
function hostileUrl(): string {
  const r = rand();
  const lang = hostileLang();
  const slash = pick(TRAILING);
  if (r < 0.6) return `/${lang}/setup/${hostilePage([...STEP_IDS, RESULT])}${slash}${hostileQuery(STEP_IDS)}`;
  if (r < 0.8) {
    const [flow, steps]: [FlowId, readonly string[]] = rand() < 0.5 ? ['cant-send', SEND_STEP_IDS] : ['cant-receive', RECEIVE_STEP_IDS];
    return `/${lang}/${flow}/${hostilePage([...steps, RESULT])}${slash}${hostileQuery(steps)}`;
  }
  if (r < 0.9) return `/${lang}/${pick(['', 'reference/', 'support/', 'no-such-page/', '../ja/'])}${hostileQuery(STEP_IDS)}`;
  return `/${lang}/${encodeURIComponent(pick(PAYLOADS))}/${hostileQuery(STEP_IDS)}`;
}

const HOSTILE_URLS = Array.from({ length: URL_COUNT }, hostileUrl);

plain(`the ${URL_COUNT} hostile links are distinct and include long values, markup, wrong languages and odd paths`, () => {
  expect(new Set(HOSTILE_URLS).size).toBe(URL_COUNT);
  expect(HOSTILE_URLS.some((url) => url.length > 5000)).toBe(true);
  expect(HOSTILE_URLS.some((url) => /%3C|</i.test(url))).toBe(true);
  expect(HOSTILE_URLS.some((url) => !LANGS.some((lang) => url.startsWith(`/${lang}/`)))).toBe(true);
  expect(HOSTILE_URLS.some((url) => /\/(\.\.|%2e%2e)(\/|$)/i.test(url))).toBe(true);
  expect(HOSTILE_URLS.some((url) => /\/(ja|en)\/[^?]*[A-Z]/.test(url))).toBe(true);
});

/** nginx's default limit on a request line (large_client_header_buffers 4 8k), less a margin for the base path. */
const NGINX_REQUEST_LINE = 8000;

test.describe(`${URL_COUNT} hostile and malformed links (seed ${SEED})`, () => {
  // A link to a page that does not exist is answered by 404.html, which the browser logs.
  test.use({ allowConsoleErrors: [/404/] });

  for (const [n, url] of HOSTILE_URLS.entries()) {
    const shown = url.length > 100 ? `${url.slice(0, 100)}…(${url.length})` : url;
    // Under the sub-path every third link stands for all (what the base path can break is the same).
    test(`#${n} ${shown}`, { tag: n % 3 === 0 ? [] : ['@exhaustive'] }, async ({ page, baseURL }) => {
      if (process.env.E2E_SERVER === 'nginx' && url.length > NGINX_REQUEST_LINE) {
        // nginx refuses a request line this long before it reads any file; no page of ours is involved.
        expect((await page.request.get(at(url))).status()).toBe(414);
        return;
      }
      await page.goto(at(url));
      await ready(page);
      const heading = page.getByRole('heading', { level: 1 });
      await expect(heading, 'one heading: never a blank page').toHaveCount(1);
      await expect(heading).toBeVisible();
      expect(new URL(page.url()).origin, 'still on this site').toBe(new URL(baseURL ?? '').origin);
      const injected = await page.evaluate((marker) => ({
        marker: document.querySelectorAll(marker).length,
        handlers: document.querySelectorAll('[onerror], [onload], [onclick]').length,
        pwned: (window as { __pwned?: unknown }).__pwned ?? null,
      }), MARKER);
      expect(injected, 'nothing of the link became markup or ran').toEqual({ marker: 0, handlers: 0, pwned: null });
    });
  }
});

// ---------------------------------------------------------------------------------------
// A hostile environment

/** Answers every question with its first answer until the result, as a customer would by clicking. */
async function journeyToResult(page: Page, lang: Lang): Promise<void> {
  const t = TEXT[lang];
  await page.goto(at(paths.setup(lang, SETUP_FLOW.first)));
  await ready(page);
  const heading = page.getByRole('heading', { level: 1 });
  for (let i = 0; i <= STEP_IDS.length; i += 1) {
    if ((await heading.innerText()) === t.result.title) return;
    const before = await heading.innerText();
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: t.flow.continue, exact: true }).click();
    await expect(heading).not.toHaveText(before);
  }
  await expect(heading).toHaveText(t.result.title);
}

test.describe('storage blocked', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      for (const name of ['localStorage', 'sessionStorage']) {
        Object.defineProperty(window, name, {
          configurable: true,
          get: () => {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
      }
    });
  });

  for (const lang of LANGS) {
    test(`${lang}: a whole journey still reaches the settings`, async ({ page }) => {
      await journeyToResult(page, lang);
      const blocked = await page.evaluate(() => {
        try {
          return window.localStorage === undefined ? 'missing' : 'open';
        } catch {
          return 'blocked';
        }
      });
      expect(blocked, 'storage really was blocked').toBe('blocked');
      const what = TEXT[lang].result.copyWhat.receiveHost;
      await expect(page.getByRole('button', { name: fill(TEXT[lang].common.copy.button, { what }), exact: true })).toBeVisible();
    });
  }
});

test.describe('320 × 568, an old but supported phone', () => {
  test.use({ viewport: { width: 320, height: 568 } });

  const noSidewaysScroll = async (page: Page, name: string) => {
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name}: no horizontal scrolling`).toBeLessThanOrEqual(320);
  };
  const withinWidth = async (locator: Locator, name: string) => {
    await locator.scrollIntoViewIfNeeded();
    const box = await locator.boundingBox();
    expect(box, `${name} is laid out`).not.toBeNull();
    expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= 320, `${name} fits in 320 px`).toBe(true);
  };

  for (const lang of LANGS) {
    const t = TEXT[lang];

    test(`${lang}: home, a question, the result and the reference table are usable`, async ({ page }) => {
      await page.goto(at(paths.home(lang)));
      await ready(page);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.home.title);
      await noSidewaysScroll(page, 'home');
      const start = page.getByRole('main').getByRole('link', { name: t.home.start });
      await withinWidth(start, 'the start link');
      await start.click();

      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.steps.registration.title);
      await noSidewaysScroll(page, 'the first question');
      await page.getByRole('radio').first().check();
      const next = page.getByRole('button', { name: t.flow.continue, exact: true });
      await withinWidth(next, 'Continue');
      await next.click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.steps.network.title);

      await page.goto(at(resultPath(lang)));
      await ready(page);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.result.title);
      await noSidewaysScroll(page, 'the result');
      const copy = page.getByRole('button', { name: fill(t.common.copy.button, { what: t.result.copyWhat.sendHost }), exact: true });
      await withinWidth(copy, 'a copy button');

      await page.goto(at(paths.reference(lang)));
      await ready(page);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.reference.title);
      await noSidewaysScroll(page, 'the reference table');
    });
  }
});

test.describe('clipboard refused on the result', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
    });
  });

  for (const lang of LANGS) {
    test(`${lang}: a copy button selects the value and says to copy it by hand`, async ({ page }) => {
      const t = TEXT[lang];
      await page.goto(at(resultPath(lang)));
      await ready(page);
      await page.getByRole('button', { name: fill(t.common.copy.button, { what: t.result.copyWhat.receiveHost }), exact: true }).click();
      await expect(page.getByRole('alert')).toHaveText(t.common.copy.failed);
      expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(recommend(THUNDERBIRD).receive.host);
    });
  }
});
