/**
 * The settings checker's inputs and their URL form: the query keys (a public contract, in
 * docs/decisions/0001-url-contract.md), how each value is read, and the canonical query.
 * None of the inputs is personal (the user name is asked only by its form), so they travel
 * in the URL and a support agent can share a check.
 */
import { readQuery } from '../flow/resolve';
import { YES_NO_UNSURE } from '../flow/steps';
import { ID_CHARACTERS } from '../settings/account';
import { isHostShaped } from './host-match';
import { APP_SECURITY, NETWORKS, USER_FORMS, type AppSecurity, type Network, type UserForm, type YesNoUnsure } from './answers';

/**
 * The query keys, in canonical order: the form's fields, then two optional facts about
 * the customer's situation. A public contract once shipped, like the flows' step ids.
 */
export const CHECK_FIELDS = [
  'in-host',
  'in-port',
  'in-security',
  'out-host',
  'out-port',
  'out-security',
  'out-auth',
  'user',
  'network',
  'virus-check',
] as const;
export type CheckField = (typeof CHECK_FIELDS)[number];

/** The fields that describe the app's settings (network and virus-check are context). */
export const SETTING_FIELDS: readonly CheckField[] = CHECK_FIELDS.filter((f) => f !== 'network' && f !== 'virus-check');

export const AUTH_OPTIONS = ['on', 'off'] as const;
export type AuthInput = (typeof AUTH_OPTIONS)[number];

export interface CheckInput {
  /** As typed (trimmed): full-width characters are kept, so that they can be pointed out. */
  readonly 'in-host'?: string;
  readonly 'in-port'?: number;
  readonly 'in-security'?: AppSecurity;
  readonly 'out-host'?: string;
  readonly 'out-port'?: number;
  readonly 'out-security'?: AppSecurity;
  readonly 'out-auth'?: AuthInput;
  readonly user?: UserForm;
  readonly network?: Network;
  readonly 'virus-check'?: YesNoUnsure;
}

/** The options of every field that is a choice, for the form and the parser. */
export const CHECK_OPTIONS = {
  'in-security': APP_SECURITY,
  'out-security': APP_SECURITY,
  'out-auth': AUTH_OPTIONS,
  user: USER_FORMS,
  network: NETWORKS,
  'virus-check': YES_NO_UNSURE,
} as const satisfies Partial<Record<CheckField, readonly string[]>>;

/**
 * A field whose value is one of the app's choices ("None", "SSL/TLS"): in a sentence it is
 * quoted as a word on the screen (「なし」, “None”), while a typed value (a host name, a port
 * number) stands bare, as on the rest of the page (docs/copy-style.md §10).
 */
export function isChoiceField(field: CheckField): boolean {
  return Object.hasOwn(CHECK_OPTIONS, field);
}

export interface InvalidField {
  readonly field: CheckField;
  /** What the URL held, cut to a readable length. Rendered as text, never as markup. */
  readonly value: string;
}

/** Longer than any host name can be: not read at all. */
const MAX_RAW = 300;
const HIGHEST_PORT = 65535;

type Parsed = string | number | undefined;

function parseHost(raw: string): Parsed {
  const value = raw.trim();
  return value.length <= MAX_RAW && isHostShaped(value) ? value : undefined;
}

function parsePort(raw: string): Parsed {
  const value = raw.normalize('NFKC').trim();
  if (!/^\d{1,5}$/.test(value)) return undefined;
  const port = Number(value);
  return port >= 1 && port <= HIGHEST_PORT ? port : undefined;
}

function parseChoice(options: readonly string[]) {
  return (raw: string): Parsed => {
    const value = raw.normalize('NFKC').trim().toLowerCase();
    return options.includes(value) ? value : undefined;
  };
}

const PARSERS: Record<CheckField, (raw: string) => Parsed> = {
  'in-host': parseHost,
  'in-port': parsePort,
  'in-security': parseChoice(CHECK_OPTIONS['in-security']),
  'out-host': parseHost,
  'out-port': parsePort,
  'out-security': parseChoice(CHECK_OPTIONS['out-security']),
  'out-auth': parseChoice(CHECK_OPTIONS['out-auth']),
  user: parseChoice(CHECK_OPTIONS.user),
  network: parseChoice(CHECK_OPTIONS.network),
  'virus-check': parseChoice(CHECK_OPTIONS['virus-check']),
};

function isCheckField(key: string): key is CheckField {
  return (CHECK_FIELDS as readonly string[]).includes(key);
}

/**
 * Reads a check from a query string (with or without `?`), by the same rules as a flow's
 * answers (readQuery): a value that is not understood is left out of `input` and named in
 * `invalid`, so the form can show it with an error.
 */
export function parseCheck(search: string): { readonly input: CheckInput; readonly invalid: readonly InvalidField[] } {
  const { values, invalid } = readQuery(search, isCheckField, (field, rawValue) => PARSERS[field](rawValue));
  return { input: values as CheckInput, invalid: [...invalid].map(([field, value]) => ({ field, value })) };
}

/** The canonical query string of a check: given fields only, in CHECK_FIELDS order. `?…` or empty. */
export function checkToQuery(input: CheckInput): string {
  const params = new URLSearchParams();
  for (const field of CHECK_FIELDS) {
    const value = input[field];
    if (value !== undefined && value !== '') params.set(field, String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * The form of a user name, for a page that lets the customer type theirs without it
 * leaving the page: only the form goes into the URL, never the name.
 */
export function classifyUserName(raw: string): UserForm | undefined {
  const value = raw.trim();
  if (value === '') return undefined;
  if (/[@\uff20]/.test(value)) return 'address';
  if (ID_CHARACTERS.test(value)) return 'id';
  return ID_CHARACTERS.test(value.normalize('NFKC').toLowerCase()) ? 'id-uppercase' : 'other';
}
