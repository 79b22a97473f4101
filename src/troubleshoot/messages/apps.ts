/**
 * The apps with sourced messages, and which app an id belongs to: all the entry (every page's
 * code) needs of the table, to download one app's table for a support link.
 */

/** The mail apps of the setup flow's presets that have sourced messages (flow/clients.ts ids). */
export const MESSAGE_APPS = ['outlook', 'thunderbird', 'android', 'ios-mail', 'apple-mail'] as const;
export type MessageApp = (typeof MESSAGE_APPS)[number];

/**
 * Every entry's id starts with its app's prefix (messages.test.ts), so that a support link's
 * `?message=` says which app's table to download, even without `app=`.
 */
export const ID_PREFIXES: Record<MessageApp, readonly string[]> = {
  outlook: ['ol-'],
  thunderbird: ['tb-'],
  // The AOSP Email app and Thunderbird for Android.
  android: ['aosp-', 'tfa-'],
  'ios-mail': ['ios-'],
  'apple-mail': ['mac-'],
};

export function isMessageApp(app: string | null | undefined): app is MessageApp {
  return (MESSAGE_APPS as readonly (string | null | undefined)[]).includes(app);
}

/** The app whose table holds the entry with this id, if any could. */
export function appOfId(id: string | null | undefined): MessageApp | undefined {
  return id ? MESSAGE_APPS.find((app) => ID_PREFIXES[app].some((prefix) => id.startsWith(prefix))) : undefined;
}
