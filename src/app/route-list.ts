/**
 * Every URL that is prerendered to static HTML, generated from the languages and the flow
 * definitions so that a new step is prerendered without anyone listing it.
 */
import { PRESET_CLIENT_IDS } from '../flow/clients';
import { RESULT } from '../flow/engine';
import { SETUP_FLOW, STEP_IDS, type PageId } from '../flow/steps';
import { CANT_RECEIVE_FLOW, RECEIVE_STEP_IDS } from '../troubleshoot/cant-receive';
import { MESSAGES } from '../troubleshoot/messages/index';
import { CANT_SEND_FLOW, SEND_STEP_IDS } from '../troubleshoot/cant-send';
import { FLOW_IDS, LANGS, paths } from './paths';

export const NOT_FOUND_FILE = '/404.html';

export function pageRoutes(): string[] {
  return LANGS.flatMap((lang) => [
    paths.home(lang),
    paths.reference(lang),
    paths.support(lang),
    // A flow's own folder, so that a link cut short still finds a page on a static host.
    ...FLOW_IDS.map((flow) => paths.flowFolder(lang, flow)),
    ...[...STEP_IDS, RESULT].map((page) => paths.setup(lang, page as PageId)),
    paths.troubleshoot(lang),
    ...([...SEND_STEP_IDS, RESULT] as const).map((page) => paths.cantSend(lang, page)),
    ...([...RECEIVE_STEP_IDS, RESULT] as const).map((page) => paths.cantReceive(lang, page)),
    paths.check(lang),
    paths.errorLookup(lang),
    ...MESSAGES.map((message) => paths.errorMessage(lang, message.id)),
    paths.apps(lang),
    ...PRESET_CLIENT_IDS.map((app) => paths.app(lang, app)),
  ]);
}

/**
 * Whether a prerendered page is one a visitor can start from: every page but a flow's later
 * questions, its result and its folder, which without answers lead on to its first question.
 */
export function isFlowEntry(url: string): boolean {
  const [, , flow, page] = url.split('/');
  const first: Record<string, string> = { setup: SETUP_FLOW.first, 'cant-send': CANT_SEND_FLOW.first, 'cant-receive': CANT_RECEIVE_FLOW.first };
  if (flow === undefined || !(flow in first)) return true;
  return page === first[flow];
}

export function prerenderRoutes(): string[] {
  return [...pageRoutes(), NOT_FOUND_FILE];
}
