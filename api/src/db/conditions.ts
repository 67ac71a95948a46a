import { isUuid } from '../graphql/validate.js';

/**
 * A list's filter as SQL: conditions over one table alias, each with the values of its `?`
 * placeholders, in order (never a value pasted into the text). A repository builds one per query
 * from the filter input and hands it to `paginate` (`sql`, `params`) or puts `where` after its
 * own `where`.
 */
export class Conditions {
  readonly sql: string[] = [];
  readonly params: unknown[] = [];

  /** `alias` is the table's alias in the statement (`t`, `u`, …). */
  constructor(private readonly alias: string) {}

  /** A condition and the values of its `?`s, in order. */
  add(condition: string, ...values: unknown[]): this {
    this.sql.push(condition);
    this.params.push(...values);
    return this;
  }

  /** `alias.column = id`; an id that is not a UUID matches nothing (not a failed statement). */
  id(column: string, id: string): this {
    return isUuid(id) ? this.add(`"${this.alias}"."${column}" = ?`, id) : this.add('false');
  }

  /** Every condition, each in parentheses, joined by `and`; `true` when there are none. */
  get where(): string {
    return this.sql.length === 0 ? 'true' : this.sql.map((s) => `(${s})`).join(' and ');
  }
}
