/**
 * USB and serial-over-USB scanners in keyboard mode ("keyboard wedge") type what they read as a
 * burst of key presses ending in Enter, a few milliseconds apart: far faster than anyone types
 * on the kiosk's glass. This tells such a burst from people: characters closer together than
 * `maxGapMs` collect; an Enter after at least `minLength` of them is a scan; a slow key starts a
 * new burst, so a person pressing keys on a hardware keyboard never produces one.
 */
export class ScannerWedge {
  private buffer = '';
  private last = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly onScan: (text: string) => void,
    private readonly opts: { maxGapMs: number; minLength: number } = { maxGapMs: 50, minLength: 8 },
  ) {}

  /**
   * One key press (`KeyboardEvent.key`) at `at` milliseconds. Returns true when the key belonged
   * to a scan, so the caller can keep it out of a focused field.
   */
  key(key: string, at: number): boolean {
    const gap = at - this.last;
    this.last = at;
    if (key === 'Enter') {
      const text = this.buffer;
      this.buffer = '';
      if (gap <= this.opts.maxGapMs && text.length >= this.opts.minLength) {
        this.onScan(text);
        return true;
      }
      return false;
    }
    if (key.length !== 1) return false; // Shift, Tab and the like: not part of the text
    if (gap > this.opts.maxGapMs) this.buffer = '';
    this.buffer += key;
    return this.buffer.length > 1;
  }

  /** Forgets a half-read burst (the page changed under it). */
  reset(): void {
    this.buffer = '';
    this.last = Number.NEGATIVE_INFINITY;
  }
}
