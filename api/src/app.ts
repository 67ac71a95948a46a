import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { MikroORM } from '@mikro-orm/postgresql';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import type { Config } from './config/env.js';
import { buildSchema } from './graphql/build-schema.js';
import { type AppServices, RequestContext } from './graphql/context.js';
import { apolloFormatError, clientErrors, errorReportingPlugin } from './graphql/error-reporting.js';
import { createTopicPubSub } from './graphql/pubsub.js';
import { graphqlHandler } from './http/graphql-handler.js';
import { healthHandlers } from './http/health.js';

export type App = {
  server: Server;
  services: AppServices;
  /** http://host:port of the listening server. */
  url: string;
  /** Stops taking requests, drains in-flight ones and closes subscriptions; leaves the ORM open. */
  close(): Promise<void>;
};

/**
 * Wires one HTTP server: GraphQL over HTTP and graphql-ws on `/graphql`, `/healthz`, `/readyz`.
 * The caller owns the ORM (and the database behind it).
 */
export async function createApp(opts: {
  config: Pick<Config, 'host' | 'port' | 'isProduction'>;
  orm: MikroORM;
  logger: Logger;
}): Promise<App> {
  const { orm, logger } = opts;
  const pubsub = createTopicPubSub();
  const services: AppServices = { orm, pubsub, logger };
  const schema = await buildSchema(pubsub);
  let accepting = false;

  const server = createServer();
  const wss = new WebSocketServer({ server, path: '/graphql' });
  const wsServer = useServer<Record<string, unknown>, { requestContext?: RequestContext }>(
    {
      schema,
      context: (ctx) => {
        // One context per operation; subscription events refresh it (see RequestContext).
        const requestContext = new RequestContext(services);
        ctx.extra.requestContext = requestContext;
        return requestContext;
      },
      onNext: (ctx, _id, _payload, _args, result) =>
        result.errors
          ? {
              ...result,
              errors: clientErrors(result.errors, ctx.extra.requestContext?.requestId ?? '-', logger),
            }
          : undefined,
      onError: (_ctx, _id, _payload, errors) => clientErrors(errors, '-', logger),
    },
    wss,
  );

  const apollo = new ApolloServer<RequestContext>({
    schema,
    formatError: apolloFormatError,
    includeStacktraceInErrorResponses: false,
    // main.ts owns signals: it drains, then closes the pool and the database, in that order.
    stopOnTerminationSignals: false,
    plugins: [
      errorReportingPlugin(logger),
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsServer.dispose();
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  const handleGraphql = graphqlHandler(apollo, services);
  const health = healthHandlers(orm, () => accepting);
  server.on('request', (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route =
      url.pathname === '/graphql'
        ? handleGraphql(req, res, url)
        : url.pathname === '/healthz'
          ? health.live(res)
          : url.pathname === '/readyz'
            ? health.ready(res)
            : Promise.resolve(notFound(res));
    route.catch((err: unknown) => {
      logger.error({ err, url: req.url }, 'request failed');
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL' } }] }),
      );
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.config.port, opts.config.host, () => resolve());
  });
  accepting = true;
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    server,
    services,
    url: `http://${host}:${address.port}`,
    async close() {
      accepting = false;
      await apollo.stop(); // drains HTTP (in-flight requests finish) and closes WebSockets
      wss.close();
    },
  };
}

function notFound(res: import('node:http').ServerResponse) {
  res.writeHead(404, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ error: 'Not found. GraphQL is served at /graphql.' }));
}
