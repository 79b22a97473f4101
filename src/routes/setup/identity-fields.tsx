/**
 * The optional ASAHI Net ID and e-mail address fields of the result. What is typed stays in
 * this tab's memory (typed-identity.ts): never in the URL, storage or any request. Input help (full-width,
 * upper case, spaces, an address in the ID field, @atson.net) comes from src/sheet/identity.ts;
 * values are normalised when the field is left, so that typing with a Japanese IME is not
 * disturbed.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ADDRESS_KINDS, EXAMPLE_ID } from '../../settings/account';
import { checkAddress, normaliseId, type AddressCheck, type IdCheck } from '../../sheet/identity';
import { rememberTyped, typedChecks, typedIdentity } from './typed-identity';

export interface Identity {
  /** A valid, normalised ASAHI Net ID, or '' when none is given. */
  readonly id: string;
  /** A valid e-mail address, or '' when none is given. */
  readonly address: string;
}

const EXAMPLE_ADDRESS = ADDRESS_KINDS[0]?.example ?? '';

const fieldClass =
  'mt-1 block w-full max-w-md rounded border-2 border-slate-700 px-3 py-2 font-mono text-lg focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-amber-500 aria-invalid:border-red-700';

export function IdentityFields({ onChange }: { onChange: (identity: Identity) => void }) {
  const { t } = useTranslation('sheet');
  const uid = useId();
  const [rawId, setRawIdState] = useState(() => typedIdentity().id);
  const [rawAddress, setRawAddressState] = useState(() => typedIdentity().address);
  const [idCheck, setIdCheck] = useState<IdCheck>(() => typedChecks().id);
  const [addressCheck, setAddressCheck] = useState<AddressCheck>(() => typedChecks().address);
  const setRawId = (value: string) => {
    setRawIdState(value);
    rememberTyped(value, rawAddress);
  };
  const setRawAddress = (value: string) => {
    setRawAddressState(value);
    rememberTyped(rawId, value);
  };

  function commit(nextId: string, nextAddress: string) {
    const id = normaliseId(nextId);
    const address = checkAddress(nextAddress);
    setIdCheck(id);
    setAddressCheck(address);
    // Show what will be used, so that the note of what changed matches the field.
    setRawIdState(id.value);
    setRawAddressState(address.value);
    rememberTyped(id.value, address.value);
    onChange({ id: id.status === 'ok' ? id.value : '', address: address.status === 'ok' ? address.value : '' });
  }

  const idMessagesId = `${uid}-id-messages`;
  const addressMessagesId = `${uid}-address-messages`;
  const idInvalid = idCheck.status === 'issue';
  const addressInvalid = addressCheck.status === 'error';

  return (
    <section className="mt-6 rounded-lg border-2 border-sky-700 p-4 print:hidden" aria-labelledby={`${uid}-heading`}>
      <h2 id={`${uid}-heading`} className="text-xl font-bold">
        {t('identity.heading')}
      </h2>
      <p className="mt-2">{t('identity.intro')}</p>
      <p className="mt-2 text-slate-800">{t('identity.privacy')}</p>
      <p className="mt-2 font-semibold">{t('identity.noPassword')}</p>

      <div className="mt-4">
        <label htmlFor={`${uid}-id`} className="block font-semibold">
          {t('identity.id.label')}
        </label>
        <p id={`${uid}-id-hint`} className="text-slate-700">
          {t('identity.id.hint', { example: EXAMPLE_ID })}
        </p>
        <input
          id={`${uid}-id`}
          type="text"
          inputMode="email"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          value={rawId}
          onChange={(e) => setRawId(e.target.value)}
          onBlur={() => commit(rawId, rawAddress)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit(rawId, rawAddress);
          }}
          aria-describedby={`${uid}-id-hint ${idMessagesId}`}
          aria-invalid={idInvalid || undefined}
          className={fieldClass}
        />
        <div id={idMessagesId} aria-live="polite" className="mt-1 space-y-1">
          {idCheck.changes.map((change) => (
            <p key={change} className="text-emerald-900">
              {t(`identity.id.changes.${change}`)}
            </p>
          ))}
          {idCheck.status === 'issue' && idCheck.issue === 'invalid-characters' && (
            <p className="font-bold text-red-800">{t('identity.id.issues.invalid-characters')}</p>
          )}
          {idCheck.status === 'issue' && idCheck.issue === 'looks-like-address' && (
            <>
              <p className="font-bold text-red-800">
                {idCheck.suggestion
                  ? t('identity.id.issues.looks-like-address-suggestion', { suggestion: idCheck.suggestion })
                  : t('identity.id.issues.looks-like-address')}
              </p>
              {idCheck.suggestion && (
                <button
                  type="button"
                  onClick={() => commit(idCheck.suggestion ?? '', rawAddress)}
                  className="rounded border-2 border-sky-800 px-3 py-1 font-semibold text-sky-900 hover:bg-sky-50"
                >
                  {t('identity.id.issues.useSuggestion', { suggestion: idCheck.suggestion })}
                </button>
              )}
            </>
          )}
        </div>
      </div>

      <div className="mt-4">
        <label htmlFor={`${uid}-address`} className="block font-semibold">
          {t('identity.address.label')}
        </label>
        <p id={`${uid}-address-hint`} className="text-slate-700">
          {t('identity.address.hint', { example: EXAMPLE_ADDRESS })}
        </p>
        <input
          id={`${uid}-address`}
          type="text"
          inputMode="email"
          autoComplete="email"
          autoCapitalize="none"
          spellCheck={false}
          value={rawAddress}
          onChange={(e) => setRawAddress(e.target.value)}
          onBlur={() => commit(rawId, rawAddress)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit(rawId, rawAddress);
          }}
          aria-describedby={`${uid}-address-hint ${addressMessagesId}`}
          aria-invalid={addressInvalid || undefined}
          className={fieldClass}
        />
        <div id={addressMessagesId} aria-live="polite" className="mt-1 space-y-1">
          {addressCheck.changes.map((change) => (
            <p key={change} className="text-emerald-900">
              {t(`identity.address.changes.${change}`)}
            </p>
          ))}
          {addressCheck.status === 'error' && (
            <p className="font-bold text-red-800">{t(`identity.address.errors.${addressCheck.error}`, { example: EXAMPLE_ADDRESS })}</p>
          )}
          {addressCheck.status === 'ok' && (
            <>
              <p>{t('identity.address.kind', { kind: t(`identity.address.kinds.${addressCheck.kind}`) })}</p>
              <p>{t('identity.address.userNameReminder')}</p>
            </>
          )}
        </div>
      </div>

      {(rawId || rawAddress) && (
        <button
          type="button"
          onClick={() => commit('', '')}
          className="mt-4 rounded border-2 border-slate-700 px-3 py-1 font-semibold hover:bg-slate-50"
        >
          {t('identity.clear')}
        </button>
      )}
    </section>
  );
}
