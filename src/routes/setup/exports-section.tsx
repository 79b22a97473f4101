/**
 * Downloads of the result, generated in the browser from the same outcome the page shows:
 * a Thunderbird autoconfig file and an Apple configuration profile. Neither ever contains a
 * password. Each is offered only where its format can express the result correctly. Loaded
 * with its text after the result is interactive (exports.tsx).
 */
import type { i18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useAfterStart } from '../../components/use-hydrated';
import { addTextOf } from '../../i18n/i18n';
import type { Outcome } from '../../flow/recommend';
import { autoconfigDomains, autoconfigSupport, mobileconfigSupport } from '../../sheet/export-support';
import { AUTOCONFIG_FILE_NAME, autoconfigLocalFileName, mobileconfigFileName } from '../../sheet/files';
import type { Identity } from './identity-fields';

/** The file formats' code, asked for once this section is on screen and by its buttons. */
const loadDownloads = () => import('./downloads');

// One import() per language, so that a page downloads only its own.
const TEXT = { ja: () => import('../../i18n/ja/exports'), en: () => import('../../i18n/en/exports') } as const;

/** This section, once its text in the page's language is there. */
export async function withText(instance: i18n) {
  await addTextOf(instance, 'exports', TEXT);
  return { ExportsSection };
}

const buttonClass =
  'mt-3 rounded bg-sky-800 px-5 py-2 text-lg font-bold text-white hover:bg-sky-900 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-amber-500';

function Steps({ steps }: { steps: Record<string, string> }) {
  return (
    <ol className="mt-2 list-decimal space-y-1 ps-6">
      {Object.entries(steps).map(([n, text]) => (
        <li key={n}>{text}</li>
      ))}
    </ol>
  );
}

function Thunderbird({ outcome, identity }: { outcome: Outcome; identity: Identity }) {
  const { t } = useTranslation('exports');
  const support = autoconfigSupport(outcome);
  const domain = autoconfigDomains(identity.address || undefined)[0] ?? '';
  return (
    <section className="mt-6">
      <h3 className="text-lg font-bold">{t('thunderbird.heading')}</h3>
      {!support.supported ? (
        <p className="mt-2">{t(`thunderbird.unsupported.${support.reason}`)}</p>
      ) : (
        <>
          <p className="mt-2">{t('thunderbird.body', { fileName: AUTOCONFIG_FILE_NAME })}</p>
          {identity.id ? (
            <button
              type="button"
              className={buttonClass}
              onClick={() =>
                void loadDownloads().then((files) =>
                  files.downloadAutoconfig(outcome, { id: identity.id, address: identity.address || undefined, displayName: t('thunderbird.providerName') }),
                )
              }
            >
              {t('thunderbird.button')}
            </button>
          ) : (
            <p className="mt-2 font-semibold">{t('thunderbird.needsId')}</p>
          )}
          <p className="mt-3">{t('thunderbird.howTo')}</p>
          <h4 className="mt-2 font-bold">{t('thunderbird.local.heading')}</h4>
          <Steps steps={t('thunderbird.local.steps', { returnObjects: true, localFileName: autoconfigLocalFileName(domain) })} />
          <h4 className="mt-2 font-bold">{t('thunderbird.domain.heading')}</h4>
          <p className="wrap-anywhere">{t('thunderbird.domain.body', { domain })}</p>
          <p className="mt-1">{t('thunderbird.domain.warning')}</p>
        </>
      )}
    </section>
  );
}

function Apple({ outcome, identity }: { outcome: Outcome; identity: Identity }) {
  const { t } = useTranslation('exports');
  const support = mobileconfigSupport(outcome);
  return (
    <section className="mt-6">
      <h3 className="text-lg font-bold">{t('apple.heading')}</h3>
      {!support.supported ? (
        <p className="mt-2">{t(`apple.unsupported.${support.reason}`)}</p>
      ) : (
        <>
          <p className="mt-2">{t('apple.body', { fileName: mobileconfigFileName(outcome.code) })}</p>
          <button
            type="button"
            className={buttonClass}
            onClick={() =>
              void loadDownloads().then((files) =>
                files.downloadMobileconfig(outcome, {
                  id: identity.id || undefined,
                  address: identity.address || undefined,
                  text: t('apple.profile', { returnObjects: true }),
                }),
              )
            }
          >
            {t('apple.button')}
          </button>
          {!(identity.id && identity.address) && <p className="mt-2">{t('apple.withoutIdentity')}</p>}
          <h4 className="mt-3 font-bold">{t('apple.ios.heading')}</h4>
          <Steps steps={t('apple.ios.steps', { returnObjects: true })} />
          <p className="mt-1">{t('apple.ios.expiry')}</p>
          <h4 className="mt-3 font-bold">{t('apple.mac.heading')}</h4>
          <Steps steps={t('apple.mac.steps', { returnObjects: true })} />
          <p className="mt-2">{t('apple.remove')}</p>
        </>
      )}
    </section>
  );
}

export function ExportsSection({ outcome, identity }: { outcome: Outcome; identity: Identity }) {
  const { t } = useTranslation('exports');
  // Asked for now, so that a button pressed finds it there.
  useAfterStart('downloads', loadDownloads);
  return (
    <section className="mt-8 print:hidden">
      <h2 className="text-xl font-bold">{t('heading')}</h2>
      <p className="mt-2">{t('intro')}</p>
      {/* The profile is for anyone with Apple Mail; the Thunderbird file only for an
          administrator or a domain owner, so it comes last. */}
      <Apple outcome={outcome} identity={identity} />
      <Thunderbird outcome={outcome} identity={identity} />
    </section>
  );
}
