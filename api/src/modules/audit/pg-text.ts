/** NUL and UTF-16 surrogates that are not part of a pair: what PostgreSQL text and jsonb refuse. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * `value` as PostgreSQL can store it in a column of `max` characters: unstorable characters
 * become U+FFFD and the rest is clipped (never inside a surrogate pair). For records of what a
 * caller sent (the audit log), where refusing to write would lose the record itself.
 */
export function pgText(value: string | null | undefined, max: number): string | null {
  if (value === null || value === undefined) return null;
  const chars = Array.from(value.replace(UNSTORABLE, '\uFFFD'));
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}
