/**
 * The link from a troubleshooting result into the setup flow, carrying the answers the
 * setup flow can take over. It points straight at the page the setup flow's resolver
 * would show (the requested step, or the furthest one the answers reach), so that
 * following it never goes through a redirect.
 */
import { paths, type Lang } from '../../app/paths';
import { resolve, toQuery } from '../../flow/resolve';
import { STEP_IDS, SETUP_FLOW, type Answers, type PageId } from '../../flow/steps';

export function setupHref(lang: Lang, step: PageId, answers: Answers): string {
  const query = toQuery(SETUP_FLOW, answers);
  const resolution = resolve(SETUP_FLOW, step, query);
  return resolution.kind === 'redirect' ? paths.setup(lang, resolution.to, resolution.query) : paths.setup(lang, step, query);
}

/**
 * Where a page with several causes sends the customer back into the setup flow, once: the
 * earliest of their steps in the flow's order (the result last), so that every question any
 * of the causes concerns is on the way. Null when no cause has a step.
 */
export function earliestStep(steps: readonly (PageId | undefined)[]): PageId | null {
  const known = steps.filter((s): s is PageId => s !== undefined);
  if (known.length === 0) return null;
  const rank = (s: PageId) => {
    const i = (STEP_IDS as readonly string[]).indexOf(s);
    return i === -1 ? STEP_IDS.length : i;
  };
  return known.reduce((a, b) => (rank(b) < rank(a) ? b : a));
}
