import { useParams } from 'react-router';
import { DEFAULT_LANG, isLang, type Lang } from './paths';

/** The page's language, from the URL (the only source of it). */
export function useLang(): Lang {
  const { lang } = useParams();
  return isLang(lang) ? lang : DEFAULT_LANG;
}
