/**
 * The lookup's parts (src/app/error-lookup-parts.ts) as they arrive, for the page to render
 * from. Kept for the tab's life: a part downloaded once is there at once for the next search,
 * a message linked from the candidates, or after the connection has gone.
 */
import { useSyncExternalStore } from 'react';
import { loadAppMessages, loadMessageResult, loadMessageSearch, type MessageResultModule, type MessageSearch } from './loaders';
import { appOfId, type MessageApp, type MessageEntry } from '../../troubleshoot/messages/types';

export interface Parts {
  /** What a message found shows. */
  readonly result?: MessageResultModule;
  /** The matcher, with every app's table. */
  readonly search?: MessageSearch;
  /** Single apps' tables, as a support link to one of their messages downloads them. */
  readonly tables: Partial<Record<MessageApp, readonly MessageEntry[]>>;
}

let parts: Parts = { tables: {} };
const listeners = new Set<() => void>();

function update(next: Partial<Parts>): void {
  parts = { ...parts, ...next, tables: { ...parts.tables, ...next.tables } };
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const current = () => parts;

/** The parts now, outside a render (after a download). */
export const currentParts = current;

export function useParts(): Parts {
  return useSyncExternalStore(subscribe, current, current);
}


/** The entry `?message=` names, once its table is here. */
export function entryOf(from: Parts, id: string | null): MessageEntry | undefined {
  const app = appOfId(id);
  if (!app || !id) return undefined;
  return from.search?.messageById(id) ?? from.tables[app]?.find((entry) => entry.id === id);
}

/** Whether everything `?message=` needs is here; an id of no app needs nothing. */
export function hasLinked(from: Parts, id: string | null): boolean {
  const app = appOfId(id);
  return !app || (from.result !== undefined && (from.search !== undefined || from.tables[app] !== undefined));
}

/** One download per part at a time, forgotten when it fails so that the next try downloads afresh. */
const pending = new Map<string, Promise<void>>();
function once(key: string, load: () => Promise<void>): Promise<void> {
  let promise = pending.get(key);
  if (!promise) {
    promise = load();
    pending.set(key, promise);
    promise.catch(() => pending.delete(key));
  }
  return promise;
}

/** What `?message=` needs: its app's table and the result. The same promise while it downloads (for `use`). */
export function loadLinked(id: string): Promise<void> {
  const app = appOfId(id);
  if (!app) return Promise.resolve();
  return once(`linked:${app}`, () =>
    Promise.all([loadAppMessages(app), loadMessageResult()]).then(([table, result]) => update({ tables: { [app]: table }, result })),
  );
}

/** What a search needs: the matcher with every table, and the result. */
export function loadSearch(): Promise<void> {
  return once('search', () => Promise.all([loadMessageSearch(), loadMessageResult()]).then(([search, result]) => update({ search, result })));
}
