import { describe, expect, it } from 'vitest';
import ja from '../i18n/ja/troubleshoot';
import { leaves, placeholders } from '../i18n/leaves';
import { CANT_RECEIVE_FLOW } from './cant-receive';
import { CANT_SEND_FLOW } from './cant-send';
import { DIAGNOSIS_IDS, RECEIVE_CAUSE_IDS, SEND_CAUSE_IDS } from './causes';
import { HINT_IDS } from './check';
import { CHECK_FIELDS, CHECK_OPTIONS, isChoiceField } from './check-query';
import en from '../i18n/en/troubleshoot';
import type { Fix } from './flow-causes';
import { APP_SECURITY } from './answers';

const jaLeaves = leaves(ja);

function has(path: string) {
  expect(jaLeaves.has(path), `ja has ${path}`).toBe(true);
}

describe('troubleshoot translations', () => {
  // Key parity, placeholders and empty text: src/i18n/parity.test.ts, for every namespace.
  it('label every question and every option of both flows', () => {
    for (const flow of [CANT_SEND_FLOW, CANT_RECEIVE_FLOW]) {
      has(`flows.${flow.id}.title`);
      has(`flows.${flow.id}.resultTitle`);
      for (const [step, { options }] of Object.entries<{ options: readonly string[] }>(flow.steps)) {
        has(`flows.${flow.id}.steps.${step}.title`);
        has(`flows.${flow.id}.steps.${step}.hint`);
        // A port number is its own label in both languages (and only the settings table spells it).
        for (const option of options) if (!/^\d+$/.test(option)) has(`flows.${flow.id}.steps.${step}.options.${option}`);
      }
      // No label for a step or option the flow does not have.
      const steps = Object.keys(flow.steps);
      for (const path of jaLeaves.keys()) {
        const m = path.match(new RegExp(`^flows\\.${flow.id}\\.steps\\.([^.]+)(?:\\.options\\.([^.]+))?`));
        if (!m?.[1]) continue;
        expect(steps, path).toContain(m[1]);
        if (m[2]) expect(flow.steps[m[1] as keyof typeof flow.steps].options as readonly string[], path).toContain(m[2]);
      }
    }
  });

  it('explain every cause of both flows and every kind of fix', () => {
    for (const id of new Set([...SEND_CAUSE_IDS, ...RECEIVE_CAUSE_IDS])) {
      has(`causes.${id}.title`);
      has(`causes.${id}.body`);
    }
    const fields: Record<Fix['field'], true> = {
      host: true,
      port: true,
      security: true,
      'smtp-auth': true,
      'user-name': true,
      password: true,
      registration: true,
      'antivirus-outgoing-check': true,
    };
    for (const field of Object.keys(fields)) has(`fixes.${field}`);
    for (const security of ['ssl-tls', 'none']) has(`values.security.${security}`);
  });

  it('label every field, option, diagnosis, hint and error of the checker', () => {
    for (const field of CHECK_FIELDS) {
      has(`check.fields.${field}.label`);
      has(`check.fields.${field}.name`);
      has(`check.fields.${field}.hint`);
      has(`check.invalid.${field}`);
    }
    for (const security of APP_SECURITY) has(`check.options.security.${security}`);
    for (const [field, options] of Object.entries(CHECK_OPTIONS)) {
      if (field.endsWith('security')) continue;
      for (const option of options) has(`check.options.${field}.${option}`);
    }
    for (const id of DIAGNOSIS_IDS) {
      has(`check.diagnoses.${id}.title`);
      has(`check.diagnoses.${id}.body`);
    }
    for (const id of HINT_IDS) has(`check.hints.${id}`);
  });

  it('put in every error the value that was not understood', () => {
    for (const field of CHECK_FIELDS) expect(placeholders(ja.check.invalid[field])).toEqual(['value']);
  });

  // One rule for a value in the checker's sentences (diagnosis-list.tsx): a choice is quoted in
  // the language's style by check.choice (「なし」, “None”), a typed host or port stands bare. So no
  // sentence quotes {{value}} itself, or a choice would be bare in one sentence and quoted in another.
  it('leave the quoting of a value to the one rule for choices', () => {
    expect(CHECK_FIELDS.filter(isChoiceField)).toEqual(Object.keys(CHECK_OPTIONS));
    expect(ja.check.choice).toBe('「{{value}}」');
    expect(en.check.choice).toBe('“{{value}}”');
    for (const tree of [ja, en]) {
      for (const [path, text] of leaves(tree)) {
        if (!/^check\.(set|also|diagnoses\.)/.test(path)) continue;
        expect(text, path).not.toMatch(/[「“]\{\{(value)\}\}[」”]/);
      }
    }
  });
});
