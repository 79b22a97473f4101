/**
 * A small seeded PRNG (mulberry32) for generated tests: every run draws the same inputs, so
 * a failure names a case that can be run again. Used by the resolver fuzz test and the
 * browser's hostile-URL test.
 */
export interface SeededRandom {
  /** A number in [0, 1). */
  readonly next: () => number;
  /** A whole number in [0, n). */
  readonly int: (n: number) => number;
  readonly pick: <T>(items: readonly T[]) => T;
}

export function seededRandom(seed: number): SeededRandom {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: <T>(items: readonly T[]) => items[int(items.length)] as T };
}
