/**
 * "Most likely first", once for every part of troubleshooting: by how sure a finding is,
 * then whether the cause usually looks like what the customer sees, then the catalogue's
 * rank (causes.ts). The flows rank what their answers found; the checker ranks mismatches
 * (all certain) by rank alone; the error lookup ranks the causes a message points to.
 */
import { CATALOGUE, CAUSE_IDS, type CauseId, type CauseRecord, type Finder, type Symptom } from './causes';

/**
 * How sure a cause is:
 * - definite: an answer shows a setting the source rules out;
 * - likely: an answer points to it (e.g. the antivirus does check outgoing mail);
 * - possible: not ruled out, because an answer was "don't know" or the question was not
 *   asked on this path, or it is the usual suspect for what the error looks like.
 */
export type Certainty = 'definite' | 'likely' | 'possible';
export const CERTAINTIES: readonly Certainty[] = ['definite', 'likely', 'possible'];

/** Anything that names a cause: a flow's Cause, a checker Diagnosis, a catalogue record. */
interface Found {
  readonly id: CauseId;
  /** Missing means certain (a checker mismatch). */
  readonly certainty?: Certainty;
}

/** Negative when `a` is more likely than `b`, given what the customer sees. */
export function compareLikelihood(a: Found, b: Found, symptoms: readonly Symptom[] = []): number {
  const certainty = (f: Found) => CERTAINTIES.indexOf(f.certainty ?? 'definite');
  const explains = (f: Found) => (CATALOGUE[f.id].symptoms.some((s) => symptoms.includes(s)) ? 0 : 1);
  return certainty(a) - certainty(b) || explains(a) - explains(b) || CATALOGUE[a.id].rank - CATALOGUE[b.id].rank;
}

/** A sorted copy, most likely first; findings of one cause keep their order (the sort is stable). */
export function mostLikelyFirst<F extends Found>(found: readonly F[], symptoms: readonly Symptom[] = []): F[] {
  return [...found].sort((a, b) => compareLikelihood(a, b, symptoms));
}

/**
 * The causes that explain any of the symptoms, most likely first, optionally only those a
 * part can find (a send error: `cant-send`). For a page that knows what the app says but
 * not yet the settings: each record names the setup step that fixes it and its copy, and
 * its finder's flow gives the values to copy once the customer answers its questions.
 */
export function likelyCauses(symptoms: readonly Symptom[], finder?: Finder): readonly CauseRecord[] {
  return CAUSE_IDS.map((id) => CATALOGUE[id])
    .filter((c) => c.symptoms.some((s) => symptoms.includes(s)))
    .filter((c) => finder === undefined || c.foundBy.includes(finder))
    .sort((a, b) => compareLikelihood(a, b, symptoms));
}
