import { describe, expect, it } from 'vitest';
import { criticalCss, drawnByTheLoader, unwrapWhere } from './critical-css';
import { dataBlock as json } from './data-block';

describe('drawnByTheLoader', () => {
  it("names the questions a page carries, its question's error, a result's parts and the messages given", () => {
    const answerError = { summary: '<div class="summary"></div>', line: '<p class="line"></p>', prefix: 'Error: ', fieldset: 'in-error' };
    const html =
      `<head>${json('flow-route', { step: 'host', answerError })}${json('early', { parts: ['<li class="part"></li>'], renders: [] })}</head>` +
      `<body><main></main><script type="text/html" data-step="port"><h1 class="port"></h1></script></body>`;
    expect(drawnByTheLoader(html, ['<section class="message"></section>'])).toEqual([
      '<h1 class="port"></h1>',
      '<div class="summary"></div>',
      '<fieldset class="in-error"><p class="line"></p></fieldset>',
      '<li class="part"></li>',
      '<section class="message"></section>',
    ]);
  });

  it('names nothing for a page the loader draws nothing into', () => {
    expect(drawnByTheLoader(`<head>${json('first-paint', { scripts: [] })}</head><body><main></main></body>`)).toEqual([]);
  });
});

describe('criticalCss', () => {
  const page = '<html><head><title>x</title></head><body><main><h1 class="title">x</h1></main></body></html>';

  it("keeps the rules the page and what is drawn into it use, in the stylesheet's order, and drops the others", async () => {
    const css = '.title{color:red}.unused{color:green}.drawn{color:blue}@media (min-width:40rem){.title{font-size:2rem}.unused{color:red}}';
    expect(await criticalCss(page, css, ['<p class="drawn"></p>'])).toBe('.title{color:red}.drawn{color:blue}@media (min-width:40rem){.title{font-size:2rem}}');
  });

  it('keeps the rules of the pages shown when the app cannot start, whose stylesheet may be what failed', async () => {
    // The notice of src/components/boot-error.tsx.
    expect(await criticalCss(page, '.border-amber-600{border-color:orange}.unused{color:green}', [])).toBe('.border-amber-600{border-color:orange}');
  });

  it("keeps Tailwind's gaps between a list's items, written in :where(), when the list is on the page", async () => {
    const css = ':where(.space-y-3>:not(:last-child)){margin-block-end:.75rem}:where(.space-y-6>:not(:last-child)){margin-block-end:1.5rem}';
    const list = '<div class="space-y-3"><p>a</p><p>b</p></div>';
    expect(await criticalCss(page, css, [list])).toBe(':where(.space-y-3>:not(:last-child)){margin-block-end:.75rem}');
  });

  it('keeps the rules that style the root element by its attributes, such as the Japanese fonts', async () => {
    const japanese = '<html lang="ja"><head><title>x</title></head><body><main><h1>x</h1></main></body></html>';
    const css = '[lang=ja]{font-family:IPAPGothic}[lang=en]{font-family:serif}';
    expect(await criticalCss(japanese, css, [])).toBe('[lang=ja]{font-family:IPAPGothic}');
  });
});

describe('unwrapWhere', () => {
  it('replaces a :where() that holds one selector by it, nested ones too, and keeps a list as it is', () => {
    expect(unwrapWhere(':where(.space-y-3>:not(:last-child))')).toBe('.space-y-3>:not(:last-child)');
    expect(unwrapWhere(':where(select:is([multiple],[size])) optgroup')).toBe('select:is([multiple],[size]) optgroup');
    expect(unwrapWhere('a:where(:where(.b))')).toBe('a.b');
    expect(unwrapWhere('input:where([type=button],[type=reset])')).toBe('input:where([type=button],[type=reset])');
    expect(unwrapWhere('.plain > p')).toBe('.plain > p');
  });
});
