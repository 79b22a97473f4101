import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export interface AnswerRow {
  readonly step: string;
  /** The question, short: "Mail app". */
  readonly question: string;
  /** The answer as the customer chose it. */
  readonly answer: string;
  /** The step's URL with every answer kept, so that changing one keeps the others. */
  readonly changeHref: string;
}

/** "Your answers so far", with a Change link per row (GOV.UK summary list). */
export function AnswersSummary({ rows, heading }: { rows: readonly AnswerRow[]; heading?: string }) {
  const { t } = useTranslation('flow');
  if (rows.length === 0) return null;
  return (
    <section className="mt-10 print:hidden" aria-labelledby="answers-heading">
      <h2 id="answers-heading" className="text-xl font-bold">
        {heading ?? t('yourAnswers')}
      </h2>
      <dl className="mt-3 divide-y divide-slate-300 border-y border-slate-300">
        {rows.map((row) => (
          <div key={row.step} className="flex flex-wrap items-baseline gap-x-4 gap-y-1 py-3 sm:flex-nowrap">
            <dt className="font-semibold sm:w-2/5">{row.question}</dt>
            <dd className="grow">{row.answer}</dd>
            <dd>
              <Link to={row.changeHref} className="text-sky-800 underline underline-offset-4" aria-label={t('changeWhat', { what: row.question })}>
                {t('change')}
              </Link>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
