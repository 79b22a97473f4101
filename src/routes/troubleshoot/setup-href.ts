/**
 * The link from a troubleshooting result into the setup flow, carrying the answers the
 * setup flow can take over. It points straight at the page the setup flow's resolver
 * would show (the requested step, or the furthest one the answers reach), so that
 * following it never goes through a redirect.
 */
import { paths, type Lang } from '../../app/paths';
import { resolve, toQuery } from '../../flow/resolve';
import { SETUP_FLOW, type Answers, type PageId } from '../../flow/steps';

export function setupHref(lang: Lang, step: PageId, answers: Answers): string {
  const query = toQuery(SETUP_FLOW, answers);
  const resolution = resolve(SETUP_FLOW, step, query);
  return resolution.kind === 'redirect' ? paths.setup(lang, resolution.to, resolution.query) : paths.setup(lang, step, query);
}
