/**
 * What was typed into the result's ID and address fields, in this tab's memory only (never
 * the URL, storage or a request). It lives outside the result's components so that it
 * survives them being replaced: by an error page and its "Try again", or by a visit to
 * another page of the guide and back. A reload, or closing the tab, forgets it.
 */
import { checkAddress, normaliseId } from '../../sheet/identity';

let typed = { id: '', address: '' };

export function typedIdentity(): { readonly id: string; readonly address: string } {
  return typed;
}

export function rememberTyped(id: string, address: string): void {
  typed = { id, address };
}

/** The identity the typed values give once checked, as when the fields are left. */
export function typedChecks() {
  const id = normaliseId(typed.id);
  const address = checkAddress(typed.address);
  return {
    id,
    address,
    identity: { id: id.status === 'ok' ? id.value : '', address: address.status === 'ok' ? address.value : '' },
  };
}
