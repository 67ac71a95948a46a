/**
 * Counts SQL statements the ORM sends, for tests and benchmarks that prove a query shape
 * costs a constant number of round trips. Counting is a single increment per statement.
 */
export class StatementCounter {
  #count = 0;
  #log: string[] | undefined;

  record(sql: string): void {
    this.#count += 1;
    this.#log?.push(sql);
  }

  /** Runs `fn` and returns how many statements it issued, and which. */
  async measure<T>(fn: () => Promise<T>): Promise<{ result: T; statements: number; sql: string[] }> {
    const before = this.#count;
    const log: string[] = [];
    this.#log = log;
    try {
      const result = await fn();
      return { result, statements: this.#count - before, sql: log };
    } finally {
      this.#log = undefined;
    }
  }

  get total(): number {
    return this.#count;
  }
}
