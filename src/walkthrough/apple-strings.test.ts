/**
 * The iPhone/iPad and Mac guides quote Apple only with recorded strings: every label a step
 * quotes, every label the drawings show as the app's own, the version note, the hints and the
 * value cards' labels and tips are among Apple's strings for that language
 * (apple-strings.ts), each with its source; what is not is marked as described.
 */
import { describe, expect, it } from 'vitest';
import { recommend } from '../flow/recommend';
import type { Answers } from '../flow/steps';
import enApps from '../i18n/en/apps';
import enSheet from '../i18n/en/sheet';
import enExports from '../i18n/en/exports';
import jaApps from '../i18n/ja/apps';
import jaSheet from '../i18n/ja/sheet';
import jaExports from '../i18n/ja/exports';
import { IOS_LABELS, MAC_LABELS, appleSources, type AppleLabel } from './apple-strings';
import { GUIDES } from './guides';
import { PARTS, isDescribed, type Settings } from './model';
import { resolveWalkthrough } from './resolve';

type Lang = 'ja' | 'en';
type AppleApp = 'ios-mail' | 'apple-mail';
const APPS: readonly AppleApp[] = ['ios-mail', 'apple-mail'];
const LANGS: readonly Lang[] = ['ja', 'en'];
const TEXT = { ja: { apps: jaApps, sheet: jaSheet, exports: jaExports }, en: { apps: enApps, sheet: enSheet, exports: enExports } } as const;
const IOS: readonly AppleLabel[] = IOS_LABELS;
const MAC: readonly AppleLabel[] = MAC_LABELS;
const LABELS: Record<AppleApp, readonly AppleLabel[]> = { 'ios-mail': IOS, 'apple-mail': MAC };

/**
 * The value cards' labels that describe a field rather than quote the app: the Mac's Server
 * Settings tab has no stored Japanese strings (docs/apps.md §4).
 */
const DESCRIBED_CARD_LABELS: Record<AppleApp, Record<Lang, readonly string[]>> = {
  'ios-mail': { ja: [], en: [] },
  'apple-mail': { ja: ['サーバー名', 'ポート番号', 'ユーザー名', '認証の方式'], en: [] },
};

/** The screens whose drawn title, and whose group headings, the guide describes (in both languages). */
const DESCRIBED_TITLES: Record<AppleApp, readonly string[]> = { 'ios-mail': ['servers', 'account', 'smtp'], 'apple-mail': ['accountSheet', 'serverSheet'] };
const DESCRIBED_GROUPS: Record<AppleApp, readonly string[]> = { 'ios-mail': [], 'apple-mail': ['serverSettings'] };

function recorded(app: AppleApp, lang: Lang): Set<string> {
  return new Set(LABELS[app].flatMap((l) => l[lang] ?? []));
}

/** The words a text quotes as on-screen words: 「…」 in Japanese, “…” in English. */
export function quoted(text: string, lang: Lang): string[] {
  const pattern = lang === 'ja' ? /「([^」]+)」/g : /“([^”]+)”/g;
  return [...text.matchAll(pattern)].map((m) => m[1] ?? '');
}

function lookup(tree: unknown, key: string): string {
  const found = key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), tree);
  if (typeof found !== 'string') throw new Error(`no text at ${key}`);
  return found;
}

function settingsFor(app: AppleApp): Settings[] {
  const list: Settings[] = [];
  for (const network of ['asahi', 'other'] as const)
    for (const virusCheck of ['yes', 'no'] as const) {
      const answers: Answers = { registration: 'yes', network, 'virus-check': virusCheck, antivirus: 'no', client: app };
      const outcome = recommend(answers);
      list.push(outcome, ...outcome.alternatives.map((alt) => (alt.role === 'receive' ? { ...outcome, receive: alt.setting } : { ...outcome, send: alt.setting })));
    }
  return list;
}

describe('Apple’s recorded strings', () => {
  it('each have a source: a strings file at a commit with its key and system version, or an Apple page', () => {
    const sources = appleSources();
    expect(sources.size).toBe(IOS_LABELS.length + MAC_LABELS.length);
    for (const label of [...IOS, ...MAC])
      for (const lang of LANGS) {
        const text = label[lang];
        const source = sources.get(label)?.[lang];
        // A language the label has, and only that, has a source.
        expect(source === undefined, `${JSON.stringify(label)} ${lang}`).toBe(text === undefined);
        if (text === undefined || source === undefined) continue;
        expect(text.trim(), text).toBe(text);
        if ('page' in source) expect(source.page).toMatch(/^https:\/\/support\.apple\.com\//);
        else {
          expect(source.commit).toMatch(/^[0-9a-f]{40}$/);
          expect(source.path).toMatch(/^data\/(ios|macos)\//);
          expect(source.key.length).toBeGreaterThan(0);
        }
        expect(source.os.length).toBeGreaterThan(0);
      }
  });

  it('keep Apple’s Japanese spelling: サーバ and ユーザ without the long mark', () => {
    for (const label of [...IOS, ...MAC]) expect(label.ja ?? '').not.toMatch(/サーバー|ユーザー/);
  });
});

for (const app of APPS)
  for (const lang of LANGS)
    describe(`${app} (${lang}) quotes only Apple’s recorded strings`, () => {
      const known = recorded(app, lang);
      const apps = TEXT[lang].apps;
      const expectRecorded = (text: string, where: string) => expect(known.has(text), `${where}: “${text}” is not a recorded Apple string`).toBe(true);

      it('in every step, drawing, heading and field label of every version and outcome', () => {
        const guide = GUIDES[app];
        for (const s of settingsFor(app))
          for (const v of guide.variants) {
            const w = resolveWalkthrough(guide, v.id, s);
            for (const step of PARTS.flatMap((p) => w[p])) {
              for (const word of quoted(lookup(apps, step.textKey), lang)) expectRecorded(word, step.textKey);
              const screen = step.screen;
              if (!screen) continue;
              if (!DESCRIBED_TITLES[app].includes(screen.id)) expectRecorded(lookup(apps, screen.titleKey), screen.titleKey);
              for (const field of screen.fields) {
                const label = lookup(apps, field.labelKey);
                if (isDescribed(field.described, lang)) expect(quoted(label, lang), field.labelKey).toEqual([]);
                else expectRecorded(label, field.labelKey);
                if (field.groupKey && !DESCRIBED_GROUPS[app].includes(screen.id)) expectRecorded(lookup(apps, field.groupKey), field.groupKey);
              }
            }
          }
      });

      it('in the version choice and the note on where the labels come from', () => {
        for (const v of GUIDES[app].variants) for (const word of quoted(lookup(apps, `${app}.variantHints.${v.id}`), lang)) expectRecorded(word, v.id);
        expect(GUIDES[app].labelsNote).toBe(true);
        expect(lookup(apps, `${app}.labelsNote`).length).toBeGreaterThan(0);
      });

      it('in the value cards and “Copy all”', () => {
        const set = TEXT[lang].sheet.labels[app];
        const labels = [set.receiveHost, set.sendHost, set.port, set.userName, set.receiveSecurity.label, set.sendSecurity.label, set.receiveAuth.label, set.sendAuth.label];
        for (const label of labels) {
          const words = quoted(label, lang);
          if (words.length > 0) for (const word of words) expectRecorded(word, `labels.${app}`);
          else if (!DESCRIBED_CARD_LABELS[app][lang].includes(label)) expectRecorded(label, `labels.${app}`);
        }
        for (const word of quoted(set.tip, lang)) expectRecorded(word, `labels.${app}.tip`);
      });
    });

describe('the profile steps of the exports', () => {
  for (const lang of LANGS)
    it(`quote only Apple’s recorded strings (${lang})`, () => {
      const apple = TEXT[lang].exports.apple;
      // The one word of ours: this page's own download button.
      const ours = new Set([apple.button]);
      for (const text of Object.values(apple.ios.steps)) for (const word of quoted(text, lang)) expect(recorded('ios-mail', lang).has(word) || ours.has(word), word).toBe(true);
      for (const text of Object.values(apple.mac.steps)) for (const word of quoted(text, lang)) expect(recorded('apple-mail', lang).has(word), word).toBe(true);
    });
});
