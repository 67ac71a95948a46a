import type { GraphQLFormattedError } from 'graphql';

/** The codes the API puts in `extensions.code` (README "Errors"). */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type ApiError = {
  code: ErrorCode | 'NETWORK';
  domainCode: string | undefined;
  field: string | undefined;
  /** Seconds to wait, for TOO_MANY_REQUESTS. */
  retryAfterSeconds: number | undefined;
  /** The i18n key to show: specific (`error.BAD_CREDENTIALS`) when the app knows it, else by code. */
  messageKey: string;
};

type ErrorLike = {
  graphQLErrors?: readonly GraphQLFormattedError[];
  errors?: readonly GraphQLFormattedError[];
  networkError?: unknown;
};

/**
 * What went wrong, by code, never by message text (STYLE rule 5). `known` lists the domain codes
 * the app has translations for; others fall back to the general message of their code.
 */
export function toApiError(error: unknown, known: ReadonlySet<string> = new Set()): ApiError {
  const e = error as ErrorLike;
  const first = (e.graphQLErrors ?? e.errors)?.[0];
  if (!first) {
    return {
      code: 'NETWORK',
      domainCode: undefined,
      field: undefined,
      retryAfterSeconds: undefined,
      messageKey: 'error.NETWORK',
    };
  }
  const ext = (first.extensions ?? {}) as Record<string, unknown>;
  const raw = typeof ext.code === 'string' ? ext.code : 'INTERNAL';
  const code = (ERROR_CODES as readonly string[]).includes(raw) ? (raw as ErrorCode) : 'BAD_USER_INPUT';
  const domainCode = typeof ext.domainCode === 'string' ? ext.domainCode : undefined;
  return {
    code,
    domainCode,
    field: typeof ext.field === 'string' ? ext.field : undefined,
    retryAfterSeconds: typeof ext.retryAfterSeconds === 'number' ? ext.retryAfterSeconds : undefined,
    messageKey: domainCode && known.has(domainCode) ? `error.${domainCode}` : `error.${code}`,
  };
}

const FIELD_CODES: ReadonlySet<string> = new Set(['BAD_USER_INPUT', 'CONFLICT', 'NOT_FOUND']);

/**
 * The form field an API error belongs to, relative to the mutation's input argument: a
 * BAD_USER_INPUT, CONFLICT or NOT_FOUND naming `input.grossArea` is the form's `grossArea`, and
 * `input.contacts.0.phone` its `contacts.0.phone`. Undefined when the error names no field of
 * that argument (a NOT_FOUND on `id`, a network failure): the form shows it as a message instead.
 */
export function formFieldOf(error: ApiError, argument = 'input'): string | undefined {
  if (!error.field || !FIELD_CODES.has(error.code)) return undefined;
  const prefix = `${argument}.`;
  return error.field.startsWith(prefix) ? error.field.slice(prefix.length) : undefined;
}
