/**
 * The error lookup's loader shows a message early exactly when the page then shows it: held to
 * the page's own reading of `?app=` and `?message=` (appChoice, shownEntry in app-choice.ts)
 * for every message with every app choice, and for links written by hand (capitals, spaces,
 * repeats, unknown apps and ids, broken escapes, `__proto__`).
 */
import { describe, expect, it } from 'vitest';
import { messageFile, type MessageLinks } from '../../../build/first-paint-loader';
import { MESSAGE_APPS, MESSAGES, messagesOf } from '../../troubleshoot/messages/index';
import { APPS, appChoice, shownEntry } from './app-choice';
import type { MessageResultModule } from './loaders';
import type { Parts } from './parts';

/** Every table downloaded, as after a search. */
const ALL: Parts = { tables: Object.fromEntries(MESSAGE_APPS.map((app) => [app, messagesOf(app)])), result: {} as MessageResultModule };

const LINKS: MessageLinks = { apps: APPS, messages: Object.fromEntries(MESSAGES.map((entry) => [entry.id, entry.app])), from: '/assets/messages/' };

/** The message the page shows for the query: what the loader must show, or nothing. */
function pageShows(search: string): string | undefined {
  const query = new URLSearchParams(search);
  return shownEntry(ALL, appChoice(query.get('app')), query.get('message'))?.id;
}

/** The message whose file the loader fetches. */
function loaderShows(search: string): string | undefined {
  return messageFile(LINKS, search)?.match(/^\/assets\/messages\/(.+)\.txt$/)?.[1];
}

describe('a message shown before the app has loaded', () => {
  it('is the message the page shows, for every message with every app choice', () => {
    let shown = 0;
    for (const entry of MESSAGES) {
      for (const app of [undefined, ...APPS, 'unsure', 'Outlook', 'eudora', '']) {
        const search = `?${new URLSearchParams(app === undefined ? { message: entry.id } : { app, message: entry.id }).toString()}`;
        expect(loaderShows(search), search).toBe(pageShows(search));
        if (pageShows(search)) shown++;
      }
    }
    // Each message shows without an app, with its own and with one that is not a choice.
    expect(shown).toBeGreaterThanOrEqual(MESSAGES.length * 3);
  });

  it('is the message the page shows for links written by hand', () => {
    const id = MESSAGES[0]?.id ?? '';
    const links = [
      '',
      '?message=',
      `?message=${id.toUpperCase()}`,
      `?message=%20${id}`,
      `?Message=${id}`,
      `?message=${id}&message=nothing`,
      `?message=nothing&message=${id}`,
      `?app=outlook&app=thunderbird&message=${id}`,
      `?message=${id}&app=android`,
      '?message=__proto__',
      '?message=constructor',
      '?message=%E0%A4%A',
      `?message=${id}%`,
      '?app=outlook',
    ];
    for (const search of links) expect(loaderShows(search), search).toBe(pageShows(search));
  });
});
