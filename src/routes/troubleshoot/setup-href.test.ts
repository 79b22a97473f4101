import { describe, expect, it } from 'vitest';
import { RESULT } from '../../flow/engine';
import { earliestStep } from './setup-href';

describe('the one link of a page of causes into the setup flow', () => {
  it('goes to the earliest step any cause concerns, the result last', () => {
    expect(earliestStep(['client', 'registration', RESULT])).toBe('registration');
    expect(earliestStep([RESULT, 'network'])).toBe('network');
    expect(earliestStep([RESULT, undefined])).toBe(RESULT);
  });

  it('is left out when no cause has a step', () => {
    expect(earliestStep([undefined])).toBeNull();
    expect(earliestStep([])).toBeNull();
  });
});
