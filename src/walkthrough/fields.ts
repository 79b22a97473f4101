/** Shorthands the guides build their screens with: a text box, a server's host or port, and an option of it. */
import type { Field } from './model';

type More = Pick<Field, 'when' | 'group' | 'optional'>;

/** A box for a server's host name or port number, filled in from the settings. */
export function server(id: string, role: 'receive' | 'send', part: 'host' | 'port', more: More = {}): Field {
  return { id, value: { kind: 'server', role, part }, control: 'text', ...more };
}

/** A list for a server's connection security or authentication, set to the app's word for the settings' value. */
export function option(id: string, role: 'receive' | 'send', part: 'security' | 'auth', more: More = {}): Field {
  return { id, value: { kind: 'option', role, part }, control: 'select', ...more };
}

/** A text box holding `value` (what the customer typed, a password, a server value). */
export function text(id: string, value: Field['value'], group?: string): Field {
  return { id, value, control: 'text', ...(group && { group }) };
}
