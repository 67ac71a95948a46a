import { afterEach, expect } from 'vitest';
import { takeCspViolations } from './browser.ts';

// The product serves its apps under a strict Content Security Policy; a screen that breaks it
// (an inline script, an image from elsewhere) fails the test during which it was reported.
afterEach(() => {
  expect(takeCspViolations(), 'Content Security Policy violations').toEqual([]);
});
