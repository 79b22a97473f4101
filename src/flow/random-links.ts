/**
 * Links as people write them, for generated tests of what reads a flow's query (the loader's
 * `follow` and `redirectOf`, held to resolve()): often a whole or partial walk through the flow,
 * with answers left out, keys and values in other cases or with spaces, repeats, unknown and
 * hostile keys (`__proto__`), values that are not options (long ones too), broken escapes.
 */
import type { AnyFlow, Next } from './engine';
import type { SeededRandom } from './seeded-random';

export function randomSearch(flow: AnyFlow, random: SeededRandom): string {
  const { int, pick, next } = random;
  const steps = Object.keys(flow.steps);
  const parts: string[] = [];
  // Often a whole or partial walk, so that the result is reached.
  if (next() < 0.7) {
    let answers: Record<string, string> = {};
    for (let step: string | undefined = flow.first; step !== undefined; ) {
      const value = pick(flow.steps[step]?.options ?? []);
      answers = { ...answers, [step]: value };
      parts.push(`${step}=${value}`);
      const n: Next<string> | undefined = flow.next[step]?.(answers);
      step = n && 'step' in n ? n.step : undefined;
    }
    if (next() < 0.3) parts.splice(int(parts.length), 1);
  }
  for (let extra = int(4); extra > 0; extra--) {
    const step = pick(steps);
    const r = next();
    const key = r < 0.2 ? step.toUpperCase() : r < 0.3 ? ` ${step} ` : r < 0.35 ? '__proto__' : step;
    const options = flow.steps[step]?.options ?? [];
    const v = next();
    const value =
      v < 0.4 ? pick(options) : v < 0.55 ? ` ${pick(options).toUpperCase()} ` : v < 0.65 ? '' : v < 0.75 ? 'constructor' : v < 0.8 ? '%zz' : v < 0.85 ? `${'x'.repeat(38)}%F0%9F%98%80tail` : 'yes%00';
    parts.splice(int(parts.length + 1), 0, `${encodeURIComponent(key)}=${value}`);
  }
  return `?${parts.join('&')}`;
}
