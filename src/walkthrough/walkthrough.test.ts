/**
 * Every guide, every variant, for every outcome the flow can give and each alternative:
 * the values a step lists and its picture draws are the settings' own, every key the page
 * renders exists in both languages, and no text spells a host or a port.
 */
import { describe, expect, it } from 'vitest';
import { PRESET_CLIENT_IDS, type PresetClientId } from '../flow/clients';
import { recommend } from '../flow/recommend';
import { resolve } from '../flow/resolve';
import { optionsOf, type Answers } from '../flow/steps';
import en from '../i18n/en/apps';
import ja from '../i18n/ja/apps';
import { HOSTS, PORTS } from '../settings/servers';
import { CANT_RECEIVE_FLOW } from '../troubleshoot/cant-receive';
import { CANT_SEND_FLOW } from '../troubleshoot/cant-send';
import { GUIDES } from './guides';
import { PARTS, type Settings } from './model';
import { resolveWalkthrough, type ResolvedWalkthrough } from './resolve';
import { troubleQueries } from './trouble-links';

const APPS = PRESET_CLIENT_IDS;

function lookup(tree: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), tree);
}

/** Every outcome a preset can give, and each of its alternatives as settings of their own. */
function settingsFor(app: PresetClientId): Settings[] {
  const list: Settings[] = [];
  for (const network of optionsOf('network'))
    for (const virusCheck of optionsOf('virus-check')) {
      const answers: Answers = { registration: 'yes', network, 'virus-check': virusCheck, antivirus: 'no', client: app };
      const outcome = recommend(answers);
      list.push(outcome);
      for (const alt of outcome.alternatives) list.push(alt.role === 'receive' ? { ...outcome, receive: alt.setting } : { ...outcome, send: alt.setting });
    }
  return list;
}

function walkthroughs(app: PresetClientId): ResolvedWalkthrough[] {
  const guide = GUIDES[app];
  if (!guide) return [];
  return settingsFor(app).flatMap((s) => guide.variants.map((v) => resolveWalkthrough(guide, v.id, s)));
}

describe('walkthroughs', () => {
  it('exist for every preset app', () => {
    expect(Object.keys(GUIDES).sort()).toEqual([...APPS].sort());
  });

  for (const app of APPS) {
    const guide = GUIDES[app];
    if (!guide) continue;
    describe(app, () => {
      it('has unique variant ids, the current one first, and every part filled', () => {
        expect(new Set(guide.variants.map((v) => v.id)).size).toBe(guide.variants.length);
        for (const v of guide.variants) for (const part of PARTS) expect(v[part].length, `${v.id} ${part}`).toBeGreaterThan(0);
      });

      it('lists and draws exactly the settings’ hosts and ports', () => {
        for (const s of settingsFor(app))
          for (const v of guide.variants) {
            const w = resolveWalkthrough(guide, v.id, s);
            const literals = PARTS.flatMap((p) => w[p]).flatMap((step) => step.screen?.fields ?? []).flatMap((f) => (f.value.kind === 'literal' ? [f.value] : []));
            for (const value of literals) {
              const setting = value.what.startsWith('receive') ? s.receive : s.send;
              expect(value.text).toBe(String(value.what.endsWith('Host') ? setting.host : setting.port));
            }
            // The add part enters every server value of both servers.
            const added = w.add.flatMap((step) => step.screen?.fields ?? []).flatMap((f) => (f.value.kind === 'literal' ? [f.value.what] : []));
            expect(new Set(added), `${v.id} adds all four values`).toEqual(new Set(['receiveHost', 'receivePort', 'sendHost', 'sendPort']));
          }
      });

      it('has every key it renders in both languages, as text', () => {
        for (const w of walkthroughs(app))
          for (const step of PARTS.flatMap((p) => w[p])) {
            const keys = [step.textKey, ...(step.screen ? [step.screen.titleKey, ...step.screen.fields.flatMap((f) => [f.labelKey, ...(f.groupKey ? [f.groupKey] : []), ...(f.value.kind === 'word' ? [f.value.key] : [])])] : [])];
            for (const key of keys) {
              expect(typeof lookup(ja, key), `ja ${key}`).toBe('string');
              expect(typeof lookup(en, key), `en ${key}`).toBe('string');
            }
          }
        for (const v of guide.variants) {
          expect(typeof lookup(ja, `${app}.variants.${v.id}`)).toBe('string');
          expect(typeof lookup(en, `${app}.variants.${v.id}`)).toBe('string');
        }
      });
    });
  }

  it('never spells a host or a port in the text: values come from the settings', () => {
    const numbers = Object.values(PORTS).map(String);
    const visit = (node: unknown, path: string): void => {
      if (typeof node === 'string') {
        for (const host of Object.values(HOSTS)) expect(node, path).not.toContain(host);
        for (const port of numbers) expect(node, path).not.toMatch(new RegExp(`(^|[^0-9])${port}([^0-9]|$)`));
        return;
      }
      if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) visit(v, `${path}.${k}`);
    };
    visit(ja, 'ja');
    visit(en, 'en');
  });
});

describe('the test step’s way out', () => {
  it('opens each flow’s first question with the settings’ answers kept', () => {
    const outcome = recommend({ registration: 'yes', network: 'other', 'virus-check': 'no', antivirus: 'no', client: 'thunderbird' });
    const q = troubleQueries(outcome);
    const send = resolve(CANT_SEND_FLOW, 'symptom', q.send);
    const receive = resolve(CANT_RECEIVE_FLOW, 'symptom', q.receive);
    expect(send.kind).toBe('step');
    expect(receive.kind).toBe('step');
    if (send.kind === 'step') expect(send.answers).toMatchObject({ port: String(outcome.send.port), security: outcome.send.security, 'smtp-auth': 'yes' });
    if (receive.kind === 'step') expect(receive.answers).toMatchObject({ host: 'pop', port: String(outcome.receive.port), security: outcome.receive.security });
  });
});
