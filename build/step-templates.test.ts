import { describe, expect, it } from 'vitest';
import { withStepTemplates } from './step-templates';

/** A page as the prerender writes it: its title, its header's language link and its <main>. */
const page = (title: string, other: string, main: string) =>
  `<html><head><title>${title}</title></head><body><div id="root"><header><a lang="en" hrefLang="en" aria-label="English" href="${other}">English</a></header>` +
  `<main id="main" tabindex="-1" class="m">${main}</main><footer>f</footer></div>\n</body></html>`;

const PAGES = new Map([
  ['ja/setup/index.html', page('登録', '/en/setup/', '<h1>登録</h1>')],
  ['ja/setup/registration/index.html', page('登録', '/en/setup/registration/', '<h1>登録</h1>')],
  ['ja/setup/network/index.html', page('回線 &amp; &quot;x&quot;', '/en/setup/network/', '<h1>回線</h1>')],
  ['ja/setup/result/index.html', page('結果', '/en/setup/result/', '<h1>結果</h1>')],
  ['en/setup/network/index.html', page('Network', '/ja/setup/network/', '<h1>Network</h1>')],
  ['ja/reference/index.html', page('一覧', '/en/reference/', '<h1>一覧</h1>')],
]);

const templatesOf = (html: string | undefined) =>
  [...(html ?? '').matchAll(/<script type="text\/html" data-step="([^"]+)" data-title="([^"]*)" data-other="([^"]*)">(.*?)<\/script>/g)].map((m) => m.slice(1));

describe('withStepTemplates', () => {
  const out = withStepTemplates(PAGES);

  it("gives a question the other questions of its flow in its language, each its own <main>, title and language link", () => {
    expect(templatesOf(out.get('ja/setup/registration/index.html'))).toEqual([['network', '回線 &amp; &quot;x&quot;', '/en/setup/network/', '<h1>回線</h1>']]);
    expect(templatesOf(out.get('ja/setup/network/index.html'))).toEqual([['registration', '登録', '/en/setup/registration/', '<h1>登録</h1>']]);
  });

  it("gives the flow's folder every question, and puts them after the page's content", () => {
    const html = out.get('ja/setup/index.html') ?? '';
    expect(templatesOf(html).map(([step]) => step)).toEqual(['registration', 'network']);
    expect(html.indexOf('<script')).toBeGreaterThan(html.indexOf('</footer>'));
    expect(html.endsWith('</script></body></html>')).toBe(true);
  });

  it("gives the result every question, for a link whose answers do not reach it", () => {
    expect(templatesOf(out.get('ja/setup/result/index.html')).map(([step]) => step)).toEqual(['registration', 'network']);
  });

  it('leaves another language with one question, and pages outside the flows, as they are', () => {
    expect(out.has('en/setup/network/index.html')).toBe(false);
    expect(out.has('ja/reference/index.html')).toBe(false);
  });

  it('stops the build when a question has no <main> to give, or one a data block cannot hold', () => {
    expect(() => withStepTemplates(new Map([['ja/setup/network/index.html', '<html><title>x</title><body></body></html>']]))).toThrow(/network/);
    const scripted = page('x', '/en/setup/network/', '<h1>x</h1><SCRIPT>1</SCRIPT>');
    expect(() => withStepTemplates(new Map([['ja/setup/network/index.html', scripted]]))).toThrow(/script/);
  });
});
