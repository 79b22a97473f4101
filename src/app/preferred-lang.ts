import { DEFAULT_LANG, isLang, type Lang } from './paths';

/** The first of the browser's languages that the guide has, else Japanese. */
export function preferredLang(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const primary = tag.slice(0, 2).toLowerCase();
    if (isLang(primary)) return primary;
  }
  return DEFAULT_LANG;
}

/**
 * The same rule as a self-contained script for the prerendered `/`, so that the redirect
 * happens before any bundle loads. `base` is the site's base path.
 */
export function languageRedirectScript(base: string): string {
  return `(function(){var l=navigator.languages||[navigator.language||""],p=${JSON.stringify(DEFAULT_LANG)};for(var i=0;i<l.length;i++){var x=String(l[i]).slice(0,2).toLowerCase();if(x==="ja"||x==="en"){p=x;break}}location.replace(${JSON.stringify(base)}+p+"/")})();`;
}
