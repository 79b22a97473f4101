import { describe, expect, it } from 'vitest';
import type { LabelSet } from '../../flow/clients';
import { recommend, type Outcome, type ReceiveSetting, type SendSetting } from '../../flow/recommend';
import type { Answers } from '../../flow/steps';
import { createI18n, type Resources } from '../../i18n/i18n';
import enCore from '../../i18n/en/core';
import jaCore from '../../i18n/ja/core';
import enResources from '../../i18n/en/resources';
import enSheet from '../../i18n/en/sheet';
import jaResources from '../../i18n/ja/resources';
import jaSheet from '../../i18n/ja/sheet';
import { alternativeLines, sheetLines, type ResultT } from './setting-rows';

/**
 * Every "Copy all" line and every alternative line must make sense alone, pasted into a
 * note: the app's own label with the app's own value, or the generic label with the generic
 * value — never a generic label with an app's value (issue 10).
 */
const LABEL_SETS: readonly LabelSet[] = ['generic', 'thunderbird', 'outlook', 'apple-mail', 'ios-mail', 'android'];
const CORE = { ja: jaCore, en: enCore } as const;
const SHEET = { ja: jaSheet, en: enSheet } as const;
const RESOURCES = { ja: jaResources, en: enResources } as const;

interface Labels {
  readonly receiveHost: string;
  readonly sendHost: string;
  readonly port: string;
  readonly receiveSecurity: Readonly<Record<string, string>>;
  readonly sendSecurity: Readonly<Record<string, string>>;
  readonly receiveAuth: Readonly<Record<string, string>>;
  readonly sendAuth: Readonly<Record<string, string>>;
}

/** Every answer set for an unlisted app: each capability, virus check and network. */
function everyAnswers(): Answers[] {
  const three = ['yes', 'no', 'unsure'] as const;
  const out: Answers[] = [];
  for (const ssl of three)
    for (const apop of three)
      for (const smtpAuth of three)
        for (const virusCheck of three)
          for (const network of ['asahi', 'au-hikari', 'other', 'unsure'] as const)
            out.push({
              registration: 'yes',
              network,
              'virus-check': virusCheck,
              antivirus: 'no',
              client: 'other',
              'client-ssl': ssl,
              'client-smtp-auth': smtpAuth,
              'client-apop': apop,
            });
  return out;
}

type Field = 'host' | 'port' | 'security' | 'auth';

/**
 * The `label: value` pairs one server's settings may be copied as: in the words of the
 * app's label set, or in generic words (the generic set's label, or the sheet's generic name
 * for the field where there is one) with the generic value.
 */
function pairs(lang: 'ja' | 'en', set: LabelSet, role: 'receive' | 'send', s: ReceiveSetting | SendSetting): string[][] {
  const r = CORE[lang].result;
  const words = (l: Labels, field: Field): [string, string] => {
    if (field === 'host') return [role === 'receive' ? l.receiveHost : l.sendHost, s.host];
    if (field === 'port') return [l.port, String(s.port)];
    const x = field === 'security' ? (role === 'receive' ? l.receiveSecurity : l.sendSecurity) : role === 'receive' ? l.receiveAuth : l.sendAuth;
    return [x.label ?? '', x[field === 'security' ? s.security : s.auth] ?? ''];
  };
  const sheetNames = r.sheet as Record<string, string>;
  return (['host', 'port', 'security', 'auth'] as const).map((field) => {
    const sets = SHEET[lang].labels as Record<LabelSet, Labels>;
    const [appLabel, appValue] = words(sets[set], field);
    const [genericLabel, genericValue] = words(sets.generic, field);
    const sheetName = sheetNames[`${role}${field[0]?.toUpperCase()}${field.slice(1)}`];
    return [`${appLabel}: ${appValue}`, `${genericLabel}: ${genericValue}`, ...(sheetName ? [`${sheetName}: ${genericValue}`] : [])];
  });
}

/** Each field has a line of its own, and every line is one of the allowed pairs. */
function expectExactly(lines: readonly string[], fields: readonly string[][], what: string): void {
  for (const allowed of fields) {
    expect(lines.some((line) => allowed.some((pair) => line.endsWith(pair))), `${what}: a line, one of ${allowed.join(' | ')}`).toBe(true);
  }
  for (const line of lines) {
    expect(fields.flat().some((pair) => line.endsWith(pair)), `${what}: "${line}" pairs a label and a value of one set`).toBe(true);
  }
}

describe.each(['ja', 'en'] as const)('copied settings in %s', (lang) => {
  const t = createI18n(lang, RESOURCES[lang] as Resources).getFixedT(lang, ['result', 'sheet']) as ResultT;
  const outcomes = everyAnswers().map((a) => recommend(a));

  it.each(LABEL_SETS)('label set %s: each "Copy all" line pairs a label and a value of the same set', { timeout: 30_000 + outcomes.length * 50 }, (set) => {
    for (const base of outcomes) {
      const outcome: Outcome = { ...base, labels: set };
      const lines = sheetLines(t, outcome, { id: '', address: '' });
      // The heading, then the eight settings; the account lines follow.
      const settings = lines.slice(1, 9);
      expectExactly(settings, [...pairs(lang, set, 'receive', outcome.receive), ...pairs(lang, set, 'send', outcome.send)], `${outcome.code} ${set}`);
    }
  });

  it.each(LABEL_SETS)('label set %s: each alternative line pairs a label and a value of the same set', { timeout: 30_000 + outcomes.length * 50 }, (set) => {
    let seen = 0;
    for (const outcome of outcomes) {
      for (const alt of outcome.alternatives) {
        seen++;
        expectExactly(alternativeLines(t, set, alt), pairs(lang, set, alt.role, alt.setting), `${outcome.code} ${set} ${alt.reason}`);
      }
    }
    expect(seen, 'the answers reach alternatives of every kind').toBeGreaterThan(100);
  });
});
