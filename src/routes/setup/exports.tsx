/**
 * Downloads of the result, generated in the browser from the same outcome the page shows:
 * a Thunderbird autoconfig file and an Apple configuration profile. Neither ever contains a
 * password. Each is offered only where its format can express the result correctly.
 */
import { useTranslation } from 'react-i18next';
import { useAfterStart } from '../../components/use-hydrated';
import type { Outcome } from '../../flow/recommend';
import { autoconfigDomains, autoconfigSupport, mobileconfigSupport } from '../../sheet/export-support';
import { AUTOCONFIG_FILE_NAME, autoconfigLocalFileName, mobileconfigFileName } from '../../sheet/files';
import type { Identity } from './identity-fields';

/**
 * The file formats' code, asked for once the result is interactive (so that a button pressed
 * finds it there) and not with every question of the flow, which share this page's code.
 */
const loadDownloads = () => import('./downloads');

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
  const { t } = useTranslation('sheet');
  const support = autoconfigSupport(outcome);
  const domain = autoconfigDomains(identity.address || undefined)[0] ?? '';
  return (
    <section className="mt-6">
      <h3 className="text-lg font-bold">{t('exports.thunderbird.heading')}</h3>
      {!support.supported ? (
        <p className="mt-2">{t(`exports.thunderbird.unsupported.${support.reason}`)}</p>
      ) : (
        <>
          <p className="mt-2">{t('exports.thunderbird.body', { fileName: AUTOCONFIG_FILE_NAME })}</p>
          {identity.id ? (
            <button
              type="button"
              className={buttonClass}
              onClick={() =>
                void loadDownloads().then((files) =>
                  files.downloadAutoconfig(outcome, { id: identity.id, address: identity.address || undefined, displayName: t('exports.thunderbird.providerName') }),
                )
              }
            >
              {t('exports.thunderbird.button')}
            </button>
          ) : (
            <p className="mt-2 font-semibold">{t('exports.thunderbird.needsId')}</p>
          )}
          <p className="mt-3">{t('exports.thunderbird.howTo')}</p>
          <h4 className="mt-2 font-bold">{t('exports.thunderbird.local.heading')}</h4>
          <Steps steps={t('exports.thunderbird.local.steps', { returnObjects: true, localFileName: autoconfigLocalFileName(domain) })} />
          <h4 className="mt-2 font-bold">{t('exports.thunderbird.domain.heading')}</h4>
          <p className="wrap-anywhere">{t('exports.thunderbird.domain.body', { domain })}</p>
          <p className="mt-1">{t('exports.thunderbird.domain.warning')}</p>
        </>
      )}
    </section>
  );
}

function Apple({ outcome, identity }: { outcome: Outcome; identity: Identity }) {
  const { t } = useTranslation('sheet');
  const support = mobileconfigSupport(outcome);
  return (
    <section className="mt-6">
      <h3 className="text-lg font-bold">{t('exports.apple.heading')}</h3>
      {!support.supported ? (
        <p className="mt-2">{t(`exports.apple.unsupported.${support.reason}`)}</p>
      ) : (
        <>
          <p className="mt-2">{t('exports.apple.body', { fileName: mobileconfigFileName(outcome.code) })}</p>
          <button
            type="button"
            className={buttonClass}
            onClick={() =>
              void loadDownloads().then((files) =>
                files.downloadMobileconfig(outcome, {
                  id: identity.id || undefined,
                  address: identity.address || undefined,
                  text: t('exports.apple.profile', { returnObjects: true }),
                }),
              )
            }
          >
            {t('exports.apple.button')}
          </button>
          {!(identity.id && identity.address) && <p className="mt-2">{t('exports.apple.withoutIdentity')}</p>}
          <h4 className="mt-3 font-bold">{t('exports.apple.ios.heading')}</h4>
          <Steps steps={t('exports.apple.ios.steps', { returnObjects: true })} />
          <p className="mt-1">{t('exports.apple.ios.expiry')}</p>
          <h4 className="mt-3 font-bold">{t('exports.apple.mac.heading')}</h4>
          <Steps steps={t('exports.apple.mac.steps', { returnObjects: true })} />
          <p className="mt-2">{t('exports.apple.remove')}</p>
        </>
      )}
    </section>
  );
}

export function Exports({ outcome, identity }: { outcome: Outcome; identity: Identity }) {
  const { t } = useTranslation('sheet');
  useAfterStart('downloads', loadDownloads);
  return (
    <section className="mt-8 print:hidden">
      <h2 className="text-xl font-bold">{t('exports.heading')}</h2>
      <p className="mt-2">{t('exports.intro')}</p>
      {/* The profile is for anyone with Apple Mail; the Thunderbird file only for an
          administrator or a domain owner, so it comes last. */}
      <Apple outcome={outcome} identity={identity} />
      <Thunderbird outcome={outcome} identity={identity} />
    </section>
  );
}
