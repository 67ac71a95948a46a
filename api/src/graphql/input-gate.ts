import { type ASTNode, BREAK, type DocumentNode, GraphQLError, Kind, visit } from 'graphql';
import { BadInputError } from '../kernel/errors.js';

/**
 * Characters no input may carry: NUL and the other C0 controls but tab, line feed and carriage
 * return (PostgreSQL text refuses NUL; the rest break exports and terminals), UTF-16 surrogates
 * that are not part of a pair (no UTF-8 form; jsonb refuses them) and the noncharacters
 * U+FFFE/U+FFFF.
 */
const FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Longest string any argument may carry; fields allow less (their column's size). */
export const MAX_INPUT_STRING = 20_000;

function refuse(field: string, value: string): BadInputError | undefined {
  if (value.length > MAX_INPUT_STRING)
    return new BadInputError(field, `${field}: at most ${MAX_INPUT_STRING} characters`, 'INPUT_TOO_LONG');
  if (FORBIDDEN.test(value))
    return new BadInputError(
      field,
      `${field}: contains a control character or broken Unicode that cannot be stored`,
      'INVALID_CHARACTERS',
    );
  return undefined;
}

/** Walks a JSON value (variables, or JSON an argument carries) without recursion, so no nesting depth can overflow the stack. */
export function checkValue(root: unknown, rootPath: string): BadInputError | undefined {
  const stack: [unknown, string][] = [[root, rootPath]];
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (typeof value === 'string') {
      const bad = refuse(path, value);
      if (bad) return bad;
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => {
        stack.push([v, `${path}.${i}`]);
      });
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        const bad = refuse(path, k);
        if (bad) return bad;
        stack.push([v, `${path}.${k}`]);
      }
    }
  }
  return undefined;
}

/** `field.argument.key` of a literal, from the nodes above it. */
function literalPath(ancestors: readonly (ASTNode | readonly ASTNode[])[]): string {
  const names: string[] = [];
  for (const a of ancestors) {
    if (Array.isArray(a) || !('kind' in a)) continue;
    const node = a as ASTNode;
    if (node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD) names.push(node.name.value);
  }
  return names.join('.');
}

/**
 * The one input gate (SPEC §4): every string an operation carries, in its variables or written
 * into the document, is checked once before any resolver runs or any transaction opens. Returns
 * the first refusal (BAD_USER_INPUT naming the variable or argument), or undefined.
 */
export function checkInputText(
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>> | null | undefined,
): BadInputError | undefined {
  for (const [name, value] of Object.entries(variables ?? {})) {
    const bad = checkValue(value, name);
    if (bad) return bad;
  }
  // Apollo hands the same parsed document to every request that sends the same text: its
  // literals need checking once.
  if (cleanDocuments.has(document)) return undefined;
  let found: BadInputError | undefined;
  visit(document, {
    StringValue(node, _key, parent, _path, ancestors) {
      found ??= refuse(literalPath(parent ? [...ancestors, parent] : ancestors), node.value);
      return found ? BREAK : undefined;
    },
  });
  if (!found) cleanDocuments.add(document);
  return found;
}

/** Documents whose string literals passed the gate (literals cannot change: documents are immutable). */
const cleanDocuments = new WeakSet<DocumentNode>();

/** The gate's refusal as a request error (HTTP 400), before anything executes. */
export function inputGateError(error: BadInputError): GraphQLError {
  return new GraphQLError(error.message, {
    originalError: error,
    extensions: { code: error.code, http: { status: 400 } },
  });
}
