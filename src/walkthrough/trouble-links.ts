/**
 * The walkthrough's way out when the test mail fails: the can't-send and can't-receive
 * questions, opened at their first question with what the settings already answer, so that
 * the customer is asked only what the settings cannot tell (what the error looks like, and
 * what follows from it). The flows keep the later answers when the first is changed.
 */
import { toQuery } from '../flow/resolve';
import { CANT_RECEIVE_FLOW, type ReceiveAnswers } from '../troubleshoot/cant-receive';
import { CANT_SEND_FLOW, type SendAnswers } from '../troubleshoot/cant-send';
import type { Settings } from './model';

export function sendAnswers(s: Settings): SendAnswers {
  return {
    symptom: 'unsure',
    port: `${s.send.port}` as SendAnswers['port'],
    security: s.send.security,
    'smtp-auth': s.send.auth === 'smtp-auth' ? 'yes' : 'no',
  };
}

export function receiveAnswers(s: Settings): ReceiveAnswers {
  return { symptom: 'unsure', host: 'pop', port: `${s.receive.port}` as ReceiveAnswers['port'], security: s.receive.security, 'user-name': 'id' };
}

/** The query strings for each flow's first question (`symptom`). */
export function troubleQueries(s: Settings): { readonly send: string; readonly receive: string } {
  return { send: toQuery(CANT_SEND_FLOW, sendAnswers(s)), receive: toQuery(CANT_RECEIVE_FLOW, receiveAnswers(s)) };
}
