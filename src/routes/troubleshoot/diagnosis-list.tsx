/**
 * What the settings checker found: every diagnosis of diagnose(), most likely first,
 * each with the value entered, the corrected value to copy and what changes with it;
 * then the whole corrected settings (correctedSettings). No decision is made here.
 */
import { useTranslation } from 'react-i18next';
import { CONTENT_TIMING } from '../../components/content-timing';
import { CopyValue } from '../../components/copy-button';
import { PORTS } from '../../settings/servers';
import { CAUSE_COPY_VALUES, findingOf } from '../../troubleshoot/causes';
import { correctedSettings, type Correction, type Diagnosis } from '../../troubleshoot/check';
import { isChoiceField, type CheckField, type CheckInput } from '../../troubleshoot/check-query';
import { toSetupAnswers } from '../../troubleshoot/cant-send';
import { ErrorLookupLink } from '../error-lookup/link';
import { AppCheckLinks } from './app-check-links';
import { SetupAgainLink } from './setup-again-link';
import { SettingBox, type SettingRowId } from './setting-box';

/** A value of a field as the customer sees it: a choice by its label, the rest as typed. */
function useShown(): (field: CheckField, value: string | number) => string {
  const { t } = useTranslation('troubleshoot');
  return (field, value) => {
    const text = String(value);
    switch (field) {
      case 'in-security':
      case 'out-security': {
        const labels: Record<string, string> = t('values.security', { returnObjects: true });
        return labels[text] ?? text;
      }
      case 'out-auth':
      case 'user':
      case 'network':
      case 'virus-check': {
        const labels: Record<string, string> = t(`check.options.${field}`, { returnObjects: true });
        return labels[text] ?? text;
      }
      default:
        return text;
    }
  };
}

/**
 * A value as a sentence names it: a choice quoted in the language's style (check.choice),
 * a typed value bare. The one rule for every sentence of the checker; the copy buttons and
 * the "You entered" and "Right value" lines show the value itself.
 */
function useInSentence(): (field: CheckField, value: string | number) => string {
  const { t } = useTranslation('troubleshoot');
  const shown = useShown();
  return (field, value) => (isChoiceField(field) ? t('check.choice', { value: shown(field, value) }) : shown(field, value));
}

/** Fields whose corrected value is typed or chosen as it is shown, so worth copying. */
const COPYABLE: ReadonlySet<CheckField> = new Set(['in-host', 'in-port', 'in-security', 'out-host', 'out-port', 'out-security']);

function CorrectionItem({ correction, sentence }: { correction: Correction; sentence: 'also' | 'set' }) {
  const { t } = useTranslation('troubleshoot');
  const shown = useShown();
  const inSentence = useInSentence();
  const field = t(`check.fields.${correction.field}.name`);
  const value = shown(correction.field, correction.value);
  return (
    <li className="border-s-4 border-emerald-700 ps-3">
      <p>{t(`check.${sentence}`, { field, value: inSentence(correction.field, correction.value) })}</p>
      <div className="mt-1">
        <CopyValue value={value} what={t('check.copyCorrection', { field, value })} />
      </div>
    </li>
  );
}

function DiagnosisItem({ diagnosis }: { diagnosis: Diagnosis }) {
  const { t } = useTranslation('troubleshoot');
  const shown = useShown();
  const inSentence = useInSentence();
  const { id, field } = diagnosis;
  const fieldName = field ? t(`check.fields.${field}.name`) : '';
  const given = field && diagnosis.given !== null ? shown(field, diagnosis.given) : '';
  const expected = field && diagnosis.expected !== null ? shown(field, diagnosis.expected) : '';
  const values = {
    ...CAUSE_COPY_VALUES,
    field: fieldName,
    given: field && diagnosis.given !== null ? inSentence(field, diagnosis.given) : '',
    value: field && diagnosis.expected !== null ? inSentence(field, diagnosis.expected) : '',
  };
  const headingId = `diagnosis-${id}-${field ?? 'all'}`;

  return (
    <li>
      {/* What the customer typed can be one long unbroken word: it wraps rather than widen the page. */}
      <section aria-labelledby={headingId} className="rounded-lg border border-slate-300 p-4 wrap-anywhere">
        <h3 id={headingId} className="text-lg font-bold" {...CONTENT_TIMING}>
          {t(`${findingOf(id)}.title`, values)}
        </h3>
        {field && given && <p className="mt-1 text-slate-700">{t('check.given', { given })}</p>}
        <p className="mt-2">{t(`${findingOf(id)}.body`, values)}</p>
        {field && expected && field !== 'user' && (
          <div className="mt-3">
            <p className="font-semibold">{t('check.expected')}</p>
            {COPYABLE.has(field) ? (
              <CopyValue value={expected} what={t('check.copyExpected', { field: fieldName })} />
            ) : (
              <p>{expected}</p>
            )}
          </div>
        )}
        {diagnosis.also && (
          <ul className="mt-3 space-y-3">
            {diagnosis.also.map((c) => (
              <CorrectionItem key={c.field} correction={c} sentence="also" />
            ))}
          </ul>
        )}
        {diagnosis.alternative && (
          <div className="mt-4">
            <p>{t('check.alternative')}</p>
            <ul className="mt-2 space-y-3">
              {diagnosis.alternative.map((c) => (
                <CorrectionItem key={c.field} correction={c} sentence="set" />
              ))}
            </ul>
          </div>
        )}
        {diagnosis.hints && (
          <ul className="mt-3 list-disc space-y-2 ps-6">
            {diagnosis.hints.map((hint) => (
              <li key={hint}>{t(`check.hints.${hint}`, { port: PORTS.submission })}</li>
            ))}
          </ul>
        )}
        {diagnosis.unchecked && diagnosis.unchecked.length > 0 && (
          <div className="mt-4">
            <p>{t('check.uncheckedHeading')}</p>
            <ul className="mt-1 list-disc ps-6">
              {diagnosis.unchecked.map((f) => (
                <li key={f}>{t(`check.fields.${f}.name`)}</li>
              ))}
            </ul>
          </div>
        )}
      </section>
    </li>
  );
}

const SETTING_FIELD: Record<'receive' | 'send', Record<SettingRowId, CheckField>> = {
  receive: { host: 'in-host', port: 'in-port', security: 'in-security' },
  send: { host: 'out-host', port: 'out-port', security: 'out-security' },
};

export function DiagnosisList({ diagnoses, input }: { diagnoses: readonly Diagnosis[]; input: CheckInput }) {
  const { t } = useTranslation('troubleshoot');
  const mismatches = diagnoses.some((d) => d.field !== null);
  const corrected = correctedSettings(input);
  return (
    <section aria-labelledby="check-result-title" className="mt-8">
      {/* Focus comes here after "Check", so that the result is read first. */}
      <h2 id="check-result-title" tabIndex={-1} data-focus-on-load className="text-2xl font-bold focus:outline-none">
        {t('check.resultTitle')}
      </h2>
      <ol className="mt-4 space-y-4">
        {diagnoses.map((d) => (
          <DiagnosisItem key={`${d.id}-${d.field ?? ''}`} diagnosis={d} />
        ))}
      </ol>
      <SetupAgainLink
        steps={diagnoses.map((d) => d.setupStep)}
        setupAnswers={toSetupAnswers({ network: input.network, 'virus-check': input['virus-check'] })}
      />
      {mismatches && (
        <div className="mt-6">
          <h3 className="text-lg font-bold">{t('result.settingHeading')}</h3>
          {(['receive', 'send'] as const).map((role) => (
            <SettingBox
              key={role}
              heading={t(`check.sections.${role === 'receive' ? 'incoming' : 'outgoing'}`)}
              setting={corrected[role]}
              copyWhat={(row, value) => t('check.copyCorrection', { field: t(`check.fields.${SETTING_FIELD[role][row]}.name`), value })}
            />
          ))}
        </div>
      )}
      <AppCheckLinks />
      <ErrorLookupLink />
    </section>
  );
}
