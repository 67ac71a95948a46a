import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import {
  createSourceEventStream,
  type ExecutionArgs,
  type ExecutionResult,
  execute,
  GraphQLError,
  type GraphQLSchema,
  getOperationAST,
  type OperationDefinitionNode,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import type { WebSocketServer } from 'ws';
import { clientIp } from '../http/client-ip.js';
import { DomainError, TooManyRequestsError } from '../kernel/errors.js';
import type { Requirement } from './authorize.js';
import { authorize, isPublicOperation } from './authorize.js';
import { type AppServices, type Caller, RequestContext } from './context.js';
import { clientErrors } from './error-reporting.js';
import { checkInputText, inputGateError } from './input-gate.js';
import { hideLimitDetails, LIMITS, limitRules } from './limits.js';
import { errorSummaries } from './request-lifecycle.js';

type Extra = { request: IncomingMessage; caller?: Caller };

const rootFields = (op: OperationDefinitionNode) =>
  op.selectionSet.selections.flatMap((s) => (s.kind === 'Field' ? [s.name.value] : []));

/**
 * graphql-ws on the HTTP server's `/graphql`, with the rules of HTTP: a credential in
 * `connection_init` (`{ authorization: 'Bearer …' | 'Device …' | 'ApiKey …' }`), the same
 * parser and validation limits, one transaction per operation, and for subscriptions a fresh
 * context and transaction per event in which the database re-checks the credential and the
 * field re-checks its permission. A subscription ends when its caller loses access.
 */
export function createWsServer(opts: {
  schema: GraphQLSchema;
  services: AppServices;
  wss: WebSocketServer;
  requirements: Map<string, Requirement>;
  isProduction: boolean;
  trustProxy: boolean;
  logger: Logger;
}) {
  const { schema, services, requirements, logger } = opts;
  const rules = [...specifiedRules, ...limitRules({ isProduction: opts.isProduction })];

  const runOperation = async (args: ExecutionArgs, op: OperationDefinitionNode) => {
    const ctx = args.contextValue as RequestContext;
    await ctx.open(op.operation === 'mutation' ? 'mutation' : 'query', {
      publicOnly: isPublicOperation(op, requirements),
    });
    let result: ExecutionResult;
    try {
      result = await execute(args);
    } catch (err) {
      await ctx.abort();
      throw err;
    }
    await ctx.close(errorSummaries(result.errors));
    return result;
  };

  async function* events(stream: AsyncIterable<unknown>, args: ExecutionArgs, first: RequestContext) {
    try {
      for await (const payload of stream) {
        const ctx = first.renew();
        const result = await runEvent(ctx, args, payload);
        yield result;
        const lostAccess = errorSummaries(result.errors).some(
          (e) => e.code === 'UNAUTHENTICATED' || e.code === 'FORBIDDEN',
        );
        if (lostAccess) return;
      }
    } finally {
      await (stream as AsyncGenerator).return?.(undefined);
    }
  }

  async function runEvent(
    ctx: RequestContext,
    args: ExecutionArgs,
    payload: unknown,
  ): Promise<ExecutionResult> {
    await ctx.open('subscription');
    try {
      const result = await execute({ ...args, rootValue: payload, contextValue: ctx });
      await ctx.close(errorSummaries(result.errors));
      return result;
    } catch (err) {
      await ctx.abort();
      throw err;
    }
  }

  return useServer<Record<string, unknown> | undefined, Extra>(
    {
      schema,
      onConnect: async (ctx) => {
        const params = ctx.connectionParams ?? {};
        const value = params.authorization ?? params.Authorization;
        const request = ctx.extra.request;
        const caller = await services.auth.readCaller(
          typeof value === 'string' ? value : undefined,
          clientIp(request, opts.trustProxy),
          request.headers['user-agent'],
        );
        // Nothing is readable without a credential; a refused one closes with 4403. The database
        // confirms it now (session, device or key still valid), and again at every operation.
        if (!caller.credential) return false;
        const probe = new RequestContext(services, caller);
        await probe.open('query');
        const accepted = probe.actor.kind !== 'anonymous';
        await probe.close([]);
        if (!accepted) return false;
        ctx.extra.caller = caller;
        return true;
      },
      onSubscribe: (ctx, _id, payload) => {
        // The one just received is counted: graphql-ws registers it before asking.
        if (Object.keys(ctx.subscriptions).length > LIMITS.maxOperationsPerSocket) {
          const error = new TooManyRequestsError(
            `At most ${LIMITS.maxOperationsPerSocket} operations at once on one connection`,
            'TOO_MANY_SUBSCRIPTIONS',
            1,
          );
          return [new GraphQLError(error.message, { originalError: error })];
        }
        let document: ReturnType<typeof parse>;
        try {
          document = parse(payload.query, { maxTokens: LIMITS.maxTokens });
        } catch (err) {
          const e = err as GraphQLError;
          return [
            new GraphQLError(hideLimitDetails(e.message, opts.isProduction), {
              extensions: { code: 'GRAPHQL_PARSE_FAILED' },
            }),
          ];
        }
        const errors = validate(schema, document, rules);
        if (errors.length > 0)
          return errors.map(
            (e) =>
              new GraphQLError(e.message, {
                nodes: e.nodes,
                extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
              }),
          );
        if (!getOperationAST(document, payload.operationName))
          return [
            new GraphQLError('Unable to identify the operation', { extensions: { code: 'BAD_REQUEST' } }),
          ];
        const refused = checkInputText(document, payload.variables);
        if (refused) return [inputGateError(refused)];
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: new RequestContext(services, ctx.extra.caller!, randomUUID()),
        };
      },
      execute: (args) => {
        const op = getOperationAST(args.document, args.operationName)!;
        return runOperation(args, op);
      },
      subscribe: async (args) => {
        const ctx = args.contextValue as RequestContext;
        const op = getOperationAST(args.document, args.operationName)!;
        const fields = rootFields(op);
        await ctx.open('subscription');
        try {
          // type-graphql checks permissions when a subscription field resolves (every event);
          // this checks them once more before anything is subscribed.
          for (const field of fields) authorize(ctx, requirements.get(`Subscription.${field}`)!, field);
          const stream = await createSourceEventStream(args);
          await ctx.close([]);
          return Symbol.asyncIterator in stream ? events(stream, args, ctx) : stream;
        } catch (err) {
          if (!(err instanceof DomainError)) {
            await ctx.abort();
            throw err;
          }
          await ctx.close([{ code: err.code }]);
          return {
            errors: [new GraphQLError(err.message, { originalError: err, path: fields.slice(0, 1) })],
          };
        }
      },
      onNext: (_ctx, _id, _payload, args, result) => {
        if (!result.errors) return undefined;
        const requestId = (args.contextValue as RequestContext).requestId;
        return { ...result, errors: clientErrors(result.errors, requestId, logger, opts.isProduction) };
      },
      onError: (_ctx, _id, _payload, errors) => clientErrors(errors, '-', logger, opts.isProduction),
    },
    opts.wss,
  );
}
