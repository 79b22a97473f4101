/**
 * The result's walkthrough for the app the customer chose: loaded after the settings are on
 * screen (result.tsx), with its text (the `apps` namespace), so the values never wait for it.
 * It is drawn step by step, so that a slow phone is never held long while the settings are
 * already on screen. The version picked stays on this page only: the result's URL holds the answers alone. On
 * paper the result stays the one-page settings sheet; each app's own page prints its steps.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Walkthrough } from '../../components/walkthrough/walkthrough';
import type { Outcome } from '../../flow/recommend';
import type { AppId } from '../../walkthrough/model';
import type { Identity } from './identity-fields';

export default function ResultWalkthrough({ outcome, app, identity }: { outcome: Outcome; app: AppId; identity: Identity }) {
  const { t } = useTranslation('apps');
  const { t: tr } = useTranslation('result');
  const [variant, setVariant] = useState<string | null>(null);
  const name = tr(`appNames.${app}`);
  return (
    <section className="mt-10 border-t-2 border-slate-300 pt-6 print:hidden" aria-labelledby="walkthrough-heading">
      <h2 id="walkthrough-heading" className="text-2xl font-bold">
        {t('common.heading', { app: name })}
      </h2>
      <p className="mt-2">{t('common.intro', { app: name })}</p>
      <Walkthrough app={app} settings={outcome} identity={identity} variant={variant} onVariant={setVariant} level={3} gradual />
    </section>
  );
}
