import { describe, expect, it } from 'vitest';
import { allowInline, contentSecurityPolicy, sha256Source } from './csp';
import { drawsFromQuery, loaderScript, makePaintable, moveMessageRenders } from './first-paint';
import { dataBlock } from './data-block';
import { messageFile, type MessageLinks } from './first-paint-loader';

/** A page as vite-prerender-plugin leaves it, in the shape of index.html. */
async function samplePage(): Promise<string> {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8">
    <link rel="icon" href="/support/mail/favicon.svg" type="image/svg+xml">
    <title>Question – Guide</title>
    <script type="module" crossorigin src="/support/mail/assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/support/mail/assets/react-def.js">
    <link rel="stylesheet" crossorigin href="/support/mail/assets/index-123.css">
    <meta http-equiv="Content-Security-Policy" content="${await contentSecurityPolicy()}">
  </head>
  <body><div id="root"><h1>Question</h1></div></body>
</html>`;
}

/** The stylesheet: a rule the page uses, one only what the loader draws uses, one nothing uses. */
const STYLESHEET = 'h1{color:red}.drawn{color:blue}.unused{color:green}\n';

async function paint(eager = false) {
  const loader = await loaderScript();
  const result = await makePaintable(await samplePage(), {
    base: '/support/mail/',
    stylesheets: new Map([['assets/index-123.css', STYLESHEET]]),
    icon: () => '<svg xmlns="http://www.w3.org/2000/svg"/>',
    chunks: ['/support/mail/assets/index-abc.js', '/support/mail/assets/setup-1.js', '/support/mail/assets/core-2.js'],
    eager,
    loader,
    drawn: ['<p class="drawn">later</p>'],
  });
  return { ...result, loader };
}

const policyOf = (html: string) => html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)?.[1] ?? '';

describe('makePaintable', () => {
  it("inlines the stylesheet's rules the page and its loader use, and the icon; the page references no stylesheet or script file", async () => {
    const { html, inlined } = await paint();
    expect(inlined).toEqual(['assets/index-123.css']);
    expect(html).toContain('<style>h1{color:red}.drawn{color:blue}</style>');
    expect(html).toContain('href="data:image/svg+xml,%3Csvg');
    expect(html).not.toMatch(/<link rel="(stylesheet|modulepreload)"|<script[^>]+src=/);
  });

  it('writes what to load as JSON the loader reads, without the entry among the other chunks', async () => {
    const { html } = await paint(true);
    const json = html.match(/<script type="application\/json" id="first-paint">([^<]*)<\/script>/)?.[1];
    expect(JSON.parse(json ?? 'null')).toEqual({
      scripts: ['/support/mail/assets/index-abc.js'],
      styles: ['/support/mail/assets/index-123.css'],
      chunks: ['/support/mail/assets/setup-1.js', '/support/mail/assets/core-2.js'],
      eager: true,
    });
  });

  it('allows exactly the inline style and the loader by their hashes, in a policy right after the charset', async () => {
    const { html, loader } = await paint();
    expect(html).toMatch(/<meta charset="UTF-8">\s*<meta http-equiv="Content-Security-Policy"/);
    expect(html.match(/Content-Security-Policy/g)).toHaveLength(1);
    const policy = policyOf(html);
    expect(policy).toContain(`script-src 'self' ${await sha256Source(loader)}`);
    expect(policy).toContain(`style-src 'self' ${await sha256Source('h1{color:red}.drawn{color:blue}')}`);
    expect(html).toContain(`<script type="module">${loader}</script>`);
  });

  it('refuses a stylesheet that would not work inline, and a page without a policy', async () => {
    const options = { base: '/support/mail/', icon: () => undefined, chunks: [], eager: false, loader: '', drawn: [] };
    await expect(makePaintable(await samplePage(), { ...options, stylesheets: new Map([['assets/index-123.css', 'a{background:url(x.png)}']]) })).rejects.toThrow(/cannot be inlined/);
    await expect(makePaintable('<html><head><meta charset="UTF-8"></head></html>', { ...options, stylesheets: new Map() })).rejects.toThrow(/no Content-Security-Policy/);
  });
});

describe('the loader', () => {
  it('is the same minified text on every page and reads its data from the JSON element', async () => {
    const loader = await loaderScript();
    expect(loader).toBe(await loaderScript());
    expect(loader).toContain('first-paint');
    expect(loader).toContain('first-contentful-paint');
    expect(loader).not.toMatch(/\n\s*\/\/|interface/);
  });

  it('names the chunks at once only for pages drawn from the query', () => {
    expect(drawsFromQuery('ja/setup/result/index.html')).toBe(false);
    expect(drawsFromQuery('en/cant-send/result/index.html')).toBe(false);
    expect(drawsFromQuery('en/check/index.html')).toBe(true);
    expect(drawsFromQuery('en/setup/network/index.html')).toBe(false);
    expect(drawsFromQuery('ja/index.html')).toBe(false);
  });
});

describe('the error lookup\'s message renders', () => {
  const renders = { apps: ['outlook', 'thunderbird'], messages: { 'ol-1': ['outlook', '<section>one</section>'], 'tb-2': ['thunderbird', '<section>two</section>'] } };
  const page = (data: unknown) => `<head>${dataBlock('early', data)}</head><body></body>`;

  it('go into a file each, and the page keeps where they are and each message\'s app', () => {
    const { html, files } = moveMessageRenders(page(renders), 'ja', '/support/mail/');
    expect([...files.values()]).toEqual(['<section>one</section>', '<section>two</section>']);
    const links = JSON.parse(/id="early">([^<]*)</.exec(html)?.[1] ?? '{}') as MessageLinks;
    expect(links.messages).toEqual({ 'ol-1': 'outlook', 'tb-2': 'thunderbird' });
    expect(html).not.toContain('one');
    // The loader's address for a message is the file written for it.
    const file = messageFile(links, '?message=tb-2') ?? '';
    expect(file.startsWith('/support/mail/assets/messages-ja-')).toBe(true);
    expect(files.get(file.slice('/support/mail/'.length))).toBe('<section>two</section>');
  });

  it('are named after what they hold, so that a new build never reads an old file', () => {
    const changed = { ...renders, messages: { ...renders.messages, 'ol-1': ['outlook', '<section>one, reworded</section>'] } };
    const folder = (data: unknown) => [...moveMessageRenders(page(data), 'ja', '/').files.keys()][0]?.split('/')[1];
    expect(folder(changed)).not.toBe(folder(renders));
  });

  it('leave a flow result\'s diagram as it is', () => {
    const html = page({ options: {}, nodes: [], root: 0, renders: [], parts: [] });
    expect(moveMessageRenders(html, 'ja', '/')).toEqual({ html, files: new Map() });
  });
});

describe('allowInline', () => {
  it('adds sources to one directive only, once', () => {
    const policy = "default-src 'self'; script-src 'self'; style-src 'self'";
    expect(allowInline(allowInline(policy, 'script-src', ["'sha256-a'"]), 'script-src', ["'sha256-a'"])).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a'; style-src 'self'",
    );
    expect(() => allowInline("default-src 'self'", 'style-src', ["'sha256-b'"])).toThrow(/no style-src/);
  });
});
