/** One row of an audit entry's before/after table. */
export type DiffRow = { field: string; before: unknown; after: unknown };

/** Fields the platform keeps on every write, not what an operator changed. */
const BOOKKEEPING = new Set(['id', 'version', 'createdAt', 'updatedAt']);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The fields an entry changed, in the order the record lists them: for an edit those whose value
 * differs, for a creation (no before) every field after, for a removal every field before.
 */
export function auditDiff(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
): DiffRow[] {
  const fields = [...new Set([...Object.keys(after ?? {}), ...Object.keys(before ?? {})])];
  return fields
    .filter((f) => !BOOKKEEPING.has(f) && !f.endsWith('Id'))
    .filter((f) => !before || !after || !same(before[f], after[f]))
    .map((field) => ({ field, before: before?.[field], after: after?.[field] }));
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * A recorded value as text: times in the park's zone, lists joined, records by their name,
 * yes/no in words; nothing for absent.
 */
export function auditValue(
  value: unknown,
  words: { yes: string; no: string; time: (iso: string) => string },
): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'string') return ISO_TIME.test(value) ? words.time(value) : value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((v) => auditValue(v, words)).join('、');
  const record = value as Record<string, unknown>;
  for (const key of ['name', 'displayName', 'title', 'code'])
    if (typeof record[key] === 'string') return record[key] as string;
  return Object.entries(record)
    .filter(([k]) => k !== 'id' && k !== '__typename')
    .map(([k, v]) => `${k}: ${auditValue(v, words)}`)
    .join('；');
}
