/**
 * The catalogue pinned: every cause's setup step, rank and symptoms written out, so that a
 * change to any of them fails here and must be made on purpose (and in the other parts'
 * tests, which check that the flows and the checker show what the catalogue says).
 */
import { describe, expect, it } from 'vitest';
import en from '../i18n/en/troubleshoot';
import ja from '../i18n/ja/troubleshoot';
import { leaves } from '../i18n/leaves';
import { RESULT } from '../flow/engine';
import type { PageId } from '../flow/steps';
import { CANT_RECEIVE_FLOW } from './cant-receive';
import { CANT_SEND_FLOW } from './cant-send';
import {
  CATALOGUE,
  CAUSE_IDS,
  DIAGNOSIS_IDS,
  RECEIVE_CAUSE_IDS,
  SEND_CAUSE_IDS,
  SYMPTOMS,
  explanationOf,
  findingOf,
  type CauseId,
  type Finder,
  type Symptom,
} from './causes';
import { likelyCauses, mostLikelyFirst } from './rank';

const T = 'times-out';
const P = 'password-rejected';
const R = 'relay-denied';
const S = 'secure-connection';
const SEND = 'cant-send';
const RECV = 'cant-receive';
const CHECK = 'check';

/** id, setup step, symptoms, found by — most likely first. */
const PINNED: readonly (readonly [CauseId, PageId | null, readonly Symptom[], readonly Finder[]])[] = [
  ['starttls', 'client', [S, T], [SEND, RECV, CHECK]],
  ['ssl-on-plain-port', 'client', [S, T], [SEND, RECV, CHECK]],
  ['no-ssl-on-ssl-port', 'client', [T, S], [SEND, RECV, CHECK]],
  ['check-port-security', 'client', [T, S], [SEND, RECV]],
  ['user-is-address', RESULT, [P], [SEND, RECV, CHECK]],
  ['out-auth-off', 'client', [R], [SEND, CHECK]],
  ['pop-before-smtp-ssl', 'client', [R], [SEND, CHECK]],
  ['port-25-au-hikari', 'network', [T], [SEND, CHECK]],
  ['registration-missing', 'registration', [R, P], [SEND]],
  ['gmail-pop-ended', 'client', [], [RECV]],
  ['host-wrong-role', RESULT, [T], [RECV, CHECK]],
  ['check-host', RESULT, [T], [RECV]],
  ['port-wrong-role', 'client', [T], [CHECK]],
  ['host-typo', RESULT, [T], [CHECK]],
  ['host-address-domain', RESULT, [T], [CHECK]],
  ['host-unknown', RESULT, [T, P, R], [SEND, RECV, CHECK]],
  ['port-not-offered', 'client', [T, S], [SEND, RECV, CHECK]],
  ['host-full-width', RESULT, [T], [CHECK]],
  ['user-not-lowercase', RESULT, [P], [SEND, RECV, CHECK]],
  ['user-not-id', RESULT, [P], [SEND, RECV, CHECK]],
  ['port-25-blocked', 'network', [T], [SEND, CHECK]],
  ['mails-without-virus-check', 'virus-check', [R], [SEND, CHECK]],
  ['mails-virus-check-unsure', 'virus-check', [R], [SEND, CHECK]],
  ['antivirus-outgoing-check', 'antivirus', [P], [SEND]],
  ['network-restriction', 'network', [T], [SEND, RECV]],
  ['mail-with-virus-check', 'virus-check', [], [CHECK]],
  ['wrong-password', RESULT, [P], [SEND, RECV]],
  ['recheck-settings', RESULT, [], [SEND, RECV]],
  ['looks-right', null, [], [CHECK]],
  ['nothing-to-check', null, [], [CHECK]],
];

describe('the catalogue of causes', () => {
  it('lists every cause once, most likely first, with its pinned rank', () => {
    expect(CAUSE_IDS).toEqual(PINNED.map(([id]) => id));
    PINNED.forEach(([id], i) => expect(CATALOGUE[id].rank, id).toBe(i + 1));
  });

  it.each(PINNED)('%s: set right at setup step %s, looks like %j, found by %j', (id, setupStep, symptoms, foundBy) => {
    const c = CATALOGUE[id];
    expect(c.id).toBe(id);
    expect(c.setupStep).toBe(setupStep);
    expect(c.symptoms).toEqual(symptoms);
    expect(c.foundBy).toEqual(foundBy);
  });

  it('derives each part’s ids from it, in the same order', () => {
    const by = (f: Finder) => PINNED.filter(([, , , foundBy]) => foundBy.includes(f)).map(([id]) => id);
    expect(SEND_CAUSE_IDS).toEqual(by(SEND));
    expect(RECEIVE_CAUSE_IDS).toEqual(by(RECV));
    expect(DIAGNOSIS_IDS).toEqual(by(CHECK));
  });

  it('leads to a page of the guide only for Gmail’s end of POP fetching (each app’s steps)', () => {
    expect(CAUSE_IDS.filter((id) => CATALOGUE[id].guide !== null)).toEqual(['gmail-pop-ended']);
  });

  it('names only symptoms the flows ask about', () => {
    const asked = new Set([...CANT_SEND_FLOW.steps.symptom.options, ...CANT_RECEIVE_FLOW.steps.symptom.options]);
    for (const s of SYMPTOMS) expect(asked.has(s), s).toBe(true);
  });

  it('gives every cause a flow shows a setup step (a flow result always links into setup)', () => {
    for (const id of [...SEND_CAUSE_IDS, ...RECEIVE_CAUSE_IDS]) expect(CATALOGUE[id].setupStep, id).not.toBeNull();
  });

  it('has copy in both languages for what each part shows, and only there', () => {
    for (const lang of [ja, en]) {
      const keys = leaves(lang);
      for (const id of [...SEND_CAUSE_IDS, ...RECEIVE_CAUSE_IDS]) {
        expect(keys.has(`${explanationOf(id)}.title`), id).toBe(true);
        expect(keys.has(`${explanationOf(id)}.body`), id).toBe(true);
      }
      for (const id of DIAGNOSIS_IDS) {
        expect(keys.has(`${findingOf(id)}.title`), id).toBe(true);
        expect(keys.has(`${findingOf(id)}.body`), id).toBe(true);
      }
    }
    expect(CATALOGUE['host-typo'].copy.explanation).toBeNull();
    expect(CATALOGUE['wrong-password'].copy.finding).toBeNull();
    expect(CATALOGUE.starttls.copy).toEqual({ explanation: 'causes.starttls', finding: 'check.diagnoses.starttls' });
  });
});

describe('most likely first', () => {
  it('puts what the source says never works before what it says may fail', () => {
    const found = [{ id: 'port-25-blocked' }, { id: 'out-auth-off' }, { id: 'user-is-address' }, { id: 'starttls' }] as const;
    expect(mostLikelyFirst(found).map((f) => f.id)).toEqual(['starttls', 'user-is-address', 'out-auth-off', 'port-25-blocked']);
  });

  it('ranks by certainty first, then by what the customer sees, then by rank', () => {
    const found = [
      { id: 'starttls', certainty: 'possible' },
      { id: 'antivirus-outgoing-check', certainty: 'likely' },
      { id: 'wrong-password', certainty: 'possible' },
      { id: 'user-not-id', certainty: 'definite' },
    ] as const;
    expect(mostLikelyFirst(found, [P]).map((f) => f.id)).toEqual(['user-not-id', 'antivirus-outgoing-check', 'wrong-password', 'starttls']);
    expect(mostLikelyFirst(found, []).map((f) => f.id)).toEqual(['user-not-id', 'antivirus-outgoing-check', 'starttls', 'wrong-password']);
  });

  it('finds the causes a symptom points to, for a page that knows only what the app says', () => {
    expect(likelyCauses([R], SEND).map((c) => c.id)).toEqual([
      'out-auth-off',
      'pop-before-smtp-ssl',
      'registration-missing',
      'host-unknown',
      'mails-without-virus-check',
      'mails-virus-check-unsure',
    ]);
    expect(likelyCauses([S], RECV).map((c) => c.id)).toEqual([
      'starttls',
      'ssl-on-plain-port',
      'no-ssl-on-ssl-port',
      'check-port-security',
      'port-not-offered',
    ]);
    expect(likelyCauses([])).toEqual([]);
  });
});
