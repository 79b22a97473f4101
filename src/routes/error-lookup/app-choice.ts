/**
 * The error lookup's reading of a link: which app `?app=` chooses, and which message the page
 * shows for it. The page (src/routes/error.tsx) and its loader's own reading
 * (build/first-paint-loader.ts `messageFile`, held to these by early.test.ts) agree on it.
 */
import { CLIENT_IDS } from '../../flow/clients';
import type { MessageEntry } from '../../troubleshoot/messages/types';
import { entryOf, type Parts } from './parts';

/** The app choices: the setup flow's presets, and "don't know" for any other. */
export const APPS = CLIENT_IDS.filter((id) => id !== 'other');
export type AppChoice = (typeof APPS)[number] | 'unsure';

/** `?app=`: one of the choices, else "don't know". */
export function appChoice(value: string | null): AppChoice {
  return (APPS as readonly (string | null)[]).includes(value) ? (value as AppChoice) : 'unsure';
}

/** The message `?message=` names, when its table is here and it is of the app chosen (or none is). */
export function shownEntry(from: Parts, app: AppChoice, id: string | null): MessageEntry | undefined {
  const linked = entryOf(from, id);
  return linked && (app === 'unsure' || linked.app === app) ? linked : undefined;
}
