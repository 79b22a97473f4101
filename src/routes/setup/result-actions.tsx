import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../components/copy-button';
import type { Outcome } from '../../flow/recommend';
import { EXAMPLE_ID } from '../../settings/account';
import { useSettingRows } from './setting-rows';

/** "Copy all" (a plain-text sheet, one `label: value` line per setting) and "Copy link for support". */
export function ResultActions({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation('result');
  const rows = useSettingRows(outcome);
  const sheetRef = useRef<HTMLPreElement>(null);
  const linkRef = useRef<HTMLElement>(null);
  const sheet = [
    t('sheet.heading', { code: outcome.code }),
    ...[...rows.receive, ...rows.send].map((row) => `${row.sheetLabel}: ${row.value}`),
    `${t('sheet.userName')}: ${t('account.userNameValue', { example: EXAMPLE_ID })}`,
    `${t('sheet.password')}: ${t('account.passwordValue')}`,
    `${t('sheet.emailAddress')}: ${t('sheet.emailAddressValue')}`,
  ].join('\n');
  // The page's own address: it holds only the answers (the URL contract), never personal data.
  const link = typeof window === 'undefined' ? '' : window.location.href;

  return (
    <section className="mt-6 flex flex-wrap gap-4 print:hidden">
      <pre ref={sheetRef} className="sr-only">
        {sheet}
      </pre>
      <CopyButton value={sheet} what={t('actions.copyAllWhat')} target={sheetRef} wide />
      <code ref={linkRef} className="sr-only">
        {link}
      </code>
      <CopyButton value={link} what={t('actions.copyLinkWhat')} target={linkRef} wide />
    </section>
  );
}
