/**
 * `/:lang/apps/:app/`: one app's walkthrough with the recommended settings, prerendered, for
 * support staff to link (`?version=` picks a version of the app, docs/decisions/0001-url-contract.md).
 * The customer's ID and address, if typed on a result in this tab, fill in the steps (memory only).
 */
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { pageUrl } from '../../app/basename';
import { paths } from '../../app/paths';
import { useLang } from '../../app/use-lang';
import { PageHeading } from '../../components/heading';
import { usePageMeta } from '../../components/page-meta';
import { OpenOnPhoneAfterStart } from '../../components/share/after-start';
import { useAfterHydration } from '../../components/use-hydrated';
import { Walkthrough } from '../../components/walkthrough/walkthrough';
import { isPresetClient, type PresetClientId } from '../../flow/clients';
import { GUIDES } from '../../walkthrough/guides';
import type { Guide as GuideModel } from '../../walkthrough/model';
import { recommendedOutcome } from '../../walkthrough/recommended';
import { variantOf } from '../../walkthrough/resolve';
import { NotFound } from '../not-found';

const NO_IDENTITY = { id: '', address: '' } as const;

/** `?version=` for any version but the first, which the page shows without one. */
function versionQuery(guide: GuideModel, id: string): string {
  return id !== guide.variants[0].id ? `?${new URLSearchParams({ version: id }).toString()}` : '';
}

function Guide({ app }: { app: PresetClientId }) {
  const { t } = useTranslation('apps');
  const { t: tr } = useTranslation('result');
  const lang = useLang();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  // The prerendered page shows the current version; the URL's choice once the app runs.
  const asked = useAfterHydration(params.get('version'), null);
  const guide = GUIDES[app];
  // The choice shows at once; the URL follows (replacing the entry, not adding one).
  const [picked, setPicked] = useState<string | null>(null);
  const variant = variantOf(guide, picked ?? asked).id;
  // No ID or address here: this page is for everyone a support link reaches; the result page,
  // where the customer types them, fills them into the same steps.
  const identity = NO_IDENTITY;
  const outcome = recommendedOutcome(app);
  const name = tr(`appNames.${app}`);
  usePageMeta({ title: t('guide.title', { app: name }), description: t('guide.intro', { app: name }) });
  const url = pageUrl(paths.app(lang, app, versionQuery(guide, variant)));

  function pick(id: string) {
    setPicked(id);
    void navigate(paths.app(lang, app, versionQuery(guide, id)), { replace: true, preventScrollReset: true, state: { keepFocus: true } });
  }

  return (
    <>
      <PageHeading>{t('guide.title', { app: name })}</PageHeading>
      <p className="mt-4 text-lg">{t('guide.intro', { app: name })}</p>
      <p className="mt-2">{t('guide.fitIntro')}</p>
      <p className="mt-2 print:hidden">
        <Link to={paths.setup(lang, 'registration')} className="text-lg text-sky-800 underline underline-offset-4">
          {t('guide.fitLink')}
        </Link>
      </p>
      {/* Hydrated once the app's own text has arrived (named in the page's HTML, build/first-paint.ts). */}
      <Suspense fallback={null}>
        <Walkthrough app={app} settings={outcome} identity={identity} variant={variant} onVariant={pick} level={2} />
      </Suspense>
      {/* After the steps: it arrives after the page is interactive, and nothing below it is in view then. */}
      <div className="mt-8 min-h-[8.75rem] md:min-h-[16rem] print:hidden">
        <OpenOnPhoneAfterStart url={url} opens="guide" />
      </div>
      <p className="mt-10 print:hidden">
        <Link to={paths.apps(lang)} className="text-sky-800 underline underline-offset-4">
          {t('guide.allApps')}
        </Link>
      </p>
    </>
  );
}

/** The page for `app`, or "not found" for a name that is not a preset app. */
export function AppGuide({ app }: { app: string }) {
  return isPresetClient(app) ? <Guide app={app} /> : <NotFound />;
}
