/**
 * The question copy of the two troubleshooting flows, in the shape FlowRoute renders.
 * A port number is its own label in both languages; host options show the settings
 * table's host name through {{host}}.
 */
import { useTranslation } from 'react-i18next';
import type { FlowCopy } from '../../components/flow/flow-route';
import { HOSTS, type Host, type HostKey } from '../../settings/servers';
import { CANT_RECEIVE_FLOW, type ReceiveStepId } from '../../troubleshoot/cant-receive';
import { CANT_SEND_FLOW, type SendStepId } from '../../troubleshoot/cant-send';

const NUMBER = /^\d+$/;

function hostOf(value: string): Host | undefined {
  return Object.hasOwn(HOSTS, value) ? HOSTS[value as HostKey] : undefined;
}

/** `labels(host)` gives the step's option labels with {{host}} filled in. */
function options(values: readonly string[], labels: (host: Host | undefined) => Record<string, string>) {
  return values.map((value) => ({ value, label: NUMBER.test(value) ? value : (labels(hostOf(value))[value] ?? value) }));
}

export function useCantSendCopy(): FlowCopy<SendStepId> {
  const { t } = useTranslation('troubleshoot');
  return {
    question: (step) => ({
      title: t(`flows.cant-send.steps.${step}.title`),
      hint: t(`flows.cant-send.steps.${step}.hint`),
      required: t(`flows.cant-send.steps.${step}.required`),
      options: options(CANT_SEND_FLOW.steps[step].options, (host) => t(`flows.cant-send.steps.${step}.options`, { returnObjects: true, host })),
    }),
    summary: (step) => t(`flows.cant-send.steps.${step}.title`),
  };
}

export function useCantReceiveCopy(): FlowCopy<ReceiveStepId> {
  const { t } = useTranslation('troubleshoot');
  return {
    question: (step) => ({
      title: t(`flows.cant-receive.steps.${step}.title`),
      hint: t(`flows.cant-receive.steps.${step}.hint`),
      required: t(`flows.cant-receive.steps.${step}.required`),
      options: options(CANT_RECEIVE_FLOW.steps[step].options, (host) =>
        t(`flows.cant-receive.steps.${step}.options`, { returnObjects: true, host }),
      ),
    }),
    summary: (step) => t(`flows.cant-receive.steps.${step}.title`),
  };
}
