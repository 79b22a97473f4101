import { useTranslation } from 'react-i18next';
import { Outlet, useParams } from 'react-router';
import { Layout } from '../components/layout';
import { NotFound } from '../routes/not-found';
import { isLang, type Lang } from './paths';

/** Every page under `/:lang/`; an unknown language segment is a page that does not exist. */
export function LangLayout() {
  const { lang } = useParams();
  const { i18n } = useTranslation();
  if (!isLang(lang)) {
    return (
      <Layout lang={i18n.language as Lang}>
        <NotFound />
      </Layout>
    );
  }
  return (
    <Layout lang={lang}>
      <Outlet />
    </Layout>
  );
}
