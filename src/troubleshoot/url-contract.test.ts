/**
 * The troubleshooting URLs are a public contract (docs/decisions/0001-url-contract.md): the
 * ADR's tables are the pinned values, and the code must say exactly what they say.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Flow } from '../flow/engine';
import { parseAnswers } from '../flow/resolve';
import { CANT_RECEIVE_FLOW } from './cant-receive';
import { CANT_SEND_FLOW } from './cant-send';
import { CHECK_FIELDS, CHECK_OPTIONS, parseCheck } from './check-query';

const ADR = readFileSync(join(__dirname, '../../docs/decisions/0001-url-contract.md'), 'utf8');

/** The rows `| \`key\` | …values… |` of the table after `marker`, as key → the values in backticks. */
function table(marker: string): [string, string[]][] {
  const start = ADR.indexOf(marker);
  expect(start, marker).toBeGreaterThan(-1);
  const rows: [string, string[]][] = [];
  let inTable = false;
  for (const line of ADR.slice(start).split('\n').slice(1)) {
    const row = line.trim();
    if (!row.startsWith('|')) {
      if (inTable) break;
      continue;
    }
    inTable = true;
    const [, key, values] = row.split('|').map((cell) => cell.trim());
    const name = key?.match(/^`([^`]+)`$/)?.[1];
    if (name) rows.push([name, [...(values ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '')]);
  }
  return rows;
}

function steps(flow: Flow<string, never>): [string, string[]][] {
  return Object.entries(flow.steps).map(([step, { options }]) => [step, [...options]]);
}

describe('the troubleshooting URL contract', () => {
  it('cant-send has the ADR’s step ids and answers, in flow order', () => {
    expect(CANT_SEND_FLOW.id).toBe('cant-send');
    expect(steps(CANT_SEND_FLOW as Flow<string, never>)).toEqual(table('`/<lang>/cant-send/<page>/`'));
  });

  it('cant-receive has the ADR’s step ids and answers, in flow order', () => {
    expect(CANT_RECEIVE_FLOW.id).toBe('cant-receive');
    expect(steps(CANT_RECEIVE_FLOW as Flow<string, never>)).toEqual(table('`/<lang>/cant-receive/<page>/`'));
  });

  it('the checker has the ADR’s query keys, in canonical order, and their choices', () => {
    const rows = table("**The settings checker's query keys**");
    expect(rows.map(([key]) => key)).toEqual([...CHECK_FIELDS]);
    for (const [key, values] of rows) {
      const options = (CHECK_OPTIONS as Record<string, readonly string[]>)[key];
      if (options) expect(values, key).toEqual([...options]);
    }
  });
});

describe('one reader of answers for the flows and the checker', () => {
  const long = `x${'y'.repeat(60)}`;
  it('keys in any case, the first of repeats, an empty value as none, the unread value echoed cut', () => {
    const flow = parseAnswers(CANT_SEND_FLOW, `?SYMPTOM=Times-Out&symptom=unsure&port=&security=${long}&nope=1`);
    expect(flow.answers).toEqual({ symptom: 'times-out' });
    expect([...flow.invalid]).toEqual([['security', `${long.slice(0, 39)}…`]]);

    const check = parseCheck(`?IN-PORT=995&in-port=110&out-port=&out-security=${long}&nope=1`);
    expect(check.input).toEqual({ 'in-port': 995 });
    expect(check.invalid).toEqual([{ field: 'out-security', value: `${long.slice(0, 39)}…` }]);
  });
});
