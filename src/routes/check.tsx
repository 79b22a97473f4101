/**
 * `/:lang/check/`: "Check my current settings". The settings travel in the query string
 * (none of them is personal), so the page reads them from the URL — a shared link shows
 * the same diagnoses — and "Check" puts them there.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { paths } from '../app/paths';
import { useLang } from '../app/use-lang';
import { ErrorSummary } from '../components/error-summary';
import { Redirect } from '../components/flow/redirect';
import { NoScriptNote } from '../components/noscript-note';
import { PageHeading } from '../components/heading';
import { usePageMeta } from '../components/page-meta';
import { diagnose } from '../troubleshoot/check';
import { CHECK_FIELDS, checkToQuery, parseCheck, type CheckInput, type InvalidField } from '../troubleshoot/check-query';
import { CheckForm, emptyCheck, fieldId, type RawCheck } from './troubleshoot/check-form';
import { DiagnosisList } from './troubleshoot/diagnosis-list';

/** The form's text as a query string, so that it is read exactly as a shared link is. */
function rawToQuery(raw: RawCheck): string {
  const params = new URLSearchParams();
  for (const field of CHECK_FIELDS) if (raw[field].trim() !== '') params.set(field, raw[field]);
  return params.toString();
}

function initialRaw(input: CheckInput, invalid: readonly InvalidField[]): RawCheck {
  const raw: Record<string, string> = { ...emptyCheck() };
  for (const field of CHECK_FIELDS) {
    const value = input[field];
    if (value !== undefined) raw[field] = String(value);
  }
  for (const { field, value } of invalid) raw[field] = value;
  return raw as RawCheck;
}

/** History state of a check sent with nothing entered: the page says so instead of staying silent. */
const EMPTY_CHECK = 'empty-check';

function CheckPage({ search, sentEmpty }: { search: string; sentEmpty: boolean }) {
  const { t } = useTranslation('troubleshoot');
  const lang = useLang();
  const navigate = useNavigate();
  const fromUrl = parseCheck(search);
  // Values "Check" could not read; the URL's own errors are shown until then.
  const [typedWrong, setTypedWrong] = useState<readonly InvalidField[]>([]);

  const invalid = typedWrong.length > 0 ? typedWrong : fromUrl.invalid;
  const errors = invalid.map(({ field, value }) => ({ field, fieldId: fieldId(field), message: t(`check.invalid.${field}`, { value }) }));
  const canonical = checkToQuery(fromUrl.input);
  const given = search === '?' ? '' : search;
  const showResult = errors.length === 0 && (given !== '' || sentEmpty);
  usePageMeta({ title: t('check.title'), description: t('entries.check.description'), error: errors.length > 0 });

  if (fromUrl.invalid.length === 0 && given !== canonical) return <Redirect to={paths.check(lang, canonical)} />;

  function check(raw: RawCheck) {
    const { input, invalid: wrong } = parseCheck(rawToQuery(raw));
    if (wrong.length > 0) return setTypedWrong(wrong);
    const query = checkToQuery(input);
    void navigate(paths.check(lang, query), query === '' ? { state: EMPTY_CHECK } : undefined);
  }

  return (
    <>
      <PageHeading>{t('check.title')}</PageHeading>
      <p className="mt-4 text-lg">{t('check.intro')}</p>
      <p className="mt-2 text-slate-800">{t('check.privacy')}</p>
      <NoScriptNote />
      <div className="mt-6">
        <ErrorSummary errors={errors} intro={typedWrong.length > 0 ? undefined : t('check.errorSummary')} />
      </div>
      {showResult && <DiagnosisList diagnoses={diagnose(fromUrl.input)} input={fromUrl.input} />}
      <CheckForm
        initial={initialRaw(fromUrl.input, fromUrl.invalid)}
        errors={Object.fromEntries(errors.map((e) => [e.field, e.message]))}
        onCheck={check}
        onClear={() => void navigate(paths.check(lang))}
      />
    </>
  );
}

export function Component() {
  const location = useLocation();
  // Every navigation is a new check: the form starts again from what the URL holds.
  return <CheckPage key={location.key} search={location.search} sentEmpty={location.state === EMPTY_CHECK} />;
}
