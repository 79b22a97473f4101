/**
 * What the engine journeys read and click, from the app's own text resources and URL helpers,
 * so that both languages are tested alike and no copy is written twice.
 */
import type { Lang } from '../../src/app/paths';
import type { AnyFlow } from '../../src/flow/engine';
import en from '../../src/i18n/en/resources';
import ja from '../../src/i18n/ja/resources';
import { HOSTS, type HostKey } from '../../src/settings/servers';
import type { Query } from './in-page';

const RESOURCES = { ja, en } as const;

export type Text = (typeof RESOURCES)['ja'];

export function textOf(lang: Lang): Text {
  return RESOURCES[lang] as Text;
}

/** i18next-style interpolation of `{{name}}`, for the text a page shows. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key]));
}

/** A question's title and the label of each answer, for the setup flow or a troubleshooting flow. */
export function question(lang: Lang, flow: AnyFlow, step: string): { title: string; label: (value: string) => string; summary: string } {
  const t = textOf(lang);
  if (flow.id === 'setup') {
    const copy = (t.steps as Record<string, { title: string; summary: string; options: Record<string, string> }>)[step];
    if (!copy) throw new Error(`no text for setup step ${step}`);
    return { title: copy.title, summary: copy.summary, label: (value) => copy.options[value] ?? missing(step, value) };
  }
  const steps = t.troubleshoot.flows[flow.id as 'cant-send' | 'cant-receive'].steps as Record<string, { title: string; options: Record<string, string> }>;
  const copy = steps[step];
  if (!copy) throw new Error(`no text for ${flow.id} step ${step}`);
  return {
    title: copy.title,
    // The troubleshooting flows' answers list the step by its question.
    summary: copy.title,
    // A port is its own label; a host option shows the host.
    label: (value) => (/^\d+$/.test(value) ? value : fill(copy.options[value] ?? missing(step, value), { host: Object.hasOwn(HOSTS, value) ? HOSTS[value as HostKey] : '' })),
  };
}

function missing(step: string, value: string): never {
  throw new Error(`no label for ${step}=${value}`);
}

/** The button that copies `what`, by its accessible name. */
export function copyButton(lang: Lang, what: string): Query {
  return { role: 'button', name: fill(textOf(lang).common.copy.button, { what }) };
}

export const h1: Query = { role: 'heading', level: 1 };
