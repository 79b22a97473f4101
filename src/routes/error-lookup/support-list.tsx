/**
 * For the support page: every message the lookup knows, by app, each a link to its own page
 * (`/error/<id>/`, which has the message and its causes in its HTML) to send to a customer who
 * reads that message.
 */
import { use } from 'react';
import { useTranslation } from 'react-i18next';
import { paths } from '../../app/paths';
import { useLang } from '../../app/use-lang';
import { appNameAlone } from '../../components/app-name-case';
import { MESSAGE_APPS } from '../../troubleshoot/messages/apps';
import type { MessageEntry } from '../../troubleshoot/messages/types';
import { MessageLink } from './message-result';

/**
 * The whole table, from a chunk of its own: imported statically, its chunks would be named in
 * the entry (which loads this list), on every page. Forgotten when it fails, for a retry.
 */
let table: Promise<readonly MessageEntry[]> | undefined;
function loadTable(): Promise<readonly MessageEntry[]> {
  table ??= import('../../troubleshoot/messages/index').then(
    (m) => m.MESSAGES,
    (error: unknown) => {
      table = undefined;
      throw error;
    },
  );
  return table;
}

export function ErrorMessageLinks() {
  const { t } = useTranslation('errorLookup');
  const { t: tr } = useTranslation('result');
  const lang = useLang();
  // Suspends until the table is here: the support page shows "Loading…" meanwhile.
  const messages = use(loadTable());
  return (
    <section aria-labelledby="support-errors" className="mt-8">
      <h2 id="support-errors" className="text-xl font-bold">
        {t('supportHeading')}
      </h2>
      <p className="mt-2">{t('supportIntro')}</p>
      {MESSAGE_APPS.map((app) => (
        <div key={app} className="mt-4">
          <h3 className={`text-lg font-bold ${appNameAlone(lang)}`}>{tr(`appNames.${app}`)}</h3>
          <ul className="mt-2 list-disc space-y-2 ps-6">
            {messages
              .filter((m) => m.app === app)
              .map((m) => (
              <li key={m.id}>
                <MessageLink entry={m} to={paths.errorMessage(lang, m.id)} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
