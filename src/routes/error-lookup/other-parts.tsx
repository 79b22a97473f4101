/**
 * The lookup's parts beside the message found: the ways into the troubleshooting flows (when
 * nothing matched, or the app has no messages), and the other messages a search also matched.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { useLang } from '../../app/use-lang';
import type { MessageEntry } from '../../troubleshoot/messages/types';
import { MessageLink } from './message-result';

const LINK = 'text-sky-800 underline underline-offset-4';

/** The two troubleshooting flows, from their first question. */
export function Questions() {
  const { t } = useTranslation('errorLookup');
  const lang = useLang();
  return (
    <ul className="mt-3 space-y-2 text-lg">
      <li>
        <Link to={paths.cantSend(lang, 'symptom')} className={LINK}>
          {t('questions.cant-send')}
        </Link>
      </li>
      <li>
        <Link to={paths.cantReceive(lang, 'symptom')} className={LINK}>
          {t('questions.cant-receive')}
        </Link>
      </li>
    </ul>
  );
}

interface OtherCandidatesProps {
  readonly others: readonly MessageEntry[];
  /** The address that shows a candidate instead. */
  readonly href: (id: string) => string;
  /** Called as a candidate is picked, before the address changes. */
  readonly onPick: (picked: MessageEntry) => void;
  /** The alert title that was searched for alone, in the page's language: the others are the messages it heads. */
  readonly title?: string;
}

/** The other messages the search matched, each a link that shows it instead. */
export function OtherCandidates({ others, href, onPick, title }: OtherCandidatesProps) {
  const { t } = useTranslation('errorLookup');
  return (
    <section aria-labelledby="others" className="mt-10">
      <h2 id="others" className="text-xl font-bold">
        {t('otherCandidates')}
      </h2>
      <p className="mt-2">{title === undefined ? t('otherCandidatesIntro') : t('titleCandidatesIntro', { title })}</p>
      <ul className="mt-3 space-y-3">
        {others.map((other) => (
          <li key={other.id}>
            <MessageLink entry={other} to={href(other.id)} replace preventScrollReset onClick={() => onPick(other)} />
          </li>
        ))}
      </ul>
    </section>
  );
}
