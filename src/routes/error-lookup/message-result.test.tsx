/**
 * A support link to one message shows its causes from the part of the troubleshooting text
 * the lookup's HTML carries (src/i18n/causes-text.ts), not the whole namespace: every
 * message found must draw each of its words from that part.
 */
import { createInstance } from 'i18next';
import { renderToString } from 'react-dom/server.edge';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../app/paths';
import { CAUSES_TEXT } from '../../i18n/causes-text';
import enCore from '../../i18n/en/core';
import en from '../../i18n/en/resources';
import jaCore from '../../i18n/ja/core';
import ja from '../../i18n/ja/resources';
import { aboutText } from '../../troubleshoot/messages/about';
import { lookupCauses } from '../../troubleshoot/lookup';
import { MESSAGES } from '../../troubleshoot/messages/index';
import { MessageResult } from './message-result';

// One test a message and language: the list of messages grows, the time a test may take does not.
describe.each(LANGS)('a message found in %s, with the causes text the lookup page carries', (lang) => {
  const all = lang === 'ja' ? ja : en;
  // The core text, the lookup's own, and only the cards' part of troubleshooting.
  const text = { ...(lang === 'ja' ? jaCore : enCore), errors: all.errors, errorLookup: all.errorLookup, troubleshoot: Object.fromEntries(CAUSES_TEXT.keys.map((key) => [key, all.troubleshoot[key]])) };
  const missing: string[] = [];
  const i18n = createInstance();
  void i18n.init({
    lng: lang,
    fallbackLng: false,
    resources: { [lang]: text },
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    initAsync: false,
    saveMissing: true,
    missingKeyHandler: (_langs: readonly string[], ns: string, key: string) => missing.push(`${ns}:${key}`),
  });

  it.each(MESSAGES.map((entry) => [entry.id, entry] as const))('shows the causes of %s without a missing word', (_, entry) => {
    missing.length = 0;
    const html = renderToString(
      <I18nextProvider i18n={i18n}>
        <MemoryRouter initialEntries={[`/${lang}/error/`]}>
          <Routes>
            <Route path=":lang/error" element={<MessageResult entry={entry} />} />
          </Routes>
        </MemoryRouter>
      </I18nextProvider>,
    );
    // Each cause is a card with its title: the text is there, not just its key.
    expect(html.match(/<h3 id="cause-/g)?.length).toBe(lookupCauses(entry).reduce((n, group) => n + group.causes.length, 0));
    expect(html).not.toMatch(/>(causes|fixes|result|values)\.[\w.-]+</);
    expect(missing).toEqual([]);
    // What the text is, in the page's words: where it was found (repository, path, page) is for staff.
    const shown = entry.texts[lang] ?? entry.texts[lang === 'ja' ? 'en' : 'ja'];
    if (!shown) throw new Error(`${entry.id} has no text`);
    expect(html).toContain(all.errorLookup.about.shownIn[aboutText(entry, shown).shownIn]);
    for (const text of Object.values(entry.texts)) {
      const where = 'page' in text.source ? [text.source.page] : [text.source.repo, text.source.path];
      for (const part of where) expect(html).not.toContain(part);
    }
  });
});
