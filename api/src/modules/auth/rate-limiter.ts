/**
 * Fixed-window counters per key (an IP, an account, an API key), in process. Behind a load
 * balancer each process counts on its own; the cluster counterpart is the same interface over
 * Redis INCR with expiry.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Counts one hit for `key` and returns how many seconds to wait if that goes over `limit`,
   * or 0 when the hit is allowed.
   */
  hit(key: string, limit: number): number {
    const now = this.now();
    let w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs) {
      w = { start: now, count: 0 };
      this.windows.set(key, w);
      if (this.windows.size > 50_000) this.sweep(now);
    }
    w.count += 1;
    return w.count > limit ? Math.ceil((w.start + this.windowMs - now) / 1000) : 0;
  }

  /** Takes back one hit of `key` (an attempt that turned out fine). */
  release(key: string): void {
    const w = this.windows.get(key);
    if (w && w.count > 0) w.count -= 1;
  }

  private sweep(now: number) {
    for (const [k, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(k);
  }
}
