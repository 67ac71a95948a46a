import type { ApolloServerPlugin } from '@apollo/server';
import { DomainError } from '../kernel/errors.js';
import { isPublicOperation, type Requirement } from './authorize.js';
import type { RequestContext } from './context.js';
import { checkInputText, inputGateError } from './input-gate.js';

type ErrorLike = {
  path?: readonly (string | number)[];
  extensions?: { code?: unknown };
  originalError?: unknown;
};
/**
 * The path and code of each error, for the audit and for ending a subscription. Raw errors
 * (graphql-ws) carry the domain error they wrap; formatted ones (Apollo) carry its code already.
 */
export const errorSummaries = (errors: readonly ErrorLike[] | undefined) =>
  (errors ?? []).map((e) => ({
    path: e.path,
    code:
      e.originalError instanceof DomainError
        ? e.originalError.code
        : typeof e.extensions?.code === 'string'
          ? e.extensions.code
          : 'INTERNAL',
  }));

/**
 * One transaction per operation over HTTP: opened once the operation is parsed and validated
 * (so refused documents never touch the database), closed before the response is sent. A
 * failed commit replaces the response with INTERNAL, so a client never sees a success that did
 * not happen.
 */
export function requestTransactionPlugin(
  requirements: Map<string, Requirement>,
): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, document, request }) {
          const refused = checkInputText(document, request.variables);
          if (refused) throw inputGateError(refused);
          if (operation)
            await contextValue.open(operation.operation, {
              publicOnly: isPublicOperation(operation, requirements),
            });
        },
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          try {
            await contextValue.close(errorSummaries(result.errors));
          } catch (err) {
            contextValue.logger.error({ err }, 'could not finish the request transaction');
            await contextValue.abort();
            result.data = null;
            result.errors = [
              {
                message: 'Internal server error',
                extensions: { code: 'INTERNAL', requestId: contextValue.requestId },
              },
            ];
          }
        },
      };
    },
  };
}
