/**
 * Build-time only (imported by src/prerender.tsx): the part of each flow's result the
 * customer came for, rendered for every path through the flow, and the decision diagram from
 * answers to render (src/flow/decision.ts) that the result page's HTML carries for its loader;
 * and the error lookup's message a link names, for every message.
 * The renders are the routes' own `early` (what FlowRoute shows in the same place), so what
 * the loader shows is what the app adopts when it hydrates.
 */
import type { i18n as I18n } from 'i18next';
import { ANSWER_MARK, type AnswerErrorParts, type FlowRoute, type MessageRenders } from '../build/first-paint-loader';
import type { MessagesHtml } from './routes/error-lookup/loaders';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server.edge';
import { I18nextProvider } from 'react-i18next';
import { StaticRouterProvider, createStaticHandler, createStaticRouter } from 'react-router';
import { BASENAME, withBase } from './app/basename';
import { ErrorSummary } from './components/error-summary';
import { AnswerError, ERROR_FIELDSET_CLASS } from './components/flow/question-page';
import { FLOW_IDS, paths, type FlowId, type Lang } from './app/paths';
import { RESULT, type AnyFlow } from './flow/engine';
import { cut, decide, type Decision } from './flow/decision';
import { SETUP_FLOW } from './flow/steps';
import { early as cantReceiveEarly } from './routes/cant-receive';
import { early as cantSendEarly } from './routes/cant-send';
import { early as setupEarly } from './routes/setup';
import { summaryPieces } from './routes/setup/result-summary';
import { CauseSummaryItem } from './routes/troubleshoot/cause-summary';
import { CANT_RECEIVE_FLOW, type ReceiveAnswers } from './troubleshoot/cant-receive';
import { CANT_SEND_FLOW, type SendAnswers } from './troubleshoot/cant-send';
import { diagnoseReceive, diagnoseSend } from './troubleshoot/flow-causes';

/** The id of the JSON data block the loader reads (build/first-paint-loader.ts). */
export const EARLY_ID = 'early';

type Render = (answers: Record<string, string>) => ReactNode;
type Pieces = (answers: Record<string, string>) => readonly ReactNode[];

/**
 * Each flow's early part, and the pieces of it that many renders share (a cause, with its
 * explanation), written into the HTML once each (`cut` checks they make up the whole).
 */
const EARLY: Record<FlowId, { flow: AnyFlow; render: Render; pieces: Pieces }> = {
  setup: { flow: SETUP_FLOW as AnyFlow, render: setupEarly as Render, pieces: summaryPieces as Pieces },
  'cant-send': {
    flow: CANT_SEND_FLOW as AnyFlow,
    render: cantSendEarly as Render,
    pieces: (answers) => diagnoseSend(answers as SendAnswers).map((cause) => <CauseSummaryItem key={cause.id} cause={cause} />),
  },
  'cant-receive': {
    flow: CANT_RECEIVE_FLOW as AnyFlow,
    render: cantReceiveEarly as Render,
    pieces: (answers) => diagnoseReceive(answers as ReceiveAnswers).map((cause) => <CauseSummaryItem key={cause.id} cause={cause} />),
  },
};

/** The flow whose result `url` is, if it is one. */
export function resultFlowOf(url: string, lang: Lang): FlowId | undefined {
  return FLOW_IDS.find((id) => paths.flow(lang, id, RESULT) === url);
}

/** The id of the JSON data block with a flow page's route (build/first-paint-loader.ts `redirectEarly`). */
export const FLOW_ROUTE_ID = 'flow-route';

/**
 * On a page of a flow (a question, the result, the flow's folder), the flow's steps as a diagram
 * and the page's step, for the loader to send a link the app would redirect straight to its page;
 * on a question's, how its error for an answer that is not an option looks, for the loader to draw.
 */
export function flowRouteOf(url: string, i18n: I18n): FlowRoute | undefined {
  const [, , flowId, step = '', rest] = url.split('/');
  const early = FLOW_IDS.find((id) => id === flowId);
  if (!early || (rest !== undefined && rest !== '')) return undefined;
  const { options, nodes, root } = decide(EARLY[early].flow, () => []);
  return step === RESULT ? { options, nodes, root, step } : { options, nodes, root, step, answerError: answerErrorParts(i18n) };
}

/** The parts QuestionPage draws for an answer that is not an option, ANSWER_MARK where the value goes. */
function answerErrorParts(i18n: I18n): AnswerErrorParts {
  const message = i18n.t('flow:invalidAnswer', { value: ANSWER_MARK });
  const html = (node: ReactNode) => renderToString(<I18nextProvider i18n={i18n}>{node}</I18nextProvider>);
  return {
    summary: html(<ErrorSummary errors={[{ fieldId: 'answer', message }]} />),
    line: html(<AnswerError id="answer-error" message={message} />),
    prefix: i18n.t('common:errorPrefix'),
    fieldset: ERROR_FIELDSET_CLASS,
  };
}

export function earlyDecision(flowId: FlowId, i18n: I18n): Decision {
  const { flow, render, pieces } = EARLY[flowId];
  const html = (node: ReactNode) => renderToString(<I18nextProvider i18n={i18n}>{node}</I18nextProvider>);
  return decide(flow, (answers) => cut(html(render(answers)), pieces(answers).map(html)));
}

/**
 * The error lookup's message a support link names (`?message=`), rendered for every message with
 * the component the page shows it with (the route's `handle.messages`); the build writes each
 * into a file of its own (docs/decisions/0008-a-message-link-paints-before-the-app.md). Its links
 * are the page's, under the site's base path.
 */
export async function lookupEarly(lang: Lang, i18n: I18n, { apps, load, render }: MessagesHtml): Promise<MessageRenders> {
  // The router the prerender renders pages with (src/prerender.tsx), with one route: the
  // prerender is an entry of the same build as the app, and another router's code it used would
  // be kept in the app's entry.
  const html = async (node: ReactNode) => {
    const handler = createStaticHandler([{ path: '/:lang/*', element: node }], { basename: BASENAME });
    const context = await handler.query(new Request(new URL(withBase(paths.errorLookup(lang)), 'http://localhost')));
    if (context instanceof Response) throw new Error('the error lookup did not render');
    return renderToString(
      <I18nextProvider i18n={i18n}>
        <StaticRouterProvider router={createStaticRouter(handler.dataRoutes, context)} context={context} hydrate={false} />
      </I18nextProvider>,
    );
  };
  const entries = await load();
  return { apps, messages: Object.fromEntries(await Promise.all(entries.map(async (entry) => [entry.id, [entry.app, await html(render(entry))] as const]))) };
}
