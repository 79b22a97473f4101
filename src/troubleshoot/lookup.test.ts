/**
 * The catalogue's `fixes` are what the flows' fixes (and their alternatives) change: a cause whose fix the flows
 * give for a setting the catalogue does not name (or the other way round) fails here, so
 * the error lookup never shows a fix the flows would not.
 */
import { describe, expect, it } from 'vitest';
import { CANT_RECEIVE_FLOW, type ReceiveAnswers } from './cant-receive';
import { CANT_SEND_FLOW, type SendAnswers } from './cant-send';
import { CATALOGUE, RECEIVE_CAUSE_IDS, SEND_CAUSE_IDS } from './causes';
import { diagnoseReceive, diagnoseSend, type Cause } from './flow-causes';

function product(lists: readonly (readonly string[])[]): string[][] {
  return lists.reduce<string[][]>((acc, list) => acc.flatMap((a) => list.map((v) => [...a, v])), [[]]);
}

const sendOptions = (step: keyof typeof CANT_SEND_FLOW.steps) => CANT_SEND_FLOW.steps[step].options as readonly string[];
const receiveOptions = (step: keyof typeof CANT_RECEIVE_FLOW.steps) => CANT_RECEIVE_FLOW.steps[step].options as readonly string[];

const SEND_REST = ['smtp-auth', 'receive-port', 'registration', 'user-name', 'host', 'virus-check', 'antivirus'] as const;

function sendAnswers(): SendAnswers[] {
  return product([sendOptions('symptom'), sendOptions('port'), sendOptions('security'), sendOptions('network')]).flatMap(([symptom, port, security, network], n) => {
    const rest = Object.fromEntries(SEND_REST.map((step, k) => [step, sendOptions(step)[(n + k) % sendOptions(step).length]]));
    return [{ symptom, port, security, network, ...rest } as SendAnswers, { symptom, port, security, network } as SendAnswers];
  });
}

function receiveAnswers(): ReceiveAnswers[] {
  return product([receiveOptions('symptom'), receiveOptions('host'), receiveOptions('port'), receiveOptions('security'), receiveOptions('user-name')]).map(
    ([symptom, host, port, security, userName]) => ({ symptom, host, port, security, 'user-name': userName }) as ReceiveAnswers,
  );
}

// Every cause of every path: the tests' time limit grows with their number.
const found: Cause[] = [...sendAnswers().flatMap(diagnoseSend), ...receiveAnswers().flatMap(diagnoseReceive)];

describe('the catalogue’s fixes', { timeout: 5_000 + found.length * 2 }, () => {

  it('name every setting a flow’s fix changes', () => {
    for (const c of found) {
      for (const f of [...c.fix, ...(c.alternative ?? [])]) {
        // An alternative may move to the standard host (mailssl has no unencrypted port).
        if (c.alternative?.includes(f) && f.field === 'host') continue;
        expect(CATALOGUE[c.id].fixes, `${c.id}: ${f.field}`).toContain(f.field);
      }
    }
  });

  it('name nothing the flows never change for that cause', () => {
    for (const id of [...SEND_CAUSE_IDS, ...RECEIVE_CAUSE_IDS]) {
      const changed = new Set(found.filter((c) => c.id === id).flatMap((c) => [...c.fix, ...(c.alternative ?? [])].map((f) => f.field)));
      for (const field of CATALOGUE[id].fixes) expect(changed, `${id}: ${field}`).toContain(field);
    }
  });
});
