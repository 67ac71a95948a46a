import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  type GraphQLError,
  NoSchemaIntrospectionCustomRule,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/**
 * Abuse limits (SPEC §4), the same over HTTP and WebSocket. Sized for the apps' largest real
 * operations with room to spare; a request over any limit is refused before a resolver runs.
 */
export const LIMITS = {
  /** Lexical tokens in one document (parser option, checked while parsing). */
  maxTokens: 3000,
  maxDepth: 10,
  maxAliases: 20,
  maxDirectives: 20,
  /** graphql-armor's cost (objects 2, scalars 1, ×1.5 a level): the dispatch board is ~6,500. */
  maxCost: 10_000,
  /** Operations one WebSocket may have running at once (the apps use a handful). */
  maxOperationsPerSocket: 32,
} as const;

/** The message production clients get instead of one naming the limit. */
export const LIMIT_MESSAGE = 'Query is too large or complex';

export function limitRules(opts: { isProduction: boolean }): ValidationRule[] {
  const common = {
    exposeLimits: !opts.isProduction,
    errorMessage: LIMIT_MESSAGE,
    // Report like any validation rule (400, GRAPHQL_VALIDATION_FAILED) instead of throwing out of
    // validate(), which Apollo would turn into a 500 and graphql-ws into a closed socket.
    propagateOnRejection: false,
    onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
  };
  const rules: ValidationRule[] = [
    maxDepthRule({ ...common, n: LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true }),
    maxAliasesRule({ ...common, n: LIMITS.maxAliases }),
    maxDirectivesRule({ ...common, n: LIMITS.maxDirectives }),
    costLimitRule({ ...common, maxCost: LIMITS.maxCost, ignoreIntrospection: true }),
  ] as ValidationRule[];
  if (opts.isProduction) rules.push(NoSchemaIntrospectionCustomRule);
  return rules;
}

/** graphql-js names its token limit in the message; production says less. */
export function hideLimitDetails(message: string, isProduction: boolean): string {
  return isProduction && /\d+ tokens\. Parsing aborted|Token limit/i.test(message)
    ? `Syntax Error: ${LIMIT_MESSAGE}`
    : message;
}
