/**
 * A journey is written once against the driver-neutral page (../page.ts) and runs in every
 * engine, in both languages. Here: its shape, and the moves every flow shares.
 */
import type { Lang } from '../../../src/app/paths';
import type { AnyFlow } from '../../../src/flow/engine';
import { walk } from '../../../src/flow/resolve';
import type { Query } from '../in-page';
import type { EnginePage } from '../page';
import { fill, question, textOf } from '../text';

export interface Journey {
  /** A short id: the test's name and its screenshot's file name. */
  readonly id: string;
  readonly title: string;
  /** What the engine may report on this journey and is expected (a download that fails on purpose). */
  readonly allow?: readonly RegExp[];
  run(page: EnginePage, lang: Lang): Promise<void>;
}

export function group(lang: Lang, flow: AnyFlow, step: string): Query {
  return { role: 'group', name: question(lang, flow, step).title };
}

/** Waits for the question `step`, picks the answer by clicking its label, checks it is chosen, and continues. */
export async function answer(page: EnginePage, lang: Lang, flow: AnyFlow, step: string, value: string): Promise<void> {
  const q = question(lang, flow, step);
  await page.expectHeading(q.title);
  await page.click({ within: group(lang, flow, step), text: q.label(value) });
  await chosen(page, lang, flow, step, value);
  await page.click({ role: 'button', name: textOf(lang).flow.continue });
}

async function chosen(page: EnginePage, lang: Lang, flow: AnyFlow, step: string, value: string): Promise<void> {
  await page.waitFor(
    '(lib, q) => { const el = lib.find(q); return el !== null && el.checked; }',
    [{ within: group(lang, flow, step), role: 'radio', name: question(lang, flow, step).label(value) }],
    `${step}=${value} to be chosen`,
  );
}

/** The answer a question shows as chosen (opened with answers, after Back or Change). */
export async function expectChosen(page: EnginePage, lang: Lang, flow: AnyFlow, step: string, value: string): Promise<void> {
  await page.expectHeading(question(lang, flow, step).title);
  await chosen(page, lang, flow, step, value);
}

/**
 * From the flow's first question to its result, answers chosen by their labels; Back is used
 * once on the way (at the `backAt`-th question): it shows the question before with its answer
 * chosen, and the journey goes on from there.
 */
export async function clickThrough(page: EnginePage, lang: Lang, flow: AnyFlow, answers: Readonly<Record<string, string>>, backAt = 2): Promise<void> {
  const { path } = walk(flow, answers);
  for (const [i, step] of path.entries()) {
    if (i === backAt) {
      await page.expectHeading(question(lang, flow, step).title);
      await page.click({ role: 'link', name: textOf(lang).flow.back });
      const before = path[i - 1] as string;
      await expectChosen(page, lang, flow, before, answers[before] as string);
      await page.click({ role: 'button', name: textOf(lang).flow.continue });
    }
    await answer(page, lang, flow, step, answers[step] as string);
  }
}

/** On a result: the Change link for `step` opens that question with its answer chosen. */
export async function change(page: EnginePage, lang: Lang, flow: AnyFlow, step: string, was: string): Promise<void> {
  const q = question(lang, flow, step);
  await page.click({ role: 'link', name: fill(textOf(lang).flow.changeWhat, { what: q.summary }) });
  await expectChosen(page, lang, flow, step, was);
}
