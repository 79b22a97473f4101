/**
 * For support staff: a link builder (every question on one screen, the links the answers
 * make), every step URL and every settings code, each copyable, and a box to open the result
 * for a code a customer reads out. Every URL comes from the path helpers and the flow
 * definitions, never typed by hand.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../app/paths';
import { useLang } from '../app/use-lang';
import { useAnnounce } from '../components/announcer';
import { CopyLink } from './support/copy-link';
import { PageHeading } from '../components/heading';
import { usePageMeta } from '../components/page-meta';
import { OUTCOME_CODES, RETIRED_CODES, answersForCode, answersForRetiredCode, isRetiredCode, type OutcomeCode, type RetiredCode } from '../flow/recommend';
import { STEP_IDS, type Answers } from '../flow/steps';
import { CodeLookup, CodeMeaning, RetiredCode as RetiredCodeMeaning, codeHref, retiredCodeHref } from './support/code-lookup';
import { LinkBuilder } from './support/link-builder';
import { AppGuides, KnownMessages, TroubleshootSteps } from './support/page-lists';

/** The answers a settings code put into the link builder; `fills` counts them, to start it afresh. */
interface Seed {
  readonly answers: Answers;
  readonly fills: number;
}

export function Component() {
  const { t } = useTranslation('support');
  const { t: tSteps } = useTranslation('steps');
  const { t: tc } = useTranslation('common');
  const { t: tt } = useTranslation('troubleshoot');
  const lang = useLang();
  const announce = useAnnounce();
  usePageMeta({ title: t('title') });
  const [seed, setSeed] = useState<Seed>({ answers: {}, fills: 0 });
  // After a code fills the builder, the builder's heading takes focus: that is where the answers are.
  useEffect(() => {
    if (seed.fills > 0) document.getElementById('builder-heading')?.focus();
  }, [seed]);

  function fill(code: OutcomeCode | RetiredCode) {
    const answers = isRetiredCode(code) ? answersForRetiredCode(code) : answersForCode(code);
    setSeed(({ fills }) => ({ answers, fills: fills + 1 }));
    announce(t('lookupFilled', { code }));
  }

  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <p className="mt-4">{t('intro')}</p>

      <CodeLookup onFill={fill} />

      <LinkBuilder key={seed.fills} initial={seed.answers} />

      <section className="mt-8">
        <h2 className="text-xl font-bold">{t('stepsHeading')}</h2>
        <p className="mt-2">{t('stepsIntro')}</p>
        <ul className="mt-3 space-y-4">
          {STEP_IDS.map((step) => (
            <li key={step}>
              <p className="font-semibold">
                <Link to={paths.setup(lang, step)} className="text-sky-800 underline underline-offset-4">
                  {tSteps(`${step}.title`)}
                </Link>
              </p>
              <CopyLink href={paths.setup(lang, step)} what={t('stepLink', { step: tSteps(`${step}.summary`) })} />
            </li>
          ))}
        </ul>
      </section>

      <section className="mt-8">
        <h2 className="text-xl font-bold">{t('codesHeading')}</h2>
        <p className="mt-2">{t('codesIntro')}</p>
        <ul className="mt-3 space-y-4">
          {OUTCOME_CODES.map((code) => (
            <li key={code} className="rounded border border-slate-300 p-3">
              <h3 className="font-mono text-lg font-bold">
                <Link to={codeHref(lang, code)} className="text-sky-800 underline underline-offset-4">
                  {code}
                </Link>
              </h3>
              <CodeMeaning code={code} />
              <div className="mt-2">
                <CopyLink href={codeHref(lang, code)} what={t('codeLink', { code })} />
              </div>
            </li>
          ))}
        </ul>
        <h3 className="mt-6 text-lg font-bold">{t('retired.heading')}</h3>
        <p className="mt-2">{t('retired.intro')}</p>
        <ul className="mt-3 space-y-4">
          {RETIRED_CODES.map((code) => (
            <li key={code} className="rounded border border-slate-300 p-3">
              <h4 className="font-mono text-lg font-bold">{code}</h4>
              <RetiredCodeMeaning code={code} />
              <div className="mt-2">
                <CopyLink href={retiredCodeHref(lang, code)} what={t('retired.copyWhat', { code })} />
              </div>
            </li>
          ))}
        </ul>
      </section>

      <AppGuides />

      <TroubleshootSteps />

      <KnownMessages />

      <section className="mt-8">
        <h2 className="text-xl font-bold">{t('otherPagesHeading')}</h2>
        <ul className="mt-2 space-y-3">
          <li>
            <CopyLink href={paths.home(lang)} what={tc('nav.home')} />
          </li>
          <li>
            <CopyLink href={paths.reference(lang)} what={tc('nav.reference')} />
          </li>
          <li>
            <CopyLink href={paths.troubleshoot(lang)} what={tc('nav.troubleshoot')} />
          </li>
          <li>
            <CopyLink href={paths.check(lang)} what={tt('entries.check.title')} />
          </li>
        </ul>
      </section>
    </>
  );
}

