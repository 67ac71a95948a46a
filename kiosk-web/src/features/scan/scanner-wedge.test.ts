import { describe, expect, it } from 'vitest';
import { ScannerWedge } from './scanner-wedge.js';

/** Types `text` then Enter, `gap` ms apart, from `start`; returns when the last key fell. */
function type(w: ScannerWedge, text: string, gap: number, start = 0): number {
  let at = start;
  for (const ch of text) {
    w.key(ch, at);
    at += gap;
  }
  w.key('Enter', at);
  return at;
}

describe('a keyboard-wedge scanner', () => {
  const PASS = 'v1.k2.eyJwIjoiYWJjIn0.c2ln';

  it('reads a fast burst ending in Enter as one scan', () => {
    const scans: string[] = [];
    const w = new ScannerWedge((s) => scans.push(s));
    type(w, PASS, 5);
    expect(scans).toEqual([PASS]);
  });

  it('ignores people typing, and short bursts', () => {
    const scans: string[] = [];
    const w = new ScannerWedge((s) => scans.push(s));
    type(w, 'hello world', 120);
    type(w, 'abc', 5, 10_000);
    expect(scans).toEqual([]);
  });

  it('drops what a person typed before a scan began', () => {
    const scans: string[] = [];
    const w = new ScannerWedge((s) => scans.push(s));
    w.key('x', 0);
    w.key('y', 400);
    type(w, PASS, 4, 1_000);
    expect(scans).toEqual([PASS]);
  });

  it('ignores modifier keys inside a burst, and Enter after a pause', () => {
    const scans: string[] = [];
    const w = new ScannerWedge((s) => scans.push(s));
    let at = 0;
    for (const ch of 'ABCDEFGHIJ') {
      w.key('Shift', at);
      w.key(ch, at + 1);
      at += 6;
    }
    w.key('Enter', at + 500);
    expect(scans).toEqual([]);
    type(w, 'ABCDEFGHIJ', 6, 5_000);
    expect(scans).toEqual(['ABCDEFGHIJ']);
  });

  it('starts clean after reset', () => {
    const scans: string[] = [];
    const w = new ScannerWedge((s) => scans.push(s));
    for (const [i, ch] of [...'ABCDEFGH'].entries()) w.key(ch, i * 5);
    w.reset();
    w.key('Enter', 45);
    expect(scans).toEqual([]);
  });
});
