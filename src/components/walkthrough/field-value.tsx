/**
 * One field's value as the walkthrough shows it: the outcome's value with its copy button,
 * the app's word for it, what the customer typed (or what to type, until they do), or a
 * checkbox state. The steps and the picture both read it from here.
 */
import { useTranslation } from 'react-i18next';
import { CopyValue } from '../copy-button';
import { EXAMPLE_ID } from '../../settings/account';
import type { Control } from '../../walkthrough/model';
import type { ResolvedValue } from '../../walkthrough/resolve';

export interface TypedIdentity {
  readonly id: string;
  readonly address: string;
}

export interface ValueText {
  /** The value as text. */
  readonly text: string;
  /** The exact text to copy, for values the customer types; absent for choices and placeholders. */
  readonly copy?: { readonly value: string; readonly what: string };
}

export function useValueText(): (value: ResolvedValue, control: Control, identity: TypedIdentity) => ValueText {
  const { t } = useTranslation('apps');
  const { t: tr } = useTranslation('result');
  return (value, control, identity) => {
    switch (value.kind) {
      case 'literal':
        return { text: value.text, copy: { value: value.text, what: tr(`copyWhat.${value.what}`) } };
      case 'word':
        // Keys come from the guides; walkthrough.test.ts proves each exists in both languages.
        return { text: t(value.key as 'common.heading') };
      case 'user-name':
        return identity.id
          ? { text: identity.id, copy: { value: identity.id, what: tr('copyWhat.userName') } }
          : { text: tr('account.userNameValue', { example: EXAMPLE_ID }) };
      case 'address':
        return identity.address
          ? { text: identity.address, copy: { value: identity.address, what: tr('copyWhat.emailAddress') } }
          : { text: t('common.addressPlaceholder') };
      case 'name':
        return { text: t('common.namePlaceholder') };
      case 'password':
        return { text: t('common.passwordValue') };
      case 'tick':
        return { text: t(control === 'switch' ? `common.switch.${value.on ? 'on' : 'off'}` : `common.tick.${value.on ? 'on' : 'off'}`) };
    }
  };
}

/**
 * The value in a step's list: copyable when it is to be typed. `where` says which step it is in,
 * so that each copy button has a name of its own (the value cards above copy the same values).
 */
export function StepValue({ value, where }: { value: ValueText; where: string }) {
  const { t } = useTranslation('apps');
  if (value.copy) return <CopyValue value={value.copy.value} what={t('common.copyIn', { what: value.copy.what, where })} />;
  return <span className="font-semibold">{value.text}</span>;
}

/** What a field shows, for the browser tests that compare it with the outcome. */
export function valueMarks(value: ResolvedValue): Record<string, string> {
  return { 'data-kind': value.kind, ...(value.kind === 'literal' && { 'data-what': value.what }) };
}
