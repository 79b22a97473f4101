import type { Lang } from '../app/paths';

/**
 * The class for an app's name standing alone (a heading, a list item). The names are written
 * for the middle of a sentence (“classic Outlook”, “your Android mail app”), so in English the
 * first letter is raised; Japanese names are left as written, since some begin with a brand
 * spelled in lower case (「iPhone/iPadの「メール」」).
 */
export function appNameAlone(lang: Lang): string {
  return lang === 'en' ? 'first-letter:uppercase' : '';
}
