/**
 * Renders whatever the resolver says a flow URL is: a question, the result, a redirect or
 * "not found". Shared by every flow, so that they all keep the same URL contract.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { paths, type FlowId } from '../../app/paths';
import { useLang } from '../../app/use-lang';
import type { Flow } from '../../flow/engine';
import { resolve, toQuery, walk, withAnswer } from '../../flow/resolve';
import { NotFound } from '../../routes/not-found';
import { AnswersSummary, type AnswerRow } from './answers-summary';
import { QuestionPage, type QuestionCopy } from './question-page';
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
  readonly renderResult: (answers: A, rows: readonly AnswerRow[]) => ReactNode;
}

export function FlowRoute<S extends string, A extends AnswersOf<S>>({ flowId, flow, copy, startHref, renderResult }: FlowRouteProps<S, A>) {
  const { t } = useTranslation('flow');
  const { t: tc } = useTranslation('common');
  const { page = '' } = useParams();
  const { search } = useLocation();
  const navigate = useNavigate();
  const lang = useLang();
  const href = (to: string, answers: A) => paths.flow(lang, flowId, to, toQuery(flow, answers));

  const resolution = resolve(flow, page, search);
  if (resolution.kind === 'not-found') return <NotFound />;
  if (resolution.kind === 'redirect') return <Redirect to={paths.flow(lang, flowId, resolution.to, resolution.query)} />;

  const answers = resolution.answers;
  const answered = resolution.kind === 'result' ? resolution.path : resolution.before;
  const rows: AnswerRow[] = answered.map((step) => ({
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

  if (resolution.kind === 'result') {
    return (
      <>
        {renderResult(answers, rows)}
        {startAgain}
      </>
    );
  }

  const { step, error } = resolution;
  const previous = resolution.before.at(-1);
  return (
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
      <noscript>
        <p className="mt-6">
          {tc('noscript')}{' '}
          <Link to={paths.reference(lang)} className="text-sky-800 underline underline-offset-4">
            {t('noscriptReference')}
          </Link>
        </p>
      </noscript>
      <AnswersSummary rows={rows} />
      {rows.length > 0 && startAgain}
    </QuestionPage>
  );
}

