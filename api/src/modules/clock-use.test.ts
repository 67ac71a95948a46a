import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * One way to read the time (`kernel/clock.ts`): domain time from `ctx.now()`, what the database
 * or a peer checks against the real time from `wallClock.now()`. A bare `new Date()` or
 * `Date.now()` in a feature is one of the two chosen by accident, so it fails here.
 */

const MODULES = dirname(fileURLToPath(import.meta.url));

/** Where a bare clock read may stay, each with why. */
const ALLOWED: readonly { match: (path: string) => boolean; why: string }[] = [
  {
    match: (p) => p.endsWith('.entity.ts'),
    why: 'the ORM’s onCreate defaults, for rows written with no unit of work at hand',
  },
];

const files = readdirSync(MODULES, { recursive: true, encoding: 'utf8' }).filter(
  (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !ALLOWED.some((a) => a.match(f)),
);

describe('feature code', () => {
  it('reads the time from ctx.now() or wallClock.now(), never new Date() or Date.now()', () => {
    expect(files.length).toBeGreaterThan(100);
    const bare = files.flatMap((f) =>
      readFileSync(join(MODULES, f), 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          /\bnew Date\(\s*\)|\bDate\.now\(\)/.test(line.replace(/\/\/.*$/, '')) ? [`${f}:${i + 1}`] : [],
        ),
    );
    expect(bare).toEqual([]);
  });
});
