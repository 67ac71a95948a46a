import { describe, expect, it } from 'vitest';
import {
  WorkOrderAction as A,
  availableActions,
  FINAL_STATES,
  nextState,
  WorkOrderState as S,
} from './work-order.machine.js';

/**
 * The specification, written out in full: every (state, action) pair with its outcome, so a
 * change to the table is a visible change here. `null` means refused.
 */
// biome-ignore format: one row per state reads as the table it is
const EXPECTED: Record<S, Record<A, S | null>> = {
  [S.SUBMITTED]:   { DISPATCH: S.DISPATCHED, ACCEPT: null,       DECLINE: null,        START: null,          HOLD: null,       RESUME: null,          COMPLETE: null,        VERIFY: null,       REWORK: null,          CLOSE: null,     CANCEL: S.CANCELLED },
  [S.DISPATCHED]:  { DISPATCH: S.DISPATCHED, ACCEPT: S.ACCEPTED, DECLINE: S.SUBMITTED, START: null,          HOLD: null,       RESUME: null,          COMPLETE: null,        VERIFY: null,       REWORK: null,          CLOSE: null,     CANCEL: S.CANCELLED },
  [S.ACCEPTED]:    { DISPATCH: S.DISPATCHED, ACCEPT: null,       DECLINE: null,        START: S.IN_PROGRESS, HOLD: null,       RESUME: null,          COMPLETE: null,        VERIFY: null,       REWORK: null,          CLOSE: null,     CANCEL: S.CANCELLED },
  [S.IN_PROGRESS]: { DISPATCH: null,         ACCEPT: null,       DECLINE: null,        START: null,          HOLD: S.ON_HOLD,  RESUME: null,          COMPLETE: S.COMPLETED, VERIFY: null,       REWORK: null,          CLOSE: null,     CANCEL: null },
  [S.ON_HOLD]:     { DISPATCH: null,         ACCEPT: null,       DECLINE: null,        START: null,          HOLD: null,       RESUME: S.IN_PROGRESS, COMPLETE: null,        VERIFY: null,       REWORK: null,          CLOSE: null,     CANCEL: null },
  [S.COMPLETED]:   { DISPATCH: null,         ACCEPT: null,       DECLINE: null,        START: null,          HOLD: null,       RESUME: null,          COMPLETE: null,        VERIFY: S.VERIFIED, REWORK: S.IN_PROGRESS, CLOSE: null,     CANCEL: null },
  [S.VERIFIED]:    { DISPATCH: null,         ACCEPT: null,       DECLINE: null,        START: null,          HOLD: null,       RESUME: null,          COMPLETE: null,        VERIFY: null,       REWORK: null,          CLOSE: S.CLOSED, CANCEL: null },
  [S.CLOSED]:      { DISPATCH: null,         ACCEPT: null,       DECLINE: null,        START: null,          HOLD: null,       RESUME: null,          COMPLETE: null,        VERIFY: null,       REWORK: null,          CLOSE: null,     CANCEL: null },
  [S.CANCELLED]:   { DISPATCH: null,         ACCEPT: null,       DECLINE: null,        START: null,          HOLD: null,       RESUME: null,          COMPLETE: null,        VERIFY: null,       REWORK: null,          CLOSE: null,     CANCEL: null },
};

describe('the work order state machine', () => {
  const pairs = Object.values(S).flatMap((state) =>
    Object.values(A).map((action) => [state, action] as const),
  );

  it('covers all 9 × 11 (state, action) pairs', () => {
    expect(pairs).toHaveLength(99);
  });

  it.each(pairs)('%s + %s', (state, action) => {
    expect(nextState(state, action) ?? null).toBe(EXPECTED[state][action]);
  });

  it('lets nothing leave a final state, and reaches CLOSED from SUBMITTED on the happy path', () => {
    for (const s of FINAL_STATES) expect(availableActions(s)).toEqual([]);
    const path = [
      A.DISPATCH,
      A.ACCEPT,
      A.START,
      A.HOLD,
      A.RESUME,
      A.COMPLETE,
      A.REWORK,
      A.COMPLETE,
      A.VERIFY,
      A.CLOSE,
    ];
    let state: S = S.SUBMITTED;
    for (const action of path) state = nextState(state, action)!;
    expect(state).toBe(S.CLOSED);
  });
});
