/**
 * A test that goes through a list of pages or answers gets time for each of them, so that a
 * longer list or a slower machine never makes it fail by its timeout alone. The allowance is
 * generous: a page opened and checked takes one to two seconds on a busy 2-core machine.
 */
import { test } from '@playwright/test';

/** Gives the running test its usual 30 s plus `each` milliseconds for each of `count` items. */
export function allowForEach(count: number, each = 10_000): void {
  test.setTimeout(30_000 + count * each);
}
