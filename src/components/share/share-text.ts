import type { i18n } from 'i18next';
import type { Lang } from '../../app/paths';

// One import() per language, so that a page downloads only its own.
const TEXT = { ja: () => import('../../i18n/ja/share'), en: () => import('../../i18n/en/share') } as const;

/** Adds the section's text to `i18n` in its language (the prerender has it bundled already). */
export async function addShareText(instance: i18n): Promise<void> {
  const lang = instance.language as Lang;
  if (instance.hasResourceBundle(lang, 'share')) return;
  instance.addResourceBundle(lang, 'share', (await TEXT[lang]()).default);
}
