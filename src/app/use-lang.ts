import { useParams } from 'react-router';
import { DEFAULT_LANG, isLang, type Lang } from './paths';

/** The language the URL names (the only source of it), or null when its first segment is not one. */
export function useUrlLang(): Lang | null {
  const { lang } = useParams();
  return isLang(lang) ? lang : null;
}

/** The page's language, from the URL. */
export function useLang(): Lang {
  return useUrlLang() ?? DEFAULT_LANG;
}
