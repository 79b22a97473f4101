import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { afterAll, describe, expect, it } from 'vitest';
import { CACHE, SECURITY_HEADERS, builtPages, headersFile, nginxSnippet, robots, sitemap } from './deploy-files.mjs';

/** `_headers` as Netlify and Cloudflare read it: a path line, then indented `Name: value` lines. */
function parseHeaders(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!line.startsWith(' ')) rules.set(line, (current = new Map()));
    else {
      const [name, ...value] = line.trim().split(': ');
      current?.set(name as string, value.join(': '));
    }
  }
  return rules;
}

/** The rules whose path pattern (`*` = anything) matches `path`, as the hosts apply them. */
function headersFor(rules: Map<string, Map<string, string>>, path: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const [pattern, headers] of rules) {
    const re = new RegExp(`^${pattern.replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`);
    if (!re.test(path)) continue;
    for (const [name, value] of headers) found.set(name, [...(found.get(name) ?? []), value]);
  }
  return found;
}

describe('_headers', () => {
  for (const base of ['/', '/support/mail/']) {
    const rules = parseHeaders(headersFile(base));
    it(`${base}: hashed files are immutable for a year, pages are revalidated, each by exactly one rule`, () => {
      expect(headersFor(rules, `${base}assets/main-AbCd1234.js`).get('Cache-Control')).toEqual([CACHE.hashed]);
      for (const page of ['', 'ja/', 'en/setup/client/', 'ja/setup/result/', '404.html', 'sitemap.xml']) {
        expect(headersFor(rules, `${base}${page}`).get('Cache-Control'), page).toEqual([CACHE.other]);
      }
    });
    it(`${base}: every response forbids framing and sniffing and sends no referrer`, () => {
      for (const path of [base, `${base}ja/reference/`, `${base}assets/x-AbCd1234.js`]) {
        const headers = headersFor(rules, path);
        for (const [name, value] of SECURITY_HEADERS) expect(headers.get(name), `${path} ${name}`).toEqual([value]);
      }
      expect(headersFor(rules, `${base}ja/`).has('Strict-Transport-Security')).toBe(false);
    });
  }
});

describe('nginx snippet', () => {
  const conf = nginxSnippet('/support/mail/');
  it('serves the sub-path with the 404 page and no fallback, and sets the headers on both blocks', () => {
    expect(conf).toMatch(/location \/support\/mail\/ \{/);
    expect(conf).toContain('error_page 404 /support/mail/404.html;');
    expect(conf).not.toMatch(/try_files|rewrite/);
    expect(conf.match(/add_header X-Content-Type-Options "nosniff" always;/g)).toHaveLength(2);
    expect(conf).toMatch(/location \/support\/mail\/assets\/ \{\s+[^}]*immutable/);
    expect(conf).toContain(`add_header Cache-Control "${CACHE.other}" always;`);
  });
  it('balances its braces, so it can be included as it is', () => {
    expect(conf.split('{').length).toBe(conf.split('}').length);
  });
});

describe('sitemap and robots.txt', () => {
  const dir = mkdtempSync(join(tmpdir(), 'deploy-files-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const page = (path: string, html: string) => {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(join(dir, path, 'index.html'), html);
  };
  for (const lang of ['ja', 'en']) {
    page(`${lang}`, '<main><h1 tabindex="-1">Home</h1></main>');
    page(`${lang}/setup/client`, '<h1>Which app?</h1>');
    page(`${lang}/setup`, '<p>Going to the first question…</p>');
    page(`${lang}/setup/result`, '<meta name="sitemap" content="leave-out"><h1>Your settings</h1>');
  }

  it('lists each page with a heading in both languages, and leaves out pages that only lead on', () => {
    expect(builtPages(dir)).toEqual(['en/', 'en/setup/client/', 'ja/', 'ja/setup/client/']);
  });

  it('gives absolute URLs under the base path, each with its hreflang alternates', () => {
    const xml = sitemap(builtPages(dir), { origin: 'https://www.example.jp', base: '/support/mail/' });
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    const urls = Array.from(doc.getElementsByTagName('url'));
    expect(urls.map((u) => u.getElementsByTagName('loc')[0]?.textContent)).toContain('https://www.example.jp/support/mail/ja/setup/client/');
    const en = urls.find((u) => u.getElementsByTagName('loc')[0]?.textContent?.endsWith('/en/setup/client/'));
    const links = Array.from(en?.getElementsByTagName('xhtml:link') ?? []).map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]);
    expect(links).toEqual([
      ['ja', 'https://www.example.jp/support/mail/ja/setup/client/'],
      ['en', 'https://www.example.jp/support/mail/en/setup/client/'],
      ['x-default', 'https://www.example.jp/support/mail/'],
    ]);
  });

  it('robots.txt names the sitemap', () => {
    expect(robots({ origin: 'https://www.example.jp', base: '/support/mail/' })).toContain('Sitemap: https://www.example.jp/support/mail/sitemap.xml');
  });
});
