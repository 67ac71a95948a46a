/**
 * Just enough of PostgreSQL's lexical rules to read the head of DDL statements: where a statement
 * ends, which words are keywords and what an identifier's real name is. String bodies (function
 * definitions, DO blocks) stay one token, so nothing inside them is mistaken for a statement.
 */

/** `word`: unquoted, folded to lower case as PostgreSQL does; `ident`: a quoted identifier, exact. */
export type Token = {
  kind: 'word' | 'ident' | 'string' | 'punct' | 'other';
  text: string;
  start: number;
  end: number;
};

/** One statement: its source including comments, and its tokens without them. */
export type Statement = { text: string; tokens: Token[] };

const WORD_START = /[A-Za-z_\u0080-\uffff]/;
const WORD_PART = /[A-Za-z0-9_$\u0080-\uffff]/;

function skipBlockComment(sql: string, i: number): number {
  let depth = 0;
  while (i < sql.length) {
    if (sql.startsWith('/*', i)) {
      depth++;
      i += 2;
    } else if (sql.startsWith('*/', i)) {
      depth--;
      i += 2;
      if (depth === 0) return i;
    } else i++;
  }
  return i;
}

/** End of a quoted run starting at `i` (on the quote); a doubled quote is an escaped one. */
function skipQuoted(sql: string, i: number, quote: string, backslashEscapes: boolean): number {
  i++;
  while (i < sql.length) {
    if (backslashEscapes && sql[i] === '\\') i += 2;
    else if (sql[i] === quote) {
      if (sql[i + 1] !== quote) return i + 1;
      i += 2;
    } else i++;
  }
  return i;
}

export function tokenize(sql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < sql.length) {
    const ch = sql[i]!;
    const start = i;
    if (/\s/.test(ch)) {
      i++;
    } else if (sql.startsWith('--', i)) {
      const eol = sql.indexOf('\n', i);
      i = eol === -1 ? sql.length : eol + 1;
    } else if (sql.startsWith('/*', i)) {
      i = skipBlockComment(sql, i);
    } else if (ch === "'") {
      i = skipQuoted(sql, i, "'", false);
      tokens.push({ kind: 'string', text: sql.slice(start + 1, i - 1).replaceAll("''", "'"), start, end: i });
    } else if ((ch === 'e' || ch === 'E') && sql[i + 1] === "'") {
      i = skipQuoted(sql, i + 1, "'", true);
      tokens.push({ kind: 'string', text: sql.slice(start + 2, i - 1), start, end: i });
    } else if (ch === '"') {
      i = skipQuoted(sql, i, '"', false);
      tokens.push({ kind: 'ident', text: sql.slice(start + 1, i - 1).replaceAll('""', '"'), start, end: i });
    } else if (ch === '$' && /[A-Za-z_$]/.test(sql[i + 1] ?? '')) {
      const tag = /^\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(i))?.[0];
      if (tag) {
        const close = sql.indexOf(tag, i + tag.length);
        i = close === -1 ? sql.length : close + tag.length;
        const body = sql.slice(start + tag.length, close === -1 ? sql.length : close);
        tokens.push({ kind: 'string', text: body, start, end: i });
      } else {
        i++;
        tokens.push({ kind: 'other', text: ch, start, end: i });
      }
    } else if (WORD_START.test(ch)) {
      while (i < sql.length && WORD_PART.test(sql[i]!)) i++;
      tokens.push({ kind: 'word', text: sql.slice(start, i).toLowerCase(), start, end: i });
    } else if ('.,();'.includes(ch)) {
      i++;
      tokens.push({ kind: 'punct', text: ch, start, end: i });
    } else {
      i++;
      tokens.push({ kind: 'other', text: ch, start, end: i });
    }
  }
  return tokens;
}

/** Splits SQL at top-level semicolons; a semicolon in a string, identifier or comment is text. */
export function splitStatements(sql: string): Statement[] {
  const statements: Statement[] = [];
  let from = 0;
  let tokens: Token[] = [];
  const flush = (to: number) => {
    if (tokens.length > 0) statements.push({ text: sql.slice(from, to).trim(), tokens });
    tokens = [];
    from = to + 1;
  };
  for (const token of tokenize(sql)) {
    if (token.kind === 'punct' && token.text === ';') flush(token.start);
    else tokens.push(token);
  }
  flush(sql.length);
  return statements;
}

/** A name as PostgreSQL resolves it; `public.` is the default schema and dropped. */
export function displayName(parts: readonly string[]): string {
  const shown = parts[0] === 'public' && parts.length > 1 ? parts.slice(1) : parts;
  return shown.map((p) => (/^[a-z_][a-z0-9_$]*$/.test(p) ? p : `"${p.replaceAll('"', '""')}"`)).join('.');
}

/** Reads a possibly schema-qualified name at `i`; `last` is its final part, `next` the index after it. */
export function readName(
  tokens: readonly Token[],
  i: number,
): { name: string; last: string; next: number } | undefined {
  const parts: string[] = [];
  while (tokens[i]?.kind === 'word' || tokens[i]?.kind === 'ident') {
    parts.push(tokens[i]!.text);
    i++;
    if (tokens[i]?.text !== '.' || tokens[i]?.kind !== 'punct') break;
    i++;
  }
  return parts.length > 0
    ? { name: displayName(parts), last: displayName(parts.slice(-1)), next: i }
    : undefined;
}

/** True when the words at `i` are `words` in order (keywords are never quoted). */
export function wordsAt(tokens: readonly Token[], i: number, ...words: string[]): boolean {
  return words.every((w, k) => tokens[i + k]?.kind === 'word' && tokens[i + k]?.text === w);
}

/** Index after the parenthesised group opening at `i`. */
export function skipParens(tokens: readonly Token[], i: number): number {
  let depth = 0;
  for (; i < tokens.length; i++) {
    if (tokens[i]!.kind !== 'punct') continue;
    if (tokens[i]!.text === '(') depth++;
    else if (tokens[i]!.text === ')' && --depth === 0) return i + 1;
  }
  return i;
}

/** Every name that occurs in the tokens, qualified and unqualified: what an expression refers to. */
export function namesIn(tokens: readonly Token[]): Set<string> {
  const names = new Set<string>();
  for (let i = 0; i < tokens.length; ) {
    const read = readName(tokens, i);
    if (!read) {
      i++;
      continue;
    }
    names.add(read.name);
    names.add(read.last);
    i = read.next;
  }
  return names;
}
