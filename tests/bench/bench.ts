/**
 * Our API side by side with the limit (Node HTTP + pg + hand-written SQL) and with PostGraphile
 * 5, on one embedded PostgreSQL, same data, same role (`park_app`), same row-level security,
 * same pool size. Each scenario drives the contenders in alternation, warm-up first, and prints
 * one table. See README.md in this folder.
 *
 * Run: pnpm bench [--smoke] [--rounds N] [--seconds N] [--sql] [--only ours,limit] [--scenario S1,S2] [--baseline REF]
 * (builds the API first). `--only` and `--scenario` narrow a run, for profiling one contender;
 * `--profile DIR` writes a V8 CPU profile of this process per scenario, taken over the measured
 * rounds only (read it with profile-summary.ts). `--baseline <git-ref>[,<git-ref>…]` adds
 * `ours@<sha>` per ref: that ref's API built in a temporary worktree (contenders/baseline.ts),
 * driven in the same rounds; then every build of ours runs in a child process of its own, the same
 * way (`--keep-baseline` keeps the worktrees for the next run).
 */

import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../api/dist/app.js';
import { createOrm } from '../../api/dist/db/orm.js';
import { DEMO_PASSWORD } from '../../api/dist/db/seeders/demo-users.js';
import { createLogger } from '../../api/dist/logger.js';
import { billingSettings } from '../../api/dist/modules/billing/billing.settings.js';
import { readPass, signPass } from '../../api/dist/modules/visitor/visitor.pass.js';
import { visitorSettings } from '../../api/dist/modules/visitor/visitor.settings.js';
import { graphqlClient } from '../../api/dist/simulator/graphql-client.js';
import { runAlertLatency } from './alert-latency.ts';
import { type BillRunRow, formatBillRunTable, runBillRunBench } from './bill-run.ts';
import { startAppProcess } from './contenders/app-process.ts';
import { type Baseline, prepareBaseline } from './contenders/baseline.ts';
import { startLimit } from './contenders/limit.ts';
import { startPassLimit } from './contenders/pass-limit.ts';
import { type ActorSettings, actorSettings, startPostGraphile } from './contenders/postgraphile.ts';
import { startBenchDatabase } from './database.ts';
import { FULL, SMOKE } from './dataset.ts';
import { type DriveResult, drive } from './drive.ts';
import { type ExportRow, formatExportTable, runExportBench } from './export.ts';
import { type FanoutRow, printFanoutTable, runFanout } from './fanout.ts';
import { median } from './harness.ts';
import { type DashboardRow, formatIngestTable, type IngestRow, runIngestBench } from './ingest.ts';
import { type Contender, type Fixture, requestOf, SCENARIOS } from './scenarios.ts';
import { formatSchemaOverhead, runSchemaOverhead, type SchemaOverheadRow } from './schema-overhead.ts';
import { printTable, type Row } from './table.ts';
import {
  type ApprovalRow,
  formatApprovalTable,
  formatPassScanTable,
  type PassCodec,
  type PassScanRow,
  runLiveApproval,
  runPassScan,
} from './visitors.ts';

const args = process.argv.slice(2);
const smoke = args.includes('--smoke');
/** Lists each contender's SQL per request on stderr. */
const verbose = args.includes('--sql');
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const list = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1]!.split(',') : undefined;
};
const ONLY = list('--only');
const ONLY_SCENARIOS = list('--scenario');
const PROFILE_DIR = list('--profile')?.[0];
const BASELINE_REFS = list('--baseline') ?? [];
const ROUNDS = option('--rounds', smoke ? 1 : 3);
const SECONDS = option('--seconds', smoke ? 1 : 5);
const WARMUP_SECONDS = smoke ? 0 : 2;
const CONNECTIONS = 16;
const POOL = 10;
const JWT_SECRET = 'bench-secret-of-at-least-thirty-two-chars';
// The visitor feature reads its keys from the environment (production refuses to run without
// them): fixed bench keys, for this process and the API processes it starts. S7's passes are
// signed with the signing key the API then holds (`visitorSettings().passKeys`).
const benchKey = (words: string) => `bench1:${createHash('sha256').update(words).digest('base64')}`;
process.env.JWT_SECRET = JWT_SECRET;
process.env.DB_APP_PASSWORD = 'bench-app-password'; // what harness.ts gives park_app
process.env.VISITOR_PII_KEYS = benchKey('park bench visitor pii key');
process.env.VISITOR_PASS_SIGNING_KEY = benchKey('park bench visitor pass key');
/** S7: scans per contender and round (a pass checks in once, so rounds are counted in scans). */
const S7_SCANS = option('--s7-scans', smoke ? 20 : 2000);
/** S8: kiosks waiting at once. */
const S8_KIOSKS = option('--s8-kiosks', smoke ? 3 : 100);
const started = performance.now();
const log = (msg: string) =>
  console.error(`[bench ${((performance.now() - started) / 1000).toFixed(0)}s] ${msg}`);

const logger = createLogger({ logLevel: 'warn' });
const closers: (() => Promise<unknown>)[] = [];
const baselines: Baseline[] = [];
for (const ref of BASELINE_REFS) {
  const baseline = await prepareBaseline(ref, { keep: args.includes('--keep-baseline'), log });
  baselines.push(baseline);
  closers.push(() => baseline.dispose());
}
log(`generating the ${smoke ? 'smoke' : 'full'} dataset`);
const db = await startBenchDatabase(smoke ? SMOKE : FULL, logger);
log(`dataset: ${db.rows.parks} parks, ${db.rows.units} units, ${db.rows.equipment} equipment`);
process.env.DATABASE_APP_URL = db.appUrl;
try {
  const orm = await createOrm({ url: db.appUrl, poolMax: POOL });
  closers.push(() => orm.close());
  const appOptions = {
    config: { host: '127.0.0.1', port: 0, isProduction: true, trustProxy: false },
    orm,
    logger,
    auth: { jwtSecret: JWT_SECRET, accessTokenTtlSeconds: 3600, refreshTokenTtlDays: 1 },
    files: { dir: join(tmpdir(), 'park-bench-files'), maxBytes: 1024 * 1024 },
  };
  const ours = await createApp(appOptions);
  closers.unshift(() => ours.close());

  const anonymous = graphqlClient(ours.url, () => undefined);
  const signIn = async (login: string) => {
    const token = (
      await anonymous<{ login: { accessToken: string } }>(
        'mutation ($i: LoginInput!) { login(input: $i) { accessToken } }',
        { i: { login, password: DEMO_PASSWORD } },
      )
    ).login.accessToken;
    const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as {
      sub: string;
      sid: string;
    };
    return { token, claims };
  };
  const tenant = await signIn('tenant.admin');
  const staff = await signIn('hq.admin');
  const actors = new Map<string, ActorSettings>();
  for (const { claims } of [tenant, staff])
    actors.set(claims.sub, await actorSettings(db.appUrl, claims.sid, claims.sub));

  const limit = await startLimit({ appUrl: db.appUrl, jwtSecret: JWT_SECRET, poolMax: POOL });
  closers.unshift(() => limit.close());
  const peer = await startPostGraphile({ appUrl: db.appUrl, jwtSecret: JWT_SECRET, poolMax: POOL, actors });
  closers.unshift(() => peer.close());
  const urls = new Map<Contender, string>([
    ['limit', limit.url],
    ['postgraphile', peer.url],
    ['ours', ours.url],
  ]);
  if (baselines.length) {
    // Every build of ours in a child process of its own, started the same way, so none shares the
    // bench process (the in-process app still serves the sign-ins, S3 and S5).
    const start = async (name: Contender, dist: string) => {
      const app = await startAppProcess({ dist, appUrl: db.appUrl, jwtSecret: JWT_SECRET, poolMax: POOL });
      closers.unshift(() => app.close());
      urls.set(name, app.url);
      log(`${name}: ${dist} at ${app.url}`);
    };
    urls.delete('ours');
    for (const baseline of baselines) await start(baseline.name, baseline.dist);
    await start('ours', new URL('../../api/dist', import.meta.url).pathname);
  }

  const fixture: Fixture = {
    ...(await fixtureRows(db.ownerUrl)),
    tenantToken: tenant.token,
    staffToken: staff.token,
  };
  const rows: Row[] = [];
  const wanted = (id: string) => !ONLY_SCENARIOS || ONLY_SCENARIOS.includes(id);
  for (const scenario of SCENARIOS) {
    if (!wanted(scenario.id)) continue;
    const requests = scenario.request(fixture);
    const names = [...urls.keys()].filter((n) => !ONLY || ONLY.includes(n));
    const post = (name: Contender) =>
      fetch(urls.get(name)! + requestOf(requests, name).path, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${requestOf(requests, name).token}`,
        },
        body: requestOf(requests, name).body.replaceAll('[<n>]', `CHECK${Math.floor(Math.random() * 1e9)}`),
      }).then((r) => r.text());
    for (const name of names) {
      const body = await post(name);
      if (!scenario.check(body))
        throw new Error(`${scenario.id} ${name} answered wrongly: ${body.slice(0, 500)}`);
    }
    const job = async (name: Contender, seconds: number) => {
      // Let the previous contender finish what was queued when its load stopped.
      await new Promise((resolve) => setTimeout(resolve, smoke ? 100 : 500));
      const cpuBefore = await db.cpuSeconds();
      const result = await drive({
        url: urls.get(name)! + requestOf(requests, name).path,
        body: requestOf(requests, name).body,
        headers: { authorization: `Bearer ${requestOf(requests, name).token}` },
        connections: CONNECTIONS,
        seconds,
      });
      return { result, cpu: (await db.cpuSeconds()) - cpuBefore };
    };
    if (WARMUP_SECONDS) {
      log(`${scenario.id}: warm-up`);
      for (const name of names) await job(name, WARMUP_SECONDS);
    }
    const results = new Map<Contender, DriveResult[]>(names.map((n) => [n, []]));
    const dbCpu = new Map<Contender, number>(names.map((n) => [n, 0]));
    const profiler = PROFILE_DIR ? await startProfile() : undefined;
    for (let round = 1; round <= ROUNDS; round += 1) {
      log(`${scenario.id}: round ${round}/${ROUNDS}`);
      for (const name of names) {
        const { result, cpu } = await job(name, SECONDS);
        results.get(name)!.push(result);
        dbCpu.set(name, dbCpu.get(name)! + cpu);
      }
    }
    if (profiler) log(`profile: ${await profiler.stop(join(PROFILE_DIR!, `${scenario.id}.cpuprofile`))}`);
    const SAMPLE = smoke ? 5 : 20;
    for (const name of names) {
      const runs = results.get(name)!;
      const statements = await db.countStatements(async () => {
        for (let i = 0; i < SAMPLE; i += 1) await post(name);
      });
      if (verbose)
        for (const q of statements.queries)
          console.error(
            `  ${scenario.id} ${name} ${(q.calls / SAMPLE).toFixed(1)}x (${(q.plans / SAMPLE).toFixed(1)} plans) ${q.query.replace(/\s+/g, ' ').slice(0, 160)}`,
          );
      rows.push({
        scenario: `${scenario.id} ${scenario.title}`,
        contender: name,
        rps: median(runs.map((r) => r.rps)),
        rounds: runs.map((r) => r.rps),
        p50: median(runs.map((r) => r.p50)),
        p99: median(runs.map((r) => r.p99)),
        failed: runs.reduce((sum, r) => sum + r.failed, 0),
        statements: statements.total / SAMPLE,
        plans: statements.plans / SAMPLE,
        dbCpuMs:
          (dbCpu.get(name)! * 1000) /
          Math.max(
            1,
            runs.reduce((sum, r) => sum + r.ok, 0),
          ),
      });
    }
  }
  let s3: SchemaOverheadRow[] | undefined;
  if (wanted('S3'))
    s3 = await runSchemaOverhead({
      appUrl: db.appUrl,
      orm,
      poolMax: POOL,
      services: ours.services,
      hqAdmin: { userId: staff.claims.sub, sessionId: staff.claims.sid },
      rounds: ROUNDS,
      roundMs: SECONDS * 1000,
      warmup: smoke ? 50 : 300,
      countStatements: db.countStatements,
      log,
      verbose,
    });
  let s5: FanoutRow[] | undefined;
  if (wanted('S5'))
    s5 = await runFanout({
      url: ours.url,
      services: ours.services,
      rounds: ROUNDS,
      seconds: SECONDS,
      warmupSeconds: WARMUP_SECONDS,
      // The smoke run only proves every path delivers: 50 clients instead of 500.
      clients: smoke ? 50 : undefined,
      log,
    });
  let s6: ExportRow[] | undefined;
  if (wanted('S6'))
    s6 = await runExportBench({
      dist: new URL('../../api/dist', import.meta.url).pathname,
      appUrl: db.appUrl,
      jwtSecret: JWT_SECRET,
      poolMax: POOL,
      token: staff.token,
      parkId: fixture.parkId,
      log,
    });
  const codec: PassCodec = { keys: visitorSettings().passKeys, sign: signPass, read: readPass };
  let s7: PassScanRow[] | undefined;
  if (wanted('S7'))
    s7 = await runPassScan({
      ownerUrl: db.ownerUrl,
      oursUrl: ours.url,
      startLimit: () => startPassLimit({ appUrl: db.appUrl, poolMax: POOL, verifying: codec.keys.verifying }),
      codec,
      rounds: ROUNDS,
      perRound: S7_SCANS,
      warmup: smoke ? 0 : Math.round(S7_SCANS / 3),
      sample: smoke ? 3 : 20,
      connections: CONNECTIONS,
      cpuSeconds: db.cpuSeconds,
      countStatements: db.countStatements,
      log,
    });
  let s8: ApprovalRow[] | undefined;
  if (wanted('S8')) {
    // The API in a process of its own, so the kiosks and the host do not share its event loop;
    // the smoke run uses the in-process one (starting a process is most of its time).
    const app = smoke
      ? undefined
      : await startAppProcess({
          dist: new URL('../../api/dist', import.meta.url).pathname,
          appUrl: db.appUrl,
          jwtSecret: JWT_SECRET,
          poolMax: POOL,
        });
    try {
      s8 = await runLiveApproval({
        ownerUrl: db.ownerUrl,
        url: app?.url ?? ours.url,
        hostToken: tenant.token,
        codec,
        kiosks: S8_KIOSKS,
        log,
      });
    } finally {
      await app?.close();
    }
  }
  let s10: BillRunRow[] | undefined;
  if (wanted('S10')) {
    // The profile covers the leases' making and the limit as well; ours is most of it.
    const profiler = PROFILE_DIR ? await startProfile() : undefined;
    s10 = await runBillRunBench({
      ownerUrl: db.ownerUrl,
      services: ours.services,
      share: option('--s10-share', 85),
      log,
    });
    if (profiler) log(`profile: ${await profiler.stop(join(PROFILE_DIR!, 'S10.cpuprofile'))}`);
  }
  let s9: { rows: IngestRow[]; dashboard: DashboardRow[] } | undefined;
  if (wanted('S9')) {
    s9 = await runIngestBench({
      ownerUrl: db.ownerUrl,
      services: ours.services,
      devices: option('--s9-devices', smoke ? 5 : 200),
      registers: option('--s9-registers', smoke ? 2 : 10),
      perDevice: option('--s9-readings', smoke ? 20 : 50),
      dashboardRepeats: smoke ? 1 : 5,
      pacedSeconds: option('--s9-paced-seconds', smoke ? 1 : 10),
      lanes: process.argv.includes('--s9-lanes') ? option('--s9-lanes', 2) : undefined,
      cpuSeconds: db.cpuSeconds,
      log,
    });
    // Publish → alert delivered: an API that also runs the job worker (the alert is evaluated by
    // the `energy.readingsRecorded` job), its consumer and its subscriptions in this process.
    const alerting = await createApp({
      ...appOptions,
      jobs: { connectionString: db.appUrl, pollIntervalMs: 1000 },
    });
    try {
      s9.rows.push(
        await runAlertLatency({
          ownerUrl: db.ownerUrl,
          url: alerting.url,
          services: alerting.services,
          token: staff.token,
          alerts: option('--s9-alerts', smoke ? 3 : 100),
          paceMs: option('--s9-alert-pace', smoke ? 50 : 100),
          log,
        }),
      );
    } finally {
      await alerting.close();
    }
  }
  printTable(rows, {
    rounds: ROUNDS,
    seconds: SECONDS,
    connections: CONNECTIONS,
    pool: POOL,
    dataset: db.rows,
  });
  if (s5) {
    console.log('\nS5 one event fanned out to 500 graphql-ws clients, against raw ws:\n');
    printFanoutTable(s5, { rounds: ROUNDS, seconds: SECONDS });
  }
  if (s6)
    console.log(
      `\nS6 export of every unit through HTTP, API in its own process:\n\n${formatExportTable(s6)}`,
    );
  if (s7)
    console.log(
      `\nS7 gate pass verification (scanVisitorPass as a partner gate key), against the limit:\n\n${formatPassScanTable(s7, { rounds: ROUNDS, perRound: S7_SCANS })}`,
    );
  if (s8)
    console.log(
      `\nS8 live approval: host's decideVisit sent → the kiosk holds the APPROVED registration with its pass (API in its own process; in the smoke run, in this one):\n\n${formatApprovalTable(s8)}`,
    );
  if (s9)
    console.log(
      `\nS9 energy ingest: meter devices over MQTT at QoS 1 → consumer → PostgreSQL with rollups, beside the raw broker, the write stage alone and a raw COPY of the same rows; and the demo park's year by building and month from rollups vs raw readings:\n\n${formatIngestTable(s9.rows, s9.dashboard)}`,
    );
  if (s10)
    console.log(
      `\nS10 a month's bill run over the bench parks, one lease per leased unit: ours (billing.runBatch, ${billingSettings().runBatch} companies a transaction) beside an INSERT … SELECT of the same bills and rent lines:\n\n${formatBillRunTable(s10)}`,
    );
  if (s3)
    console.log(
      `\nS3 schema overhead in process (the S2 document, execute() only, as hq.admin; ${ROUNDS} alternating rounds of ${SECONDS} s):\n\n${formatSchemaOverhead(s3)}`,
    );
} finally {
  for (const close of closers) await close().catch((err) => console.error(err));
  await db.stop();
}
log('done');

/** Profiles this process from now until `stop`, which writes the profile and returns its path. */
async function startProfile() {
  const { Session } = await import('node:inspector/promises');
  const { mkdir, writeFile } = await import('node:fs/promises');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return {
    async stop(path: string) {
      const { profile } = await session.post('Profiler.stop');
      session.disconnect();
      await mkdir(PROFILE_DIR!, { recursive: true });
      await writeFile(path, JSON.stringify(profile));
      return path;
    },
  };
}

/** A leased unit of `tenant.admin`'s company, and a generated park with a building. */
async function fixtureRows(ownerUrl: string): Promise<Omit<Fixture, 'tenantToken' | 'staffToken'>> {
  const { default: pg } = await import('pg');
  const owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    const unit = await owner.query<{ id: string }>(
      `select u.id from unit u join app_user a on a.tenant_id = u.tenant_id
       where a.login = 'tenant.admin' order by u.code limit 1`,
    );
    const building = await owner.query<{ id: string; park_id: string }>(
      `select id, park_id from building where id = md5('building-0-0')::uuid`,
    );
    return { unitId: unit.rows[0]!.id, parkId: building.rows[0]!.park_id, buildingId: building.rows[0]!.id };
  } finally {
    await owner.end();
  }
}
