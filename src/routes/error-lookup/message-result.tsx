/**
 * One message found: what it is and where it comes from, then its likely causes with
 * their fixes (the troubleshooting result's cards, the same copyable values), grouped by
 * direction, each with the link into its flow with the symptom already answered.
 */
import { useTranslation } from 'react-i18next';
import { Link, type LinkProps } from 'react-router';
import { paths, type Lang } from '../../app/paths';
import { useLang } from '../../app/use-lang';
import type { Flow } from '../../flow/engine';
import { resolve } from '../../flow/resolve';
import { CANT_RECEIVE_FLOW } from '../../troubleshoot/cant-receive';
import { CANT_SEND_FLOW } from '../../troubleshoot/cant-send';
import { lookupCauses, type LookupGroup } from '../../troubleshoot/lookup';
import { aboutText } from '../../troubleshoot/messages/about';
import type { MessageEntry, MessageText } from '../../troubleshoot/messages/types';
import { CHECK_PART } from '../troubleshoot/app-check-links';
import { CauseCard } from '../troubleshoot/cause-list';
import { SetupAgainLink } from '../troubleshoot/setup-again-link';

const LINK = 'text-sky-800 underline underline-offset-4';

/** The flow's page the symptom leads to, straight (no redirect on the way). */
export function flowHref(lang: Lang, group: Pick<LookupGroup, 'flow' | 'symptom'>): string {
  const flow = group.flow === 'cant-send' ? CANT_SEND_FLOW : CANT_RECEIVE_FLOW;
  const known = group.symptom !== undefined && (flow.steps.symptom.options as readonly string[]).includes(group.symptom);
  const r = resolve(flow as Flow<string, Record<string, string>>, '', known ? `?symptom=${group.symptom}` : '');
  return r.kind === 'redirect' ? paths.flow(lang, group.flow, r.to, r.query) : paths.flow(lang, group.flow, flow.first);
}

/** The message's text in the page's language, else in the other one. */
function textIn(entry: MessageEntry, lang: Lang): MessageText | undefined {
  return entry.texts[lang] ?? entry.texts[lang === 'ja' ? 'en' : 'ja'];
}

/** The message as the app shows it in the page's language, else in the other one. */
export function messageText(entry: MessageEntry, lang: Lang): string {
  return textIn(entry, lang)?.text ?? '';
}

/** A link to a message, worded as its app shows it, in the page's language. */
export function MessageLink({ entry, ...link }: { entry: MessageEntry } & Omit<LinkProps, 'className' | 'children'>) {
  const lang = useLang();
  return (
    <Link {...link} className={`${LINK} whitespace-pre-line break-words`}>
      {messageText(entry, lang)}
    </Link>
  );
}

export function MessageResult({ entry }: { entry: MessageEntry }) {
  const { t } = useTranslation('errorLookup');
  const { t: tr } = useTranslation('result');
  const lang = useLang();
  const shown = textIn(entry, lang);
  const groups = lookupCauses(entry);
  const about = shown && aboutText(entry, shown);
  const app = tr(`appNames.${entry.app}`);
  return (
    <section aria-labelledby="found-heading" className="mt-10">
      <h2 id="found-heading" tabIndex={-1} data-focus-on-load className="text-xl font-bold focus:outline-none">
        {t('resultHeading')}
      </h2>
      <p className="mt-2 font-semibold">{t('matchedApp', { app })}</p>
      <blockquote className="mt-2 whitespace-pre-line break-words border-s-4 border-slate-400 ps-3">
        {entry.code && messageText(entry, lang) === entry.code ? t('matchedCode', { code: entry.code }) : messageText(entry, lang)}
      </blockquote>
      {/* The titles an alert shows above the message, each wording once (two iOS titles read the same in Japanese). */}
      {[...new Set(entry.titles?.map((title) => title.texts[lang]?.text))].map((title) => title && (
        <p key={title} className="mt-2">
          {t('alertTitle', { title })}
        </p>
      ))}
      {about && (
        <p className="mt-2 text-sm text-slate-800">
          {t('about.line', { what: t(`about.kind.${about.kind}`, { app }), shownIn: t(`about.shownIn.${about.shownIn}`) })}
        </p>
      )}
      {groups.map((group) => (
        <section key={group.role} aria-labelledby={`group-${group.role}`} className="mt-8">
          {groups.length > 1 && (
            <h3 id={`group-${group.role}`} className="text-lg font-bold">
              {t(`groups.${group.role}`)}
            </h3>
          )}
          <ol className="mt-3 space-y-4">
            {group.causes.map((cause) => (
              <CauseCard key={cause.id} cause={cause} standalone />
            ))}
          </ol>
          <p className="mt-4">
            <Link to={flowHref(lang, group)} className={LINK}>
              {t(`flowLink.${group.flow}`)}
            </Link>
          </p>
        </section>
      ))}
      <SetupAgainLink steps={groups.flatMap((group) => group.causes.map((c) => c.setupStep))} setupAnswers={{}} />
      <p className="mt-4">
        <Link to={`${paths.app(lang, entry.app)}${CHECK_PART}`} className={LINK}>
          {t('appGuideLink', { app })}
        </Link>
      </p>
    </section>
  );
}
