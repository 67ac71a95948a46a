import { unwrapResolverError } from '@apollo/server/errors';
import { DriverException, UniqueConstraintViolationException } from '@mikro-orm/core';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError, TooManyRequestsError } from '../kernel/errors.js';
import { hideLimitDetails } from './limits.js';

/** Apollo and graphql-js codes that already describe the client's mistake; they pass through. */
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

export type FormatOptions = {
  onUnexpected: (error: unknown) => void;
  /** Production hides schema hints ("Did you mean …?") and the values of abuse limits. */
  isProduction?: boolean;
};

/**
 * The one place thrown errors become what clients see (STYLE rule 5): domain errors keep their
 * code, domain code, message key and field (validation failures arrive as BadInputError from validateArgs); anything unexpected is reported through `onUnexpected` and returned as INTERNAL with no
 * internals. Stack traces never leave the server.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  opts: FormatOptions,
): GraphQLFormattedError {
  const unwrapped = unwrapResolverError(error);
  // Errors raised before execution (the input gate) carry their domain error without a path.
  const original =
    unwrapped instanceof GraphQLError && unwrapped.originalError instanceof DomainError
      ? unwrapped.originalError
      : unwrapped;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof DomainError) {
    return {
      ...base,
      message: original.message,
      extensions: {
        code: original.code,
        domainCode: original.domainCode,
        messageKey: original.messageKey,
        ...(original.field !== undefined && { field: original.field }),
        ...(original instanceof TooManyRequestsError && { retryAfterSeconds: original.retryAfterSeconds }),
      },
    };
  }
  if (original instanceof UniqueConstraintViolationException) {
    return {
      ...base,
      message: 'Duplicate record',
      extensions: { code: 'CONFLICT', domainCode: 'DUPLICATE', messageKey: 'error.DUPLICATE' },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_CODES.has(code) && !(original instanceof DriverException)) {
    const field = code === 'BAD_USER_INPUT' ? variableField(formatted.message) : undefined;
    const message = opts.isProduction
      ? hideLimitDetails(withoutSuggestions(base.message), true)
      : base.message;
    return { ...base, message, extensions: { code, ...(field && { field }) } };
  }
  // A GraphQLError raised by graphql-js itself during execution (e.g. a non-null field that
  // resolved to null) has no code; it is still a server-side fault.
  opts.onUnexpected(original instanceof GraphQLError ? (original.originalError ?? original) : original);
  return {
    ...base,
    message: 'Internal server error',
    extensions: { code: 'INTERNAL', messageKey: 'error.INTERNAL' },
  };
}

/**
 * graphql-js names the failing place of a variable in its message: `at "input.grossArea"`, or
 * `Field "code" of required type ...` inside `Variable "$input"`. Clients get it as `field`.
 */
function variableField(message: string): string | undefined {
  const at = /at "([^"]+)"/.exec(message);
  if (at) return at[1];
  const variable = /^Variable "\$(\w+)"/.exec(message)?.[1];
  const missing = /Field "(\w+)" of required type/.exec(message)?.[1];
  if (variable && missing) return `${variable}.${missing}`;
  return variable;
}

/** graphql-js suggests similar names ("Did you mean …?"), which maps the schema for a prober. */
function withoutSuggestions(message: string): string {
  return message.replace(/ Did you mean .*\?$/, '');
}
