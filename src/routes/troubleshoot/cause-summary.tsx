/**
 * The top of a troubleshooting result: the causes found, in the order to check them, each with
 * why it could be the cause and a link to its card below, which says what to change. It depends only on the answers on the path, so the build renders it
 * for every path and a support link paints it from the HTML (src/flow/decision.ts,
 * docs/decisions/0006-results-paint-from-the-html.md).
 */
import { useTranslation } from 'react-i18next';
import { CONTENT_TIMING } from '../../components/content-timing';
import { CAUSE_COPY_VALUES, explanationOf } from '../../troubleshoot/causes';
import type { Cause } from '../../troubleshoot/flow-causes';

const LINK = 'text-sky-800 underline underline-offset-4';

/** The id of a cause's card, for the summary's links. */
export const causeCardId = (cause: Cause) => `cause-${cause.id}`;

/** One cause: its title, a link to its card, and why it could be the cause. */
export function CauseSummaryItem({ cause }: { cause: Cause }) {
  const { t } = useTranslation('troubleshoot');
  const explanation = explanationOf(cause.id);
  return (
    <li>
      <a href={`#${causeCardId(cause)}`} className={`font-semibold ${LINK}`}>
        {t(`${explanation}.title`)}
      </a>
      <p className="mt-1" {...CONTENT_TIMING}>
        {t(`${explanation}.body`, CAUSE_COPY_VALUES)}
      </p>
    </li>
  );
}

export function CauseSummary({ causes }: { causes: readonly Cause[] }) {
  const { t } = useTranslation('troubleshoot');
  return (
    <nav aria-labelledby="cause-summary" className="mt-6 rounded-lg bg-slate-100 p-4 print:hidden">
      <h2 id="cause-summary" className="text-xl font-bold">
        {t('result.summaryHeading')}
      </h2>
      <ol className="mt-3 list-decimal space-y-3 ps-6">
        {causes.map((cause) => (
          <CauseSummaryItem key={cause.id} cause={cause} />
        ))}
      </ol>
    </nav>
  );
}
