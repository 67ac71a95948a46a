/**
 * The two work-order reads issue 5 asks to measure, through the real API on the seeded demo park:
 * the dispatch board's page of 50 orders with requester, unit, tenant and assignee (SQL statements
 * per request, requests/s with 16 clients), and the KPIs over the seeded year (time per request).
 *
 * Run: pnpm bench:work-orders [--smoke]   (builds the API first)
 */
import { join } from 'node:path';
import { createApp } from '../../api/dist/app.js';
import { createOrm, StatementCounter } from '../../api/dist/db/orm.js';
import { DEMO_PASSWORD } from '../../api/dist/db/seeders/demo-users.js';
import { createLogger } from '../../api/dist/logger.js';
import { median, prepareBenchDatabase, startTempPostgres } from './harness.ts';

const smoke = process.argv.includes('--smoke');
const ROUND_MS = smoke ? 500 : 4000;
const ROUNDS = smoke ? 1 : 3;
const CONCURRENCY = 16;

const BOARD = `query ($p: ID!) { workOrders(first: 50, filter: { parkId: $p }) { nodes {
  id number title state priority submittedAt requester { displayName } unit { code } tenant { name }
  assignee { displayName } sla { respondBy resolveBy response resolution } } } }`;
const KPIS = `query ($f: WorkOrderKpiFilter!) { workOrderKpis(filter: $f) {
  filed completed timeliness returnVisitRate satisfaction firstTimePass
  meanResponseMinutes meanResolutionMinutes slaBreaches } }`;

const logger = createLogger({ logLevel: 'warn' });
const pg = await startTempPostgres(logger);
try {
  const { appUrl } = await prepareBenchDatabase(pg.server, logger);
  const counter = new StatementCounter();
  const orm = await createOrm({ url: appUrl, poolMax: 10, counter });
  const app = await createApp({
    config: { host: '127.0.0.1', port: 0, isProduction: true, trustProxy: false },
    orm,
    logger,
    auth: {
      jwtSecret: 'bench-secret-of-at-least-thirty-two-chars',
      accessTokenTtlSeconds: 3600,
      refreshTokenTtlDays: 1,
    },
    files: { dir: join(pg.dataDir, 'files'), maxBytes: 1024 * 1024 },
  });
  const post = async (query: string, variables: object, token?: string) => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!;
  };
  const { login } = (await post('mutation ($i: LoginInput!) { login(input: $i) { accessToken } }', {
    i: { login: 'cs.agent', password: DEMO_PASSWORD },
  })) as { login: { accessToken: string } };
  const token = login.accessToken;
  const { parks } = (await post('{ parks(first: 1) { nodes { id } } }', {}, token)) as {
    parks: { nodes: { id: string }[] };
  };
  const p = parks.nodes[0]!.id;
  // The newest 50: tenant repairs filed and automatically dispatched, so each has all three.
  const tenant = (await post('mutation ($i: LoginInput!) { login(input: $i) { accessToken } }', {
    i: { login: 'tenant.staff', password: DEMO_PASSWORD },
  })) as { login: { accessToken: string } };
  const { units } = (await post('{ units(first: 5) { nodes { id } } }', {}, tenant.login.accessToken)) as {
    units: { nodes: { id: string }[] };
  };
  for (let i = 0; i < 50; i += 1)
    await post(
      'mutation ($i: SubmitWorkOrderInput!) { submitWorkOrder(input: $i) { id } }',
      {
        i: {
          category: 'HVAC',
          priority: 'NORMAL',
          title: `空调不制冷 ${i}`,
          unitId: units.nodes[i % units.nodes.length]!.id,
        },
      },
      tenant.login.accessToken,
    );
  const board = (await post(BOARD, { p }, token)) as {
    workOrders: { nodes: { requester: unknown; unit: unknown; assignee: unknown }[] };
  };
  const nodes = board.workOrders.nodes;
  const withAll = nodes.filter((n) => n.requester && n.unit && n.assignee).length;
  const boardStatements = (await counter.measure(() => post(BOARD, { p }, token))).statements;

  async function drive(ms: number): Promise<number> {
    let done = 0;
    const until = performance.now() + ms;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (performance.now() < until) {
          await post(BOARD, { p }, token);
          done += 1;
        }
      }),
    );
    return (done * 1000) / ms;
  }
  await drive(ROUND_MS / 2); // warm-up
  const rates: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) rates.push(await drive(ROUND_MS));

  const year = {
    parkId: p,
    from: new Date(Date.now() - 366 * 86_400_000).toISOString(),
    to: new Date().toISOString(),
  };
  const kpiStatements = (await counter.measure(() => post(KPIS, { f: year }, token))).statements;
  const kpiTimes: number[] = [];
  for (let i = 0; i < (smoke ? 3 : 30); i += 1) {
    const started = performance.now();
    const data = (await post(KPIS, { f: year }, token)) as { workOrderKpis: { filed: number } };
    kpiTimes.push(performance.now() - started);
    if (i === 0) console.log(`KPIs over the seeded year: ${data.workOrderKpis.filed} orders`);
  }

  console.log(`\nDispatch board: 50 orders (${withAll} with requester, unit and assignee), as cs.agent`);
  console.log(`  SQL statements per request: ${boardStatements} (ORM count; BEGIN/COMMIT not counted)`);
  console.log(
    `  req/s, ${CONCURRENCY} clients, ${ROUNDS} rounds of ${ROUND_MS} ms: ${rates.map((r) => r.toFixed(0)).join(' ')}  median ${median(rates).toFixed(0)}`,
  );
  console.log(`Work-order KPIs over the seeded year: ${kpiStatements} SQL statements`);
  console.log(
    `  HTTP round trip, ${kpiTimes.length} sequential requests: median ${median(kpiTimes).toFixed(1)} ms, min ${Math.min(...kpiTimes).toFixed(1)} ms`,
  );
  await app.close();
  await orm.close();
} finally {
  await pg.stop();
}
