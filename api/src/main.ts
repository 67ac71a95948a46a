import 'reflect-metadata';
import { createApp } from './app.js';
import { prepareDataDir } from './config/data-dir.js';
import { ConfigError, loadConfig } from './config/env.js';
import { openDatabase } from './db/database.js';
import { EmbeddedPostgresError } from './db/embedded-postgres-error.js';
import { createOrm } from './db/orm.js';
import { prepareDatabase } from './db/prepare.js';
import { DEMO_LOGINS, DEMO_PASSWORD } from './db/seeders/demo-users.js';
import { portInUse, portInUseMessage } from './http/port-free.js';
import { APPS } from './http/static-apps.js';
import { createLogger } from './logger.js';
import { S3FileStore } from './modules/attachment/s3-file-store.js';
import { resolveJwtSecret } from './modules/auth/jwt-secret.js';

/** Boot: config → database → migrations → seed → HTTP + WebSocket. */
const bootStarted = performance.now();
let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
const logger = createLogger(config);
// A second start on a busy port says so before it touches the database the first one uses.
await prepareDataDir(config.dataDir);
if (await portInUse(config.host, config.port)) {
  console.error(portInUseMessage(config.host, config.port));
  process.exit(1);
}
let db: Awaited<ReturnType<typeof openDatabase>>;
try {
  db = await openDatabase(config, logger);
} catch (err) {
  if (!(err instanceof EmbeddedPostgresError)) throw err;
  console.error(err.message);
  process.exit(1);
}
let appUrl: string;
try {
  appUrl = await prepareDatabase({
    ownerUrl: db.url,
    appUrl: config.databaseAppUrl,
    appPassword: config.dbAppPassword,
    seedDemo: config.seedDemo,
    admin: { login: config.adminLogin, password: config.adminPassword },
    logger,
  });
} catch (err) {
  await db.embedded?.stop();
  if (!(err instanceof ConfigError)) throw err;
  console.error(err.message);
  process.exit(1);
}
const orm = await createOrm({ url: appUrl, poolMax: config.dbPoolMax, logger, logSql: config.logSql });
let app: Awaited<ReturnType<typeof createApp>>;
try {
  app = await createApp({
    config,
    orm,
    logger,
    jobs: { connectionString: appUrl },
    ...(config.mqtt && { mqtt: config.mqtt }),
    files: {
      maxBytes: config.fileMaxBytes,
      ...(config.s3 ? { store: new S3FileStore(config.s3) } : { dir: config.fileDir }),
    },
    auth: {
      jwtSecret: await resolveJwtSecret(config.jwtSecret, config.dataDir),
      accessTokenTtlSeconds: config.accessTokenTtlSeconds,
      refreshTokenTtlDays: config.refreshTokenTtlDays,
    },
  });
} catch (err) {
  await orm.close();
  await db.embedded?.stop();
  if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
  // Taken since the check at boot: the same one line, without a stack trace.
  console.error(portInUseMessage(config.host, config.port));
  process.exit(1);
}

const seconds = ((performance.now() - bootStarted) / 1000).toFixed(1);
logger.info(
  { url: `${app.url}/graphql`, seconds, database: db.embedded ? 'embedded' : 'DATABASE_URL' },
  'ready',
);
console.log(
  [
    '',
    `  Smart Park API ready in ${seconds}s`,
    `  GraphQL (HTTP + WebSocket)  ${app.url}/graphql`,
    `  Health / readiness          ${app.url}/healthz  ${app.url}/readyz`,
    ...(config.serveApps ? APPS.map((a) => `  ${a.name.padEnd(27)} ${app.url}${a.path}`) : []),
    ...(app.mqttUrl
      ? [`  MQTT (devices)              ${app.mqttUrl}${config.mqtt?.url ? '' : ' (embedded broker)'}`]
      : []),
    `  Database                    ${db.embedded ? `embedded PostgreSQL on 127.0.0.1:${db.embedded.port}${db.embedded.started ? '' : ' (already running, shared)'}, data in ${config.dataDir}` : 'DATABASE_URL'}`,
    ...(config.seedDemo
      ? [
          '',
          `  Demo logins (password ${DEMO_PASSWORD}):`,
          ...DEMO_LOGINS.map((d) => `    ${d.login.padEnd(15)} ${d.role}`),
        ]
      : []),
    '',
  ].join('\n'),
);

// The park simulator: the demo park's meters publish over MQTT like real ones (README › Park
// simulator). A client of the API, started after it is ready; the API runs on without it.
let simulator: { stop(): Promise<void> } | undefined;
if (config.simulator && config.seedDemo && app.mqttUrl) {
  const settings = config.simulator;
  const mqttUrl = app.mqttUrl;
  void import('./simulator/index.js')
    .then(async ({ ParkSimulator }) => {
      const sim = await ParkSimulator.start({
        apiUrl: app.url,
        mqttUrl,
        auth: { login: settings.login, password: DEMO_PASSWORD },
        quarterMs: settings.quarterMs,
        logger,
      });
      if (settings.leak) sim.injectLeak(settings.leak);
      if (stoppingSince === undefined) simulator = sim;
      else await sim.stop();
    })
    .catch((err: unknown) =>
      logger.warn({ err: (err as Error).message }, 'park simulator not started (SIMULATOR=off hides this)'),
    );
}

// A terminal's Ctrl-C reaches every process in its group, and `pnpm start` forwards the same
// signal again: a repeat within this window is that echo, not an impatient second press.
const ECHO_MS = 1000;
let stoppingSince: number | undefined;
async function shutdown(signal: string) {
  if (stoppingSince !== undefined) {
    if (performance.now() - stoppingSince < ECHO_MS) return;
    logger.warn({ signal }, 'second signal: exiting now');
    process.exit(1);
  }
  stoppingSince = performance.now();
  logger.info({ signal }, 'shutting down: draining requests');
  const force = setTimeout(() => {
    logger.error('shutdown timed out; exiting');
    process.exit(1);
  }, config.shutdownTimeoutMs);
  force.unref();
  try {
    await simulator?.stop();
    await app.close();
    await orm.close();
    await db.embedded?.stop();
    logger.info('stopped cleanly');
    process.exit(0);
  } catch (err) {
    logger.error({ err }, 'shutdown failed');
    process.exit(1);
  }
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
