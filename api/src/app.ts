import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import { type Config, repoRoot } from './config/env.js';
import { rootRequirements } from './graphql/authorize.js';
import { buildSchema } from './graphql/build-schema.js';
import { type AppServices, RequestContext } from './graphql/context.js';
import { useCursorSecret } from './graphql/cursor.js';
import { apolloFormatError, errorReportingPlugin } from './graphql/error-reporting.js';
import { LIMITS, limitRules } from './graphql/limits.js';
import { createTopicPubSub } from './graphql/pubsub.js';
import { requestTransactionPlugin } from './graphql/request-lifecycle.js';
import { createWsServer } from './graphql/ws-server.js';
import { graphqlHandler, MAX_BODY_BYTES } from './http/graphql-handler.js';
import { healthHandlers } from './http/health.js';
import { requestTarget } from './http/request-target.js';
import { COMMON_HEADERS, setHeaders } from './http/security-headers.js';
import { staticApps } from './http/static-apps.js';
import { JOB_HANDLERS } from './jobs/tasks.js';
import { type JobWorker, startJobWorker } from './jobs/worker.js';
import { type Clock, systemClock } from './kernel/clock.js';
import { fileHandler } from './modules/attachment/attachment.service.js';
import { type FileStore, LocalFileStore, UrlSigner } from './modules/attachment/file-store.js';
import { AuthServices, type AuthSettings } from './modules/auth/auth-services.js';
import { dataExchangeHandler } from './modules/data-exchange/data-exchange.http.js';
import { brokerStoreLocked, type IotRuntime, type MqttSettings, startIot } from './modules/iot/index.js';
import { ACCESS, featureServices, HTTP_ROUTES, TELEMETRY_HANDLERS } from './modules/registry.js';

/** How long an idle HTTP connection stays open. */
const KEEP_ALIVE_MS = 65_000;

export type App = {
  server: Server;
  services: AppServices;
  /** http://host:port of the listening server. */
  url: string;
  /** Where devices connect (the embedded broker or MQTT_URL), when devices are enabled. */
  mqttUrl: string | undefined;
  /** Stops taking requests, drains in-flight ones and closes subscriptions; leaves the ORM open. */
  close(): Promise<void>;
};

/**
 * Wires one HTTP server: GraphQL over HTTP and graphql-ws on `/graphql`, `/healthz`, `/readyz`.
 * The caller owns the ORM (and the database behind it).
 */
export async function createApp(opts: {
  config: Pick<Config, 'host' | 'port' | 'isProduction' | 'trustProxy'> & {
    serveApps?: boolean;
    publicUrl?: string | undefined;
  };
  auth: AuthSettings;
  orm: MikroORM;
  logger: Logger;
  clock?: Clock;
  /** Runs the job queue's due jobs (SLA timers, schedules) in this process, connecting here. */
  jobs?: { connectionString: string; pollIntervalMs?: number };
  /** Attachments: where they are stored (a folder, or a store) and the largest accepted, in bytes. */
  files: { maxBytes: number } & ({ dir: string } | { store: FileStore });
  /** Devices over MQTT: the embedded broker (or an external one) and the telemetry consumer. */
  mqtt?: MqttSettings;
}): Promise<App> {
  const { orm, logger, config } = opts;
  const pubsub = createTopicPubSub();
  useCursorSecret(opts.auth.jwtSecret);
  const auth = new AuthServices(orm, logger, opts.auth, opts.clock ?? systemClock);
  const files = {
    store: 'store' in opts.files ? opts.files.store : new LocalFileStore(opts.files.dir),
    signer: new UrlSigner(opts.auth.jwtSecret),
    maxBytes: opts.files.maxBytes,
  };
  const services: AppServices = {
    orm,
    pubsub,
    logger,
    auth,
    clock: opts.clock ?? systemClock,
    files,
    origin: { url: config.publicUrl ?? '' },
    ...featureServices(),
  };
  const schema = await buildSchema(pubsub);
  const requirements = rootRequirements(schema, ACCESS);
  let accepting = false;

  const server = createServer();
  // Idle keep-alive connections outlive the reverse proxy's and the client's own idle timers
  // (nginx and load balancers keep upstream connections 60 s): with Node's 5 s, a request sent on
  // a connection the server is closing at that moment fails with ECONNRESET.
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  const wss = new WebSocketServer({ server, path: '/graphql', maxPayload: MAX_BODY_BYTES });
  const wsServer = createWsServer({
    schema,
    services,
    wss,
    requirements,
    isProduction: config.isProduction,
    trustProxy: config.trustProxy,
    logger,
  });

  const apollo = new ApolloServer<RequestContext>({
    schema,
    formatError: apolloFormatError(config.isProduction),
    includeStacktraceInErrorResponses: false,
    introspection: !config.isProduction,
    hideSchemaDetailsFromClientErrors: config.isProduction,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    validationRules: limitRules({ isProduction: config.isProduction }),
    // One operation per request; the apps never batch, and batching multiplies every limit.
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // main.ts owns signals: it drains, then closes the pool and the database, in that order.
    stopOnTerminationSignals: false,
    plugins: [
      // No HTTP caching of GraphQL responses (every answer depends on the caller); the default
      // cache-control plugin would otherwise wrap every field resolver to compute hints.
      ApolloServerPluginCacheControlDisabled(),
      requestTransactionPlugin(requirements),
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

  const handleGraphql = graphqlHandler(apollo, services, config.trustProxy);
  const health = healthHandlers(orm, () => accepting);
  const handleFiles = fileHandler(services);
  const handleExchange = dataExchangeHandler(services, config.trustProxy);
  const routes = HTTP_ROUTES.map(
    ([prefix, make]) =>
      [
        prefix,
        make({ context: (ip) => new RequestContext(services, { ip }), trustProxy: config.trustProxy }),
      ] as const,
  );
  const apps = config.serveApps ? staticApps(repoRoot) : undefined;
  const other = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const route = routes.find(([prefix]) => url.pathname.startsWith(prefix));
    if (route) return route[1](req, res, url);
    if (!(apps && (await apps(req, res, url)))) notFound(res);
  };
  server.on('request', (req, res) => {
    setHeaders(res, COMMON_HEADERS);
    const url = requestTarget(req.url);
    if (!url) return badRequest(res);
    const route =
      url.pathname === '/graphql'
        ? handleGraphql(req, res, url)
        : url.pathname === '/healthz'
          ? health.live(res)
          : url.pathname === '/readyz'
            ? health.ready(res)
            : url.pathname.startsWith('/files/')
              ? handleFiles(req, res, url)
              : url.pathname.startsWith('/exports/') || url.pathname.startsWith('/imports/')
                ? handleExchange(req, res, url)
                : other(req, res, url);
    route.catch((err: unknown) => {
      logger.error({ err, url: req.url }, 'request failed');
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL' } }] }),
      );
    });
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(opts.config.port, opts.config.host, () => resolve());
    });
  } catch (err) {
    // The port is taken (EADDRINUSE) or refused: undo what started, so the caller can exit cleanly.
    await apollo.stop();
    wss.close();
    throw err;
  }
  if (!services.origin.url) {
    const a = server.address() as AddressInfo;
    const wildcard = a.address === '0.0.0.0' || a.address === '::';
    const h = wildcard ? '127.0.0.1' : a.family === 'IPv6' ? `[${a.address}]` : a.address;
    services.origin.url = `http://${h}:${a.port}`;
  }
  const worker: JobWorker | undefined = opts.jobs
    ? await startJobWorker({ services, handlers: JOB_HANDLERS, ...opts.jobs })
    : undefined;
  let iot: IotRuntime | undefined;
  try {
    iot = opts.mqtt ? await startIot(services, opts.mqtt, TELEMETRY_HANDLERS) : undefined;
  } catch (err) {
    if (brokerStoreLocked(err)) {
      // A second API on the same data folder (the embedded database is shared the same way): one
      // broker and one consumer per folder, so this one serves GraphQL and the jobs without them.
      logger.warn(
        'another API process runs the embedded MQTT broker of this data folder; this one does not run it or ingest device messages',
      );
    } else {
      await worker?.stop();
      await apollo.stop();
      wss.close();
      throw err;
    }
  }
  accepting = true;
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    server,
    services,
    url: `http://${host}:${address.port}`,
    mqttUrl: iot?.url,
    async close() {
      accepting = false;
      await iot?.stop(); // what arrived is written and acknowledged; sessions stay with the broker
      await worker?.stop(); // a running job finishes; pending ones stay in the queue
      await apollo.stop(); // drains HTTP (in-flight requests finish) and closes WebSockets
      wss.close();
    },
  };
}

function badRequest(res: ServerResponse) {
  res.writeHead(400, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ error: 'Bad request target.' }));
}

function notFound(res: ServerResponse) {
  res.writeHead(404, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ error: 'Not found. GraphQL is served at /graphql.' }));
}
