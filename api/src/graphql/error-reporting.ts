import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import type { RequestContext } from './context.js';
import { formatError } from './format-error.js';

/**
 * Formats errors for clients and logs unexpected ones with the request id, which INTERNAL errors
 * carry back to the client so support can find the log line. Used for graphql-ws; HTTP goes
 * through Apollo's `formatError` plus `errorReportingPlugin`, with the same result.
 */
export function clientErrors(
  errors: readonly GraphQLError[],
  requestId: string,
  logger: Logger,
  isProduction: boolean,
): GraphQLFormattedError[] {
  return errors.map((error) => {
    const formatted = formatError(error.toJSON(), error, {
      isProduction,
      onUnexpected: (err) => logger.error({ err, requestId, path: error.path }, 'unexpected error'),
    });
    return withRequestId(formatted, requestId);
  });
}

function withRequestId(formatted: GraphQLFormattedError, requestId: string): GraphQLFormattedError {
  return formatted.extensions?.code === 'INTERNAL'
    ? { ...formatted, extensions: { ...formatted.extensions, requestId } }
    : formatted;
}

/** Logs unexpected errors of HTTP operations with their request id and adds the id to INTERNAL errors. */
export function errorReportingPlugin(logger: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            formatError(error.toJSON(), error, {
              isProduction: false,
              onUnexpected: (err) =>
                logger.error(
                  { err, requestId: contextValue.requestId, path: error.path },
                  'unexpected error',
                ),
            });
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          response.body.singleResult.errors = response.body.singleResult.errors.map((e) =>
            withRequestId(e, contextValue.requestId),
          );
        },
      };
    },
  };
}

/** Apollo's `formatError` option: shapes only; logging happens in the plugin above. */
export const apolloFormatError =
  (isProduction: boolean) => (formatted: GraphQLFormattedError, error: unknown) =>
    formatError(formatted, error, { isProduction, onUnexpected: () => undefined });
