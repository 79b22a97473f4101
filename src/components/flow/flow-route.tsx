/**
 * Renders whatever the resolver says a flow URL is: a question, the result, a redirect or
 * "not found". Shared by every flow, so that they all keep the same URL contract.
 *
 * The prerendered HTML of a question is that question, as it is without answers (a question
 * does not depend on the answers before it), and the app hydrates it as it is, query or not
 * (docs/decisions/0004-support-links-paint-from-the-html.md). Only then does it resolve the
 * URL's answers: the answers so far and Start again appear below the form, the Back link
 * changes its target, an illegal answer adds its error, a step the answers cannot reach
 * redirects. The result's HTML is its heading and the place of its early part, which the
 * page's loader fills from the answers (docs/decisions/0006-results-paint-from-the-html.md);
 * the rest follows from the answers once they are read.
 */
import { startTransition, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { paths, type FlowId } from '../../app/paths';
import { useLang } from '../../app/use-lang';
import type { Flow } from '../../flow/engine';
import { RESULT, isStepOf } from '../../flow/engine';
import { resolve, toQuery, walk, withAnswer, type Resolution } from '../../flow/resolve';
import { NotFound } from '../../routes/not-found';
import { NoScriptNote } from '../noscript-note';
import { PageHeading } from '../heading';
import { usePageMeta } from '../page-meta';
import { isLive } from '../use-hydrated';
import { AnswersSummary, type AnswerRow } from './answers-summary';
import { QuestionPage, type QuestionCopy } from './question-page';
import { EarlyPart } from './early-part';
import { Redirect } from './redirect';

export interface FlowCopy<S extends string> {
  question(step: S): QuestionCopy;
  /** The short question for "your answers" rows. */
  summary(step: S): string;
}

type AnswersOf<S extends string> = { readonly [K in S]?: string };

interface FlowRouteProps<S extends string, A extends AnswersOf<S>> {
  readonly flowId: FlowId;
  readonly flow: Flow<S, A>;
  readonly copy: FlowCopy<S>;
  /** Where Back leads from the first question. */
  readonly startHref: string;
  /** The result page's heading, which its HTML shows before the answers are read. */
  readonly resultTitle: string;
  /** The result below its heading and the part `early` renders. */
  readonly renderResult: (answers: A, rows: readonly AnswerRow[]) => ReactNode;
  /**
   * What the customer came for, rendered from the answers on the path alone, which the
   * result's HTML can paint before the app has loaded (EarlyPart, src/flow/decision.ts).
   */
  readonly early?: (answers: A) => ReactNode;
  /** What comes before the result's heading once the answers are read (the printed sheet's header). */
  readonly beforeHeading?: (answers: A) => ReactNode;
}

/**
 * What a flow page shows without reading the query: its own question (the flow's folder, its
 * first), the result's heading, or not found.
 */
type Shown<S extends string, A extends AnswersOf<S>> = Exclude<Resolution<S, A>, { readonly kind: 'redirect' }> | { readonly kind: 'pending-result' };

/**
 * Set on the root element by the page's first script when it drew the error of a question whose
 * answer in the link is not an option (build/first-paint-loader.ts `drawAnswerError`).
 */
const ANSWER_ERROR_DRAWN = 'data-answer-error-drawn';

function asPrerendered<S extends string, A extends AnswersOf<S>>(flow: Flow<S, A>, page: string, search: string): Shown<S, A> {
  const requested = page.trim().toLowerCase();
  if (requested === RESULT) return { kind: 'pending-result' };
  const step = requested === '' ? flow.first : requested;
  if (!isStepOf(flow, step)) return { kind: 'not-found' };
  // The question as its HTML shows it: with the error, if the first script drew it there.
  const drawn = !isLive() && typeof document !== 'undefined' && document.documentElement.hasAttribute(ANSWER_ERROR_DRAWN) ? resolve(flow, page, search) : null;
  const error = drawn?.kind === 'step' && drawn.step === step ? drawn.error : null;
  return { kind: 'step', step, answers: {} as A, before: [], error };
}

function ResultHeading({ title }: { title: string }) {
  usePageMeta({ title });
  return <PageHeading>{title}</PageHeading>;
}

export function FlowRoute<S extends string, A extends AnswersOf<S>>({ flowId, flow, copy, startHref, resultTitle, renderResult, early, beforeHeading }: FlowRouteProps<S, A>) {
  const { t } = useTranslation('flow');
  const { page = '' } = useParams();
  const { search } = useLocation();
  const navigate = useNavigate();
  const lang = useLang();
  const href = (to: string, answers: A) => paths.flow(lang, flowId, to, toQuery(flow, answers));

  // After hydration the answers are drawn in a transition, which React renders in slices: a
  // long result would otherwise hold a slow phone's main thread for hundreds of milliseconds
  // while what the customer came for is already on screen. A page mounted later (Continue,
  // a link within the app) draws them at once.
  const [drawn, setDrawn] = useState(isLive);
  useEffect(() => {
    if (!drawn) startTransition(() => setDrawn(true));
  }, [drawn]);
  const prerendered = asPrerendered(flow, page, search);
  const resolved: Resolution<S, A> | Shown<S, A> = drawn ? resolve(flow, page, search) : prerendered;
  const noscript = <NoScriptNote />;
  // A redirect keeps what is on screen (the page as prerendered) until the next page is drawn.
  const resolution: Shown<S, A> = resolved.kind === 'redirect' ? prerendered : resolved;
  const redirect = resolved.kind === 'redirect' && <Redirect to={paths.flow(lang, flowId, resolved.to, resolved.query)} />;
  if (resolution.kind === 'not-found') return <NotFound />;
  const rowsOf = (answers: A, answered: readonly S[]): AnswerRow[] =>
    answered.map((step) => ({
      step,
      question: copy.summary(step),
      answer: copy.question(step).options.find((o) => o.value === answers[step])?.label ?? '',
      changeHref: href(step, answers),
    }));
  const startAgain = (
    <p className="mt-6 print:hidden">
      <Link to={paths.flow(lang, flowId, flow.first)} className="text-sky-800 underline underline-offset-4">
        {t('startAgain')}
      </Link>
    </p>
  );

  if (resolution.kind === 'pending-result' || resolution.kind === 'result') {
    // The same elements in the same places before and after the answers are read, so that the
    // heading and the early part stay as they are on screen (and as the loader drew them).
    const result = resolution.kind === 'result' ? resolution : null;
    return (
      <>
        {redirect}
        {result && beforeHeading?.(result.answers)}
        <ResultHeading title={resultTitle} />
        {early && <EarlyPart flow={flow} search={search} answersRead={drawn} render={early} />}
        {result ? renderResult(result.answers, rowsOf(result.answers, result.path)) : noscript}
        {result && startAgain}
      </>
    );
  }

  const answers = resolution.answers;
  const rows = rowsOf(answers, resolution.before);

  const { step, error } = resolution;
  const previous = resolution.before.at(-1);
  return (
    <>
      {redirect}
      <QuestionPage
        key={`${step}${search}`}
        step={step}
        copy={copy.question(step)}
        current={answers[step]}
        invalidValue={error ? error.value : null}
        backHref={previous ? href(previous, answers) : startHref}
        onAnswer={(value) => {
          const next = withAnswer(answers, step, value);
          // Continue goes as far as the answers already given allow: after a Change that
          // is usually the result again, and on a first pass it is the next question.
          void navigate(href(walk(flow, next).stop, next));
        }}
      >
        {noscript}
        <AnswersSummary rows={rows} />
        {rows.length > 0 && startAgain}
      </QuestionPage>
    </>
  );
}

