import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths, type Lang } from '../app/paths';
import { Layout } from '../components/layout';
import { PageHeading } from '../components/heading';
import { usePageMeta } from '../components/page-meta';

/** "Page not found", said plainly, with a way back. */
export function NotFound() {
  const { t, i18n } = useTranslation('notFound');
  usePageMeta({ title: t('title') });
  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <p className="mt-4 text-lg">{t('body')}</p>
      <p className="mt-4">
        <Link className="text-lg text-sky-800 underline underline-offset-4" to={paths.home(i18n.language as Lang)}>
          {t('home')}
        </Link>
      </p>
    </>
  );
}

/** The not-found page outside any language: the visitor's language, chosen at load. */
export function NotFoundPage() {
  const { i18n } = useTranslation();
  return (
    <Layout lang={i18n.language as Lang}>
      <NotFound />
    </Layout>
  );
}
