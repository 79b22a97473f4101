/**
 * Gives every page of a flow the other questions of its flow, as the pages themselves show
 * them, so that a link the app would send to another question shows that question from the
 * HTML it opened, with no second request (build/first-paint-loader.ts `redirectEarly`,
 * docs/decisions/0010-a-redirect-draws-its-question-in-place.md). Runs after the prerender, on
 * the finished HTML of every page: each question's `<main>`, title and language link (all that
 * differs between two questions' pages) go, as `<script type="text/html" data-step data-title
 * data-other>`, at the end of the `<body>` of the other pages of its flow in its language: its
 * folder, its questions and its result (a result link whose answers do not reach it). A data block,
 * not a `<template>`: the browser reads it as text, without building its elements, until the
 * loader uses one; it is neither shown, nor read by a screen reader, nor run.
 */

/** The path of a flow's page in the build: `ja/setup/network/index.html` → ja, setup, network. */
const FLOW_PAGE = /^(ja|en)\/(setup|cant-send|cant-receive)\/(?:([a-z-]+)\/)?index\.html$/;

const MAIN = /<main id="main"[^>]*>([\s\S]*)<\/main>/;
const TITLE = /<title>([^<]*)<\/title>/;
/** The header's link to the page in the other language (src/components/layout.tsx). */
const OTHER_LANGUAGE = /<a lang="[a-z]+" hrefLang="[a-z]+"[^>]* href="([^"]+)"/;

interface FlowPage {
  readonly lang: string;
  readonly flow: string;
  /** '' for the flow's folder. */
  readonly step: string;
}

function flowPageOf(fileName: string): FlowPage | undefined {
  const found = fileName.match(FLOW_PAGE);
  return found ? { lang: found[1] as string, flow: found[2] as string, step: found[3] ?? '' } : undefined;
}

/** `"` in an attribute: the title is already HTML-escaped text (`&amp;`, `&lt;`) as the prerender wrote it. */
const attribute = (text: string) => text.replaceAll('"', '&quot;');

/**
 * The pages with their flow's questions added: `pages` maps each HTML file's name to its text;
 * the result holds the flow pages that changed. A question page whose parts cannot be read stops
 * the build: the other pages of its flow would otherwise send links to it by a round trip.
 */
export function withStepTemplates(pages: ReadonlyMap<string, string>): Map<string, string> {
  const questions = new Map<string, { step: string; template: string }[]>();
  for (const [fileName, html] of pages) {
    const page = flowPageOf(fileName);
    if (!page || page.step === '' || page.step === 'result') continue;
    const main = html.match(MAIN)?.[1];
    const title = html.match(TITLE)?.[1];
    const other = html.match(OTHER_LANGUAGE)?.[1];
    if (main === undefined || title === undefined || other === undefined) {
      throw new Error(`${fileName}: no <main>, <title> or language link to give the other pages of its flow`);
    }
    // In a data block, `<script` or `</script` would end or escape it.
    if (/<\/?script/i.test(main)) throw new Error(`${fileName}: its <main> holds a script, which cannot go into a data block`);
    const key = `${page.lang}/${page.flow}`;
    const list = questions.get(key) ?? [];
    list.push({ step: page.step, template: `<script type="text/html" data-step="${page.step}" data-title="${attribute(title)}" data-other="${other}">${main}</script>` });
    questions.set(key, list);
  }
  const changed = new Map<string, string>();
  for (const [fileName, html] of pages) {
    const page = flowPageOf(fileName);
    if (!page) continue;
    const others = (questions.get(`${page.lang}/${page.flow}`) ?? []).filter(({ step }) => step !== page.step);
    if (others.length === 0) continue;
    const templates = others.map(({ template }) => template).join('');
    changed.set(fileName, html.replace(/<\/body>(?![\s\S]*<\/body>)/, () => `${templates}</body>`));
  }
  return changed;
}
