import { JOB_SCHEMA } from '../jobs/queue.js';
import {
  namesIn,
  readName,
  type Statement,
  skipParens,
  splitStatements,
  type Token,
  wordsAt,
} from './sql-tokens.js';

/** The SQL one migration's up() runs, in the order it added it. */
export type MigrationSql = { name: string; sql: readonly string[] };

/** A protection a migration takes away that no later statement gives back. */
export type GuardFinding = {
  migration: string;
  /** What goes, e.g. `policy park_read on park`, `forced row level security on unit`. */
  removes: string;
  /** The statement that removes it, whitespace collapsed and cut short. */
  statement: string;
};

/**
 * Tables no entity maps: written by hand in the migrations, or the migrator's own. The generator
 * never asks to drop them, so a migration that does is wrong. A test keeps this list equal to the
 * migrated database's tables minus the snapshot's.
 */
export const UNMAPPED_TABLES = [
  'audit_chain_head',
  'meter_reading',
  'meter_rollup',
  'mikro_orm_migrations',
  'work_order_follow_up_rule',
  'work_order_sla_alert',
];

/**
 * Marks a statement that removes protection on purpose (a policy replaced, a function retired):
 * the comment `-- migration-guard: allow <why>` before it, the reason on the same line. The
 * generator never writes one, so only a reviewed, hand-edited migration can carry it.
 */
export const ALLOW_MARKER = /migration-guard:[ \t]*allow[ \t]+\S/;

const DO_BLOCK_REMOVAL =
  /\bdrop\s+(policy|trigger|function|procedure|routine|table|schema)\b|\b(disable|no\s+force)\s+row\s+level\s+security\b|\b(disable|enable\s+replica)\s+trigger\b/i;

type Present = { table: string; refs: Set<string> };
type Removal = { finding: GuardFinding; table: string | undefined; seq: number };

/**
 * Replays the migrations' statements in order and reports every policy, trigger, row-level
 * security switch, function, unmapped table and job-queue object that is removed and not
 * restored later. Restoring means creating the same name again: `drop policy p on t` is undone
 * by a later `create policy p on t`, `disable row level security` by `enable`. Objects that go
 * with a table dropped for good (its policies, triggers) are not reported: nothing is left
 * unprotected. A table dropped and created again must get them back.
 */
export function findRemovedProtection(migrations: readonly MigrationSql[]): GuardFinding[] {
  const present = new Map<string, Present>();
  const removed = new Map<string, Removal>();
  const permanent: Removal[] = [];
  const droppedTables = new Set<string>();
  let seq = 0;

  for (const migration of migrations) {
    for (const statement of migration.sql.flatMap((sql) => splitStatements(sql))) {
      const allowed = ALLOW_MARKER.test(statement.text);
      const finding = (removes: string): GuardFinding => ({
        migration: migration.name,
        removes,
        statement: preview(statement.text),
      });
      const op: Ops = {
        add(key, table, refs = new Set()) {
          present.set(key, { table, refs });
          removed.delete(key);
        },
        restore(key) {
          removed.delete(key);
        },
        restoreWhere(matches) {
          for (const key of [...removed.keys()]) if (matches(key)) removed.delete(key);
        },
        remove(key, table) {
          present.delete(key);
          if (!allowed) removed.set(key, { finding: finding(key), table, seq: seq++ });
        },
        forever(removes) {
          if (!allowed) permanent.push({ finding: finding(removes), table: undefined, seq: seq++ });
        },
        rename(from, to) {
          const entry = present.get(from);
          present.delete(from);
          if (entry) present.set(to, entry);
        },
        droppedTable(table, cascade) {
          droppedTables.add(table);
          for (const [key, entry] of [...present]) {
            // A policy elsewhere that reads the table goes with it under CASCADE.
            const dependent = cascade && entry.table !== table && entry.refs.has(table);
            if (entry.table === table || dependent) op.remove(key, entry.table);
          }
          if (UNMAPPED_TABLES.includes(table)) op.remove(`table ${table}`, undefined);
        },
        createdTable(table) {
          droppedTables.delete(table);
          removed.delete(`table ${table}`);
        },
        droppedFunction(fn, cascade) {
          op.remove(`function ${fn}`, undefined);
          if (!cascade) return;
          const last = fn.split('.').pop()!;
          for (const [key, entry] of [...present]) {
            if (entry.refs.has(fn) || entry.refs.has(last)) op.remove(key, entry.table);
          }
        },
      };
      apply(statement, op);
    }
  }

  return [...removed.values()]
    .filter((r) => !(r.table && droppedTables.has(r.table)))
    .concat(permanent)
    .sort((a, b) => a.seq - b.seq)
    .map((r) => r.finding);
}

/** A finding for people: what goes, then the statement on a second, indented line. */
export function describeFinding(f: GuardFinding): string {
  return `${f.migration}: removes ${f.removes} and no later statement restores it\n    ${f.statement}`;
}

type Ops = {
  add(key: string, table: string, refs?: Set<string>): void;
  restore(key: string): void;
  restoreWhere(matches: (key: string) => boolean): void;
  remove(key: string, table: string | undefined): void;
  /** Removed for good: nothing a migration writes can bring it back (the job queue). */
  forever(removes: string): void;
  rename(from: string, to: string): void;
  droppedTable(table: string, cascade: boolean): void;
  createdTable(table: string): void;
  droppedFunction(fn: string, cascade: boolean): void;
};

function preview(sql: string): string {
  const line = sql.replace(/\s+/g, ' ').trim();
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

function apply(statement: Statement, op: Ops): void {
  const t = statement.tokens;
  if (wordsAt(t, 0, 'create')) create(t, op);
  else if (wordsAt(t, 0, 'drop')) drop(t, op);
  else if (wordsAt(t, 0, 'alter', 'table')) alterTable(t, op);
  else if (wordsAt(t, 0, 'alter', 'policy') || wordsAt(t, 0, 'alter', 'trigger')) renameOn(t, op);
  else if (wordsAt(t, 0, 'do')) {
    const body = t.find((token) => token.kind === 'string')?.text ?? '';
    if (DO_BLOCK_REMOVAL.test(body)) op.forever('protection inside a DO block, which cannot be checked');
  }
}

/** `<name> on <table>` at `i`, as policies and triggers are named. */
function nameOnTable(
  t: readonly Token[],
  i: number,
): { name: string; table: string; next: number } | undefined {
  const name = readName(t, i);
  if (!name || !wordsAt(t, name.next, 'on')) return undefined;
  const table = readName(t, name.next + 1);
  return table && { name: name.name, table: table.name, next: table.next };
}

function create(t: readonly Token[], op: Ops): void {
  let i = 1;
  if (wordsAt(t, i, 'or', 'replace')) i += 2;
  while (['global', 'local', 'temporary', 'temp', 'unlogged', 'constraint'].some((w) => wordsAt(t, i, w)))
    i++;
  const kind = t[i]?.kind === 'word' ? t[i]!.text : '';
  i++;
  if (wordsAt(t, i, 'if', 'not', 'exists')) i += 3;
  if (kind === 'table') {
    const table = readName(t, i);
    if (table) op.createdTable(table.name);
  } else if (kind === 'policy') {
    const p = nameOnTable(t, i);
    if (p) op.add(`policy ${p.name} on ${p.table}`, p.table, namesIn(t.slice(p.next)));
  } else if (kind === 'trigger') {
    const name = readName(t, i);
    if (!name) return;
    // create trigger <name> {before|after|instead of} <events> on <table> ... execute function f()
    const on = t.findIndex((token, k) => k >= name.next && token.kind === 'word' && token.text === 'on');
    const table = on === -1 ? undefined : readName(t, on + 1);
    if (!table) return;
    op.add(`trigger ${name.name} on ${table.name}`, table.name, namesIn(t.slice(table.next)));
    op.restore(`enabled trigger ${name.name} on ${table.name}`);
  } else if (kind === 'function' || kind === 'procedure') {
    const fn = readName(t, i);
    if (fn) op.restore(`function ${fn.name}`);
  } else if (kind === 'schema') {
    const schema = readName(t, i);
    if (schema) op.restore(`schema ${schema.name}`);
  }
}

/** `name [(args)] [, name [(args)]]...` at `i`. */
function nameList(t: readonly Token[], i: number): string[] {
  const names: string[] = [];
  for (let read = readName(t, i); read; read = readName(t, i)) {
    names.push(read.name);
    i = read.next;
    if (t[i]?.text === '(') i = skipParens(t, i);
    if (t[i]?.text !== ',') break;
    i++;
  }
  return names;
}

function drop(t: readonly Token[], op: Ops): void {
  const kind = t[1]?.kind === 'word' ? t[1].text : '';
  const at = wordsAt(t, 2, 'if', 'exists') ? 4 : 2;
  const cascade = t.some((token) => token.kind === 'word' && token.text === 'cascade');
  const inQueue = [...namesIn(t)].filter((n) => n.startsWith(`${JOB_SCHEMA}.`));
  for (const name of inQueue) op.forever(`job queue object ${name}`);

  if (kind === 'policy' || kind === 'trigger') {
    const p = nameOnTable(t, at);
    if (p) op.remove(`${kind} ${p.name} on ${p.table}`, p.table);
  } else if (kind === 'table') {
    for (const table of nameList(t, at)) op.droppedTable(table, cascade);
  } else if (kind === 'function' || kind === 'procedure' || kind === 'routine') {
    for (const fn of nameList(t, at)) op.droppedFunction(fn, cascade);
  } else if (kind === 'schema') {
    for (const schema of nameList(t, at)) {
      if (schema === JOB_SCHEMA) op.forever(`the job queue (schema ${JOB_SCHEMA})`);
      else op.remove(`schema ${schema}`, undefined);
    }
  }
}

function alterTable(t: readonly Token[], op: Ops): void {
  let i = 2;
  if (wordsAt(t, i, 'if', 'exists')) i += 2;
  if (wordsAt(t, i, 'only')) i++;
  const read = readName(t, i);
  if (!read) return;
  const table = read.name;
  const rls = `row level security on ${table}`;
  const forced = `forced row level security on ${table}`;
  const enabledTrigger = (name: string) => `enabled trigger ${name} on ${table}`;
  // Subcommands are comma-separated; parenthesised parts (defaults, checks) are skipped whole.
  for (i = read.next; i < t.length; i++) {
    if (t[i]!.kind === 'punct' && t[i]!.text === '(') {
      i = skipParens(t, i) - 1;
    } else if (wordsAt(t, i, 'no', 'force', 'row', 'level', 'security')) {
      op.remove(forced, table);
      i += 4;
    } else if (wordsAt(t, i, 'force', 'row', 'level', 'security')) {
      op.add(forced, table);
    } else if (wordsAt(t, i, 'enable', 'row', 'level', 'security')) {
      op.add(rls, table);
    } else if (wordsAt(t, i, 'disable', 'row', 'level', 'security')) {
      op.remove(rls, table);
    } else if (wordsAt(t, i, 'disable', 'trigger') || wordsAt(t, i, 'enable', 'replica', 'trigger')) {
      // A replica trigger does not fire in ordinary sessions: as good as disabled.
      const at = wordsAt(t, i, 'disable') ? i + 2 : i + 3;
      const name = readName(t, at);
      if (name) op.remove(enabledTrigger(name.name), table);
    } else if (wordsAt(t, i, 'enable', 'trigger') || wordsAt(t, i, 'enable', 'always', 'trigger')) {
      const at = wordsAt(t, i, 'enable', 'trigger') ? i + 2 : i + 3;
      const name = readName(t, at);
      if (!name) continue;
      const all = name.name === 'all' || name.name === 'user';
      op.restoreWhere((key) =>
        all
          ? key.startsWith('enabled trigger ') && key.endsWith(` on ${table}`)
          : key === enabledTrigger(name.name),
      );
    }
  }
}

/** `alter policy|trigger <name> on <table> rename to <new>` keeps the protection under a new name. */
function renameOn(t: readonly Token[], op: Ops): void {
  const kind = t[1]!.text;
  const p = nameOnTable(t, 2);
  if (!p || !wordsAt(t, p.next, 'rename', 'to')) return;
  const to = readName(t, p.next + 2);
  if (to) op.rename(`${kind} ${p.name} on ${p.table}`, `${kind} ${to.name} on ${p.table}`);
}
