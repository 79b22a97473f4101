/**
 * A guide's variant for one set of settings: the steps that apply, each field with its value
 * taken from the settings (never spelled again), and the text keys the page renders.
 * Pure, so that a unit test can prove every value a step or a picture shows is the outcome's.
 */
import { holds, type AppId, type Described, type Field, type Guide, type Part, type Settings, type Step, type Variant } from './model';

export type ResolvedValue =
  /** The value itself, copyable; `what` names it for the copy button (result `copyWhat.*`). */
  | { readonly kind: 'literal'; readonly text: string; readonly what: 'receiveHost' | 'receivePort' | 'sendHost' | 'sendPort' }
  /** The app's own word for the value, a key in the `apps` text. */
  | { readonly kind: 'word'; readonly key: string }
  | { readonly kind: 'user-name' | 'address' | 'name' | 'password' }
  | { readonly kind: 'tick'; readonly on: boolean };

export interface ResolvedField {
  readonly id: string;
  readonly labelKey: string;
  readonly control: Field['control'];
  readonly optional: boolean;
  /** The label describes the field rather than quoting the app (Field.described). */
  readonly described?: Described;
  /** The key of the heading this field starts, if it starts one. */
  readonly groupKey?: string;
  readonly value: ResolvedValue;
}

export interface ResolvedStep {
  readonly id: string;
  readonly textKey: string;
  readonly caution?: true;
  readonly screen?: { readonly id: string; readonly titleKey: string; readonly fields: readonly ResolvedField[] };
}

export type ResolvedWalkthrough = { readonly app: AppId; readonly variant: string } & { readonly [P in Part]: readonly ResolvedStep[] };

/** The variant of `id`, or the current one for an unknown or missing id. */
export function variantOf(guide: Guide, id: string | null | undefined): Variant {
  return guide.variants.find((v) => v.id === id) ?? guide.variants[0];
}

function resolveValue(fieldKey: string, field: Field, s: Settings): ResolvedValue {
  const v = field.value;
  switch (v.kind) {
    case 'server': {
      const setting = s[v.role];
      const what = `${v.role}${v.part === 'host' ? 'Host' : 'Port'}` as const;
      return { kind: 'literal', text: String(setting[v.part]), what };
    }
    case 'option':
      return { kind: 'word', key: `${fieldKey}.${s[v.role][v.part]}` };
    case 'choice':
      return { kind: 'word', key: `${fieldKey}.${v.choice}` };
    case 'tick':
      return { kind: 'tick', on: holds(v.on, s) };
    default:
      return { kind: v.kind };
  }
}

function resolveStep(app: AppId, step: Step, s: Settings): ResolvedStep {
  const screen = step.screen;
  return {
    id: step.id,
    textKey: `${app}.steps.${step.id}`,
    ...(step.caution && { caution: true as const }),
    ...(screen && {
      screen: {
        id: screen.id,
        titleKey: `${app}.screens.${screen.id}.title`,
        fields: screen.fields
          .filter((f) => holds(f.when ?? 'always', s))
          .map((f, i, shown) => {
            const fieldKey = `${app}.screens.${screen.id}.fields.${f.id}`;
            const startsGroup = f.group !== undefined && shown[i - 1]?.group !== f.group;
            return {
              id: f.id,
              labelKey: `${fieldKey}.label`,
              control: f.control,
              optional: f.optional ?? false,
              described: f.described,
              ...(startsGroup && { groupKey: `${app}.screens.${screen.id}.groups.${f.group}` }),
              value: resolveValue(fieldKey, f, s),
            };
          }),
      },
    }),
  };
}

export function resolveWalkthrough(guide: Guide, variantId: string | null | undefined, s: Settings): ResolvedWalkthrough {
  const variant = variantOf(guide, variantId);
  const part = (steps: readonly Step[]) => steps.filter((step) => holds(step.when ?? 'always', s)).map((step) => resolveStep(guide.app, step, s));
  return { app: guide.app, variant: variant.id, add: part(variant.add), check: part(variant.check), test: part(variant.test) };
}
