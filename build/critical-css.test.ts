import { describe, expect, it } from 'vitest';
import { criticalCss, drawnByTheLoader } from './critical-css';

// As the prerender writes data blocks: `<` escaped (src/i18n/errors-text.ts dataBlockJson).
const json = (id: string, value: unknown) => `<script type="application/json" id="${id}">${JSON.stringify(value).replaceAll('<', '\\u003c')}</script>`;

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
});
