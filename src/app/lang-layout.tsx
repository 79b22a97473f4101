import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { Layout } from '../components/layout';
import { NotFound } from '../routes/not-found';
import type { Lang } from './paths';
import { useUrlLang } from './use-lang';

/** Every page under `/:lang/`; an unknown language segment is a page that does not exist. */
export function LangLayout() {
  const lang = useUrlLang();
  const { i18n } = useTranslation();
  if (!lang) {
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
