/**
 * Apple Mail's alerts (iPhone/iPad and Mac) as a customer meets them: the title alone lists
 * the messages it heads, most likely first; the title and the message pasted together, or the
 * message alone, find the message first, whatever server, account or port it names, with the
 * line breaks and quote marks a paste may change; each leads to the catalogue's causes.
 */
import { describe, expect, it } from 'vitest';
import { lookupCauses } from '../lookup';
import { MESSAGES, TITLES, messageById } from './index';
import { matchMessage } from './match';
import { appOfId, type MessageEntry, type MessageLang } from './types';

const LANGS = ['ja', 'en'] as const;
const APPLE = MESSAGES.filter((m) => m.app === 'ios-mail' || m.app === 'apple-mail');
const APPLE_TITLES = TITLES.filter((t) => /^(ios|mac)-/.test(t.id));

const VALUES = [
  { server: 'pop.asahi-net.or.jp', account: 'ASAHIネット', user: 'ab4t-ash', address: 'taro@asahi-net.or.jp', recipient: 'hanako@example.jp', port: '995', detail: 'メール', reason: '-9806', protocol: 'POP' },
  { server: 'smtp.example.net', account: 'Work', user: 'taro.yamada@example.com', address: 'k.suzuki@example.co.jp', recipient: 'boss@company.example', port: '587', detail: 'MD5 Challenge-Response', reason: '61', protocol: 'SMTP' },
] as const;

function fill(text: string, values: (typeof VALUES)[number]): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => (values as Record<string, string>)[name] ?? name);
}

function entry(id: string): MessageEntry {
  const found = messageById(id);
  if (!found) throw new Error(`no message ${id}`);
  return found;
}

/** What a paste or a retyping may do to the line breaks and the quote marks around names. */
function variants(text: string): string[] {
  return [
    text,
    text.replace(/\n/g, ''),
    text.replace(/\n/g, '\r\n'),
    text.replace(/。(?=.)|\. (?=\S)/, (m) => `${m.trim()}\n`),
    text.replace(/“([^”]*)”/g, '"$1"'),
    text.replace(/"([^"]*)"/g, '“$1”'),
    text.replace(/[“"]([^”"]*)[”"]/g, '「$1」'),
  ];
}

describe('Apple Mail’s alert titles', () => {
  it('each head messages of their own app, which list the titles that head them', () => {
    expect(APPLE_TITLES.length).toBeGreaterThan(0);
    for (const title of APPLE_TITLES) {
      expect(title.heads.length, title.id).toBeGreaterThan(0);
      for (const id of title.heads) {
        expect(appOfId(id), `${title.id} heads ${id}`).toBe(appOfId(title.id));
        expect(entry(id).titles?.map((t) => t.id), id).toContain(title.id);
      }
    }
    for (const m of APPLE) for (const t of m.titles ?? []) expect(t.heads, t.id).toContain(m.id);
  });

  for (const title of APPLE_TITLES)
    for (const lang of LANGS) {
      const text = title.texts[lang]?.text ?? '';
      it(`${title.id} alone (${lang}: ${text}) lists the messages it heads, most likely first`, () => {
        const app = appOfId(title.id);
        for (const typed of [text, fill(text, VALUES[0]), ` ${text.toLowerCase()} `, text.normalize('NFKC').replace(/[A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))]) {
          for (const found of [matchMessage(typed, app), matchMessage(typed)]) {
            const ids = found.map((c) => c.entry.id);
            expect(ids.slice(0, title.heads.length), typed).toEqual(title.heads);
            expect(found[0]?.title?.texts[lang]?.text, typed).toBe(text);
          }
        }
      });
    }
});

describe('Apple Mail’s messages', () => {
  for (const m of APPLE)
    for (const lang of LANGS) {
      const body = m.texts[lang]?.text ?? '';
      it(`${m.id} (${lang}) is found first alone and under each of its titles, however the paste came out`, () => {
        for (const values of VALUES) {
          const filled = fill(body, values);
          const pastes = [...variants(filled)];
          for (const t of m.titles ?? []) {
            const title = fill(t.texts[lang]?.text ?? '', values);
            pastes.push(`${title}\n${filled}`, `${title} ${filled}`, `${title}\r\n${filled.replace(/\n/g, '')}`, `${filled}\n${title}`);
          }
          for (const typed of pastes) expect(matchMessage(typed, m.app)[0]?.entry.id, typed).toBe(m.id);
        }
      });
    }

  it('are written as Apple wrote them: Japanese with both “ ” and ASCII " around names', () => {
    const ja = APPLE.map((m) => m.texts.ja?.text ?? '');
    expect(ja.some((t) => /"\{\w+\}"/.test(t))).toBe(true);
    expect(ja.some((t) => /“\{\w+\}”/.test(t))).toBe(true);
    expect(ja.join('')).not.toMatch(/サーバー|ユーザー/);
  });

  it('name their source: the file and key in applelocalization-tools at a commit', () => {
    for (const m of APPLE)
      for (const lang of LANGS) {
        const source = m.texts[lang]?.source;
        expect(source && 'repo' in source && source.repo, m.id).toBe('kishikawakatsumi/applelocalization-tools');
        if (source && 'repo' in source) expect(source.path, m.id).toMatch(/^data\/(ios|macos)\/.+\.json$/);
      }
  });
});

describe('what Apple Mail’s alerts mean', () => {
  const causesOf = (id: string, flow: 'cant-send' | 'cant-receive') => lookupCauses(entry(id)).find((g) => g.flow === flow)?.causes.map((c) => c.id) ?? [];

  it.each([
    ['ios-failed-login', 'cant-receive', 'user-is-address'],
    ['ios-failed-login', 'cant-send', 'registration-missing'],
    ['ios-timed-out', 'cant-receive', 'no-ssl-on-ssl-port'],
    ['ios-ssl-failure', 'cant-send', 'ssl-on-plain-port'],
    ['ios-relaying', 'cant-send', 'out-auth-off'],
    ['ios-cert', 'cant-receive', 'host-unknown'],
    ['ios-outgoing-failed', 'cant-send', 'port-25-blocked'],
    ['mac-login-failed', 'cant-receive', 'user-is-address'],
    ['mac-refused', 'cant-send', 'port-not-offered'],
    ['mac-smtp-rejected-address', 'cant-send', 'out-auth-off'],
    ['mac-check-ssl', 'cant-receive', 'ssl-on-plain-port'],
    ['mac-cert', 'cant-send', 'host-unknown'],
  ] as const)('%s when %s points to %s', (id, flow, cause) => {
    expect(causesOf(id, flow)).toContain(cause);
  });

  it('the title alone of a failed fetch leads first to the wrong user name or password', () => {
    for (const lang of ['ja', 'en'] as MessageLang[]) {
      const title = TITLES.find((t) => t.id === 'ios-title-fetch')?.texts[lang]?.text ?? '';
      const [first] = matchMessage(title, 'ios-mail');
      expect(first?.entry.id).toBe('ios-failed-login');
      expect(lookupCauses(first?.entry ?? entry('ios-failed-login')).find((g) => g.flow === 'cant-receive')?.causes[0]?.id).toBe('user-is-address');
    }
  });
});
