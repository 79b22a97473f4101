import { describe, expect, it } from 'vitest';
import jaExports from '../i18n/ja/exports';
import ja from '../i18n/ja/sheet';
import { ADDRESS_KINDS } from '../settings/account';
import { AUTOCONFIG_DEFAULT_DISPLAY_NAME, type AutoconfigReason } from './autoconfig';
import { CHANGE_IDS, type AddressError, type IdIssue } from './identity';
import { DEFAULT_PROFILE_TEXT, type MobileconfigReason } from './mobileconfig';

describe('sheet translations', () => {
  // Key parity, placeholders and empty text: src/i18n/parity.test.ts, for every namespace.
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
    for (const reason of autoconfig) expect(jaExports.thunderbird.unsupported[reason]).toBeTruthy();
    const apple: MobileconfigReason[] = ['apop', 'pop-before-smtp'];
    for (const reason of apple) expect(jaExports.apple.unsupported[reason]).toBeTruthy();
  });
});

describe('profile text defaults', () => {
  it('match the Japanese translations the page passes', () => {
    expect(DEFAULT_PROFILE_TEXT).toEqual(jaExports.apple.profile);
    expect(AUTOCONFIG_DEFAULT_DISPLAY_NAME).toBe(jaExports.thunderbird.providerName);
  });
});
