/** `/:lang/troubleshoot/`: when mail does not work, the two question flows and the checker. */
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../components/heading';
import { usePageMeta } from '../components/page-meta';
import { TroubleshootEntries } from './troubleshoot/entries';

export function Component() {
  const { t } = useTranslation('troubleshoot');
  usePageMeta({ title: t('title'), description: t('intro') });
  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <p className="mt-4 text-lg">{t('intro')}</p>
      <TroubleshootEntries />
    </>
  );
}
