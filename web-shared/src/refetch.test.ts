import { describe, expect, it } from 'vitest';
import { coalescedRefetch } from './refetch.js';

describe('coalescedRefetch', () => {
  it('refetches once more after events that arrived mid-refetch, and only once for several', async () => {
    const started: number[] = [];
    let release: () => void = () => undefined;
    const refetch = () => {
      started.push(started.length);
      return new Promise<void>((r) => {
        release = r;
      });
    };
    const onEvent = coalescedRefetch(refetch);
    onEvent(); // starts refetch 0
    onEvent(); // in flight: remembered
    onEvent(); // still the same one more
    expect(started).toEqual([0]);
    release();
    await new Promise((r) => setTimeout(r, 0));
    expect(started).toEqual([0, 1]); // the events during refetch 0 get a fresh answer
    release();
    await new Promise((r) => setTimeout(r, 0));
    expect(started).toEqual([0, 1]); // nothing arrived during refetch 1
    onEvent();
    expect(started).toEqual([0, 1, 2]);
  });
});
