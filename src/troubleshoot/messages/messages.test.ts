/**
 * The error lookup's table and matcher, as a customer meets them: every message is found
 * from its own text in each language it has, whatever server, account or port it names;
 * typed with typos or pasted with more around it, it is still found first; text that is
 * no message finds nothing.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE, RECEIVE_CAUSE_IDS, SEND_CAUSE_IDS } from '../causes';
import { lookupCauses } from '../lookup';
import { MESSAGES, messageById } from './index';
import { matchMessage } from './match';
import { codesIn, normalise } from './normalise';
import { appOfId, type MessageEntry, type MessageLang, type VARIABLES } from './types';

type Values = Record<(typeof VARIABLES)[number], string>;

function entry(id: string): MessageEntry {
  const found = messageById(id);
  if (!found) throw new Error(`no message ${id}`);
  return found;
}

const ASAHI: Values = {
  server: 'mail.asahi-net.or.jp',
  account: 'ab4t-ash@asahi-net.or.jp',
  user: 'ab4t-ash',
  address: 'taro@example.com',
  recipient: 'hanako@example.jp',
  port: '587',
  response: '535 5.7.8 Error: authentication failed',
  subject: 'Hello',
  detail: 'java.net.ConnectException: failed to connect',
  reason: 'java.net.SocketException',
  capability: 'STARTTLS',
  old: '587',
  new: '465',
  protocol: 'POP',
};

const OTHER: Values = {
  server: 'pop.asahi-net.or.jp',
  account: '仕事用',
  user: 'XY9Z-ABC',
  address: 'k.suzuki+news@mail.example.co.jp',
  recipient: 'boss@company.example',
  port: '995',
  response: '-ERR authorization failed',
  subject: '見積もりの件',
  detail: 'SSLHandshakeException',
  reason: 'javax.net.ssl.SSLException',
  capability: 'STLS',
  old: 'STARTTLS',
  new: 'SSL/TLS',
  protocol: 'SMTP',
};

function fill(text: string, values: Values): string {
  return text.replace(/\{(\w+)\}/g, (_, name: keyof Values) => values[name]);
}

const TEXTS = MESSAGES.flatMap((entry) =>
  (['ja', 'en'] as const).flatMap((lang: MessageLang) => {
    const text = entry.texts[lang]?.text;
    return text === undefined ? [] : [{ id: entry.id, lang, text }];
  }),
);

/** What a text reads as, whatever fills its variable parts. */
const reading = (text: string) => normalise(text.replace(/\{\w+\}/g, ' '));

/**
 * The messages of other apps that read exactly like this one (Apple's iPhone and Mac alerts
 * share several texts): with no app chosen, these tie with it, and any of them may come first.
 */
function sameReading(id: string, text: string): Set<string> {
  return new Set([id, ...TEXTS.filter((t) => reading(t.text) === reading(text)).map((t) => t.id)]);
}

/** The message is first among the candidates, or after none but messages that read the same. */
function expectFirst(found: readonly { entry: MessageEntry }[], id: string, text: string, typed: string): void {
  const ids = found.map((c) => c.entry.id);
  const at = ids.indexOf(id);
  expect(at, `${typed}: ${ids.join(', ')}`).toBeGreaterThanOrEqual(0);
  const ties = sameReading(id, text);
  for (const before of ids.slice(0, at)) expect(ties, `${typed}: ${before} comes first`).toContain(before);
}

describe('the message table', () => {
  it('has unique ids, a source for every text, and only the catalogue’s causes', () => {
    expect(new Set(MESSAGES.map((m) => m.id)).size).toBe(MESSAGES.length);
    for (const m of MESSAGES) {
      expect(m.causes.length, m.id).toBeGreaterThan(0);
      for (const id of m.causes) expect(CATALOGUE[id], `${m.id}: ${id}`).toBeDefined();
      for (const t of Object.values(m.texts)) {
        const source = t.source;
        if ('page' in source) expect(source.page, m.id).toMatch(/^https?:\/\//);
        else {
          expect(source.commit, m.id).toMatch(/^[0-9a-f]{40}$/);
          expect(source.path && source.stringId, m.id).toBeTruthy();
        }
      }
      // The `definite` causes are among the message's causes.
      for (const id of m.definite ?? []) expect(m.causes, m.id).toContain(id);
    }
  });

  it('names each entry’s app by its id, so that a support link downloads only that app’s table', () => {
    for (const m of MESSAGES) expect(appOfId(m.id), m.id).toBe(m.app);
    expect(appOfId('tb-smtp-timeout')).toBe('thunderbird');
    expect(appOfId('0x800ccc0e')).toBeUndefined();
    expect(appOfId(null)).toBeUndefined();
  });

  it('lets every cause a flow finds be reached from some message', () => {
    const reached = new Set(MESSAGES.flatMap((m) => lookupCauses(m).flatMap((g) => g.causes.map((c) => c.id))));
    // pop-before-smtp-ssl is found only for an app without SMTP AUTH (POP before SMTP), and every
    // app of the table has SMTP AUTH (shared/SPEC.md §6); gmail-pop-ended is no error of a mail
    // app. None of the table's messages can point to them.
    const noMessage: readonly string[] = ['pop-before-smtp-ssl', 'gmail-pop-ended'];
    for (const id of [...SEND_CAUSE_IDS, ...RECEIVE_CAUSE_IDS]) if (!noMessage.includes(id)) expect(reached, id).toContain(id);
  });

  it('gives every app’s connection, time-out, host, password and TLS failures', () => {
    const symptomsOf = (app: string) => new Set(MESSAGES.filter((m) => m.app === app).map((m) => m.symptom));
    for (const app of ['outlook', 'thunderbird', 'android', 'ios-mail', 'apple-mail']) {
      for (const s of ['times-out', 'password-rejected', 'secure-connection']) expect(symptomsOf(app), `${app} ${s}`).toContain(s);
    }
  });
});

describe('matching a message', () => {
  it.each(TEXTS)('finds $id from its own $lang text, first', ({ id, text }) => {
    expect(matchMessage(text, appOfId(id))[0]?.entry.id).toBe(id);
    expectFirst(matchMessage(text), id, text, text);
  });

  it.each(TEXTS)('finds $id ($lang) with other servers, accounts and ports', ({ id, text }) => {
    for (const values of [ASAHI, OTHER]) {
      const typed = fill(text, values);
      expect(matchMessage(typed, appOfId(id))[0]?.entry.id, typed).toBe(id);
      expectFirst(matchMessage(typed), id, text, typed);
    }
  });

  it('finds an Outlook code alone, in any case and width, with O typed for 0', () => {
    for (const typed of ['0x800CCC0E', '0x800ccc0e', '０ｘ８００ＣＣＣ０Ｅ', '800CCC0E', '0x800CCCOE', 'エラー番号: 0x800CCC0E です']) {
      expect(matchMessage(typed)[0]?.entry.id, typed).toBe('ol-0x800ccc0e');
    }
    expect(codesIn('Error Number: 0x800CCC79, and 0x8004210B')).toEqual(['0x800CCC79', '0x8004210B']);
  });

  it.each([
    ['tb-smtp-timeout', 'Sending of the message failed.\nThe message could not be sent because the conection to Outgoing server (SMTP) smtp.example.net timed out. Try again.'],
    ['tb-smtp-timeout', '送信（ＳＭＴＰ）サーバー mail.asahi-net.or.jp との接続がタイムアウトしたため、メッセージを送信できませんでした。'],
    ['tb-smtp-starttls-failed', 'I get this: "An error occured while sending mail: Unable to establish a secure link with Outgoing server (SMTP) mail.asahi-net.or.jp using STARTTLS since it doesnt advertise that feature."'],
    ['tb-login-failed', 'ユーザー名 ab4t-ash@asahi-net.ne.jp でサーバー pop.asahi-net.or.jp へのログインに失敗しました'],
    ['tb-net-timeout', 'connection to server POP.ASAHI-NET.OR.JP timed out'],
    ['aosp-auth', 'ユーザ名またはパスワードが正しくありません'],
    ['aosp-tls-required', 'tls required but not supported by server'],
    ['tfa-auth-error', '認証エラー'],
    // Thunderbird's Fluent strings quote the labels with “ ” where the .properties file has [ ].
    ['tb-smtp-auth-failure', '送信 (SMTP) サーバー mail.asahi-net.or.jp の認証に失敗しました。パスワードを確認し、“アカウント設定” の “送信 (SMTP) サーバー” で “認証方式” が正しいことを確認してください。'],
    ['tfa-missing-capability-details', 'The server is missing this capabilty: STARTTLS'],
    ['ol-relay-denied', "The message could not be sent because one of the recipients was rejected by the server. The rejected e-mail address was 'a@b.jp'."],
    ['ol-smtp-timeout', 'The operation timed out waiting for a response from the sending (SMTP) server.'],
    ['ol-0x800ccc92', 'Outlook says 0x800CCC92 when I check mail'],
  ])('finds %s in a message with typos or extra text', (id, typed) => {
    expect(matchMessage(typed)[0]?.entry.id).toBe(id);
  });

  it.each(['hello, how are you today?', '今日は天気がいいですね。', 'メールが届きません', 'I have an error with my server', 'パスワードを忘れました', '', '   ', 'mail.asahi-net.or.jp 587'])(
    'finds nothing in %j',
    (typed) => {
      expect(matchMessage(typed)).toEqual([]);
    },
  );

  it('searches only the chosen app', () => {
    const typed = 'Authentication error';
    expect(matchMessage(typed, 'android')[0]?.entry.id).toBe('tfa-auth-error');
    expect(matchMessage(typed, 'outlook')).toEqual([]);
  });

  it('normalises width, case, spacing, quotes and the variable parts', () => {
    expect(normalise('“Ｓｅｒｖｅｒ”  mail.asahi-net.or.jp\n  port 465')).toBe(normalise('server port'));
    expect(normalise('サーバ')).toBe(normalise('サーバー'));
  });
});

describe('what a message means', () => {
  it('gives the catalogue’s causes, most likely first, with the values to copy', () => {
    const [send] = lookupCauses(entry('tb-smtp-timeout'));
    expect(send?.flow).toBe('cant-send');
    expect(send?.causes.map((c) => c.id)).toContain('no-ssl-on-ssl-port');
    expect(send?.causes.find((c) => c.id === 'no-ssl-on-ssl-port')?.setting).toEqual({ host: 'mail.asahi-net.or.jp', port: 465, security: 'ssl-tls' });
    // The catalogue's order; the causes that do not usually time out come last.
    expect(send?.causes.map((c) => c.id)).toEqual([
      'ssl-on-plain-port',
      'no-ssl-on-ssl-port',
      'port-25-au-hikari',
      'port-25-blocked',
      'network-restriction',
      'antivirus-outgoing-check',
    ]);
  });

  it('marks what the message proves as definite', () => {
    const [receive] = lookupCauses(entry('tb-pop-no-stls'));
    expect(receive?.causes).toMatchObject([{ id: 'starttls', certainty: 'definite', setting: { host: 'pop.asahi-net.or.jp', port: 995 } }]);
  });

  it('gives a message of either direction one group per direction, each only with its flow’s causes', () => {
    const groups = lookupCauses(entry('aosp-auth'));
    expect(groups.map((g) => g.flow)).toEqual(['cant-send', 'cant-receive']);
    expect(groups[1]?.causes.map((c) => c.id)).not.toContain('registration-missing');
    expect(groups[0]?.causes.map((c) => c.id)).toContain('registration-missing');
    for (const m of MESSAGES) for (const g of lookupCauses(m)) expect(g.causes.length, `${m.id} ${g.role}`).toBeGreaterThan(0);
  });
});
