/**
 * A mail app's walkthrough as data: the steps from opening the app to a test mail that
 * arrives, and each settings screen's fields in the app's order. No value is spelled here:
 * a field names where its value comes from (the outcome's settings, or what the customer
 * typed), so the steps, the drawn screens and the value cards always agree. The words the
 * app shows live in the `apps` text (src/i18n/<lang>/apps/), keyed by app, step and field;
 * each guide file says where its screens and labels come from (docs/apps.md).
 */
import type { PresetClientId } from '../flow/clients';
import type { ReceiveSetting, SendSetting } from '../flow/recommend';

export type AppId = PresetClientId;

/** The settings a walkthrough fills in: an outcome's, or one of its alternatives'. */
export interface Settings {
  readonly receive: ReceiveSetting;
  readonly send: SendSetting;
}

/** The three parts of every guide. */
export const PARTS = ['add', 'check', 'test'] as const;
export type Part = (typeof PARTS)[number];

/**
 * Where a field's value comes from:
 * - `host` / `port` of a server: the value itself, copyable;
 * - `security` / `auth` of a server: the app's own word for the settings' value, from the
 *   field's text (`<field>.<value>`, e.g. `ssl-tls`, `none`, `normal-password`, `smtp-auth`);
 * - `user-name`, `address`, `name`: what the customer typed on the result (else a placeholder);
 * - `password`: never asked; the field says which password;
 * - `choice`: a fixed choice in the app's words (`<field>.<choice>`, e.g. POP3);
 * - `tick`: a checkbox or switch, on when `on` holds for the settings.
 */
export type FieldValue =
  | { readonly kind: 'server'; readonly role: 'receive' | 'send'; readonly part: 'host' | 'port' }
  | { readonly kind: 'option'; readonly role: 'receive' | 'send'; readonly part: 'security' | 'auth' }
  | { readonly kind: 'user-name' | 'address' | 'name' | 'password' }
  | { readonly kind: 'choice'; readonly choice: string }
  | { readonly kind: 'tick'; readonly on: Condition };

/** Where a label is the guide's description rather than the app's word: in both languages, or in one. */
export type Described = boolean | 'ja' | 'en';

/** Whether a label described `d` is described in `lang`. */
export function isDescribed(d: Described | undefined, lang: 'ja' | 'en'): boolean {
  return d === true || d === lang;
}

/** How the drawing shows a field. */
export type Control = 'text' | 'select' | 'checkbox' | 'switch';

export interface Field {
  /** The field's key in the screen's text (`fields.<id>.label` is the app's label). */
  readonly id: string;
  readonly value: FieldValue;
  readonly control: Control;
  /** The customer's choice (e.g. "Remember password"): shown as a suggestion, drawn unmarked. */
  readonly optional?: boolean;
  /** Only on screens where this holds (e.g. a warning shown for unencrypted ports). */
  readonly when?: Condition;
  /** A heading the screen shows above this field and the ones after it (`groups.<group>`). */
  readonly group?: string;
  /**
   * The label is the guide's description of the field, not the app's own word: no source
   * confirms what the app calls it (docs/apps.md), in either language (`true`) or in one. The
   * drawing marks it so (`data-label`).
   */
  readonly described?: Described;
}

export interface Screen {
  /** Its key in the app's text: `screens.<id>.title` and `screens.<id>.fields.<field>`. */
  readonly id: string;
  readonly fields: readonly Field[];
}

export interface Step {
  /** Its key in the app's text: `steps.<id>`. */
  readonly id: string;
  /** The screen this step fills in; its fields are listed with the step and drawn below it. */
  readonly screen?: Screen;
  readonly when?: Condition;
  /** A caution to read before the steps, not a step: shown above them, unnumbered. */
  readonly caution?: true;
}

export interface Variant {
  /** Stable: it is a URL value (`?version=`, docs/decisions/0001-url-contract.md). */
  readonly id: string;
  readonly add: readonly Step[];
  readonly check: readonly Step[];
  readonly test: readonly Step[];
}

export interface Guide {
  readonly app: AppId;
  /** The version customers most likely run first. */
  readonly variants: readonly [Variant, ...Variant[]];
  /**
   * The page says, beside the version choice, which version of the app its quoted labels were
   * read from (`<app>.labelsNote`): for the guides that quote the vendor's own strings.
   */
  readonly labelsNote?: boolean;
}

/** Facts about the settings a step or field depends on. */
export type Condition =
  | 'always'
  | 'never'
  | 'receive-encrypted'
  | 'receive-unencrypted'
  | 'receive-apop'
  | 'send-encrypted'
  | 'send-unencrypted'
  | 'any-unencrypted'
  | 'smtp-auth'
  | 'pop-before-smtp';

export function holds(condition: Condition, s: Settings): boolean {
  switch (condition) {
    case 'always':
      return true;
    case 'never':
      return false;
    case 'receive-encrypted':
      return s.receive.security === 'ssl-tls';
    case 'receive-unencrypted':
      return s.receive.security === 'none';
    case 'receive-apop':
      return s.receive.auth === 'apop';
    case 'send-encrypted':
      return s.send.security === 'ssl-tls';
    case 'send-unencrypted':
      return s.send.security === 'none';
    case 'any-unencrypted':
      return s.receive.security === 'none' || s.send.security === 'none';
    case 'smtp-auth':
      return s.send.auth === 'smtp-auth';
    case 'pop-before-smtp':
      return s.send.auth === 'pop-before-smtp';
  }
}
