import { describe, expect, it } from 'vitest';
import en from '../i18n/en/sheet';
import ja from '../i18n/ja/sheet';
import { ADDRESS_KINDS } from '../settings/account';
import { AUTOCONFIG_DEFAULT_DISPLAY_NAME, type AutoconfigReason } from './autoconfig';
import { CHANGE_IDS, type AddressError, type IdIssue } from './identity';
import { DEFAULT_PROFILE_TEXT, type MobileconfigReason } from './mobileconfig';

type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [p, v] of leaves(value, path)) out.set(p, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('sheet translations', () => {
  const jaLeaves = leaves(ja);
  const enLeaves = leaves(en);

  it('ja and en have the same keys', () => {
    expect([...enLeaves.keys()].sort()).toEqual([...jaLeaves.keys()].sort());
  });

  it.each([...jaLeaves.keys()])('%s: same placeholders, no empty text', (key) => {
    const jaText = jaLeaves.get(key) ?? '';
    const enText = enLeaves.get(key) ?? '';
    expect(jaText.trim()).not.toBe('');
    expect(enText.trim()).not.toBe('');
    expect(placeholders(enText)).toEqual(placeholders(jaText));
  });

  it('has a message for every id the sheet logic returns', () => {
    for (const change of CHANGE_IDS) {
      expect(ja.identity.id.changes[change]).toBeTruthy();
      expect(ja.identity.address.changes[change]).toBeTruthy();
    }
    const issues: IdIssue[] = ['looks-like-address', 'invalid-characters'];
    for (const issue of issues) expect(ja.identity.id.issues[issue]).toBeTruthy();
    const errors: AddressError[] = ['atson', 'not-an-address'];
    for (const error of errors) expect(ja.identity.address.errors[error]).toBeTruthy();
    for (const { kind } of ADDRESS_KINDS) expect(ja.identity.address.kinds[kind]).toBeTruthy();
    const autoconfig: AutoconfigReason[] = ['pop-before-smtp'];
    for (const reason of autoconfig) expect(ja.exports.thunderbird.unsupported[reason]).toBeTruthy();
    const apple: MobileconfigReason[] = ['apop', 'pop-before-smtp'];
    for (const reason of apple) expect(ja.exports.apple.unsupported[reason]).toBeTruthy();
  });
});

describe('profile text defaults', () => {
  it('match the Japanese translations the page passes', () => {
    expect(DEFAULT_PROFILE_TEXT).toEqual(ja.exports.apple.profile);
    expect(AUTOCONFIG_DEFAULT_DISPLAY_NAME).toBe(ja.exports.thunderbird.providerName);
  });
});
