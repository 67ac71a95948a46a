import { afterEach, describe, expect, it, vi } from 'vitest';
import { newAttemptKey } from './bill-flow.js';

/** What the API takes as an idempotency key. */
const KEY = /^[A-Za-z0-9_-]{8,64}$/;

describe('the key of an attempt to pay', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is a fresh UUID each time on a secure page', () => {
    const a = newAttemptKey();
    expect(a).toMatch(KEY);
    expect(newAttemptKey()).not.toBe(a);
  });

  it('comes from getRandomValues where randomUUID is missing (a kiosk over plain HTTP)', () => {
    vi.stubGlobal('crypto', { getRandomValues: crypto.getRandomValues.bind(crypto) });
    const a = newAttemptKey();
    expect(a).toMatch(KEY);
    expect(a).toHaveLength(32);
    expect(newAttemptKey()).not.toBe(a);
  });
});
