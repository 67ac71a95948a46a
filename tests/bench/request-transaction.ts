/**
 * What the per-request transaction costs: a by-id query as a tenant user through the real API,
 * once as shipped (BEGIN READ ONLY, the actor statement, the query under row-level security,
 * COMMIT) and once with the transaction and actor statement taken out (the same query in
 * autocommit on the owner's connection, row-level security bypassed). Both servers run in
 * this process against one embedded PostgreSQL and are driven in alternation.
 *
 * Run: pnpm bench:request-tx [--smoke]   (builds the API first)
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../api/dist/app.js';
import { createOrm, StatementCounter } from '../../api/dist/db/orm.js';
import { DEMO_PASSWORD } from '../../api/dist/db/seeders/demo-users.js';
import { RequestContext } from '../../api/dist/graphql/context.js';
import { createLogger } from '../../api/dist/logger.js';
import { median, prepareBenchDatabase, startTempPostgres } from './harness.ts';

const smoke = process.argv.includes('--smoke');
const ROUND_MS = smoke ? 500 : 4000;
const ROUNDS = smoke ? 1 : 3;
const CONCURRENCY = 16;

const logger = createLogger({ logLevel: 'warn' });
const pg = await startTempPostgres(logger);
try {
  const { ownerUrl, appUrl } = await prepareBenchDatabase(pg.server, logger);
  const counters = { shipped: new StatementCounter(), bare: new StatementCounter() };
  const appOrm = await createOrm({ url: appUrl, poolMax: 10, counter: counters.shipped });
  const ownerOrm = await createOrm({ url: ownerUrl, poolMax: 10, counter: counters.bare });
  const auth = {
    jwtSecret: 'bench-secret-of-at-least-thirty-two-chars',
    accessTokenTtlSeconds: 3600,
    refreshTokenTtlDays: 1,
  };
  const config = { host: '127.0.0.1', port: 0, isProduction: false, trustProxy: false };

  // The contender without the transaction: same server, but `open` confirms nothing in the
  // database and starts no transaction; the actor is the one the shipped path resolved.
  const shippedOpen = RequestContext.prototype.open;
  let cachedActor: RequestContext['actor'] | undefined;
  RequestContext.prototype.open = async function (this: RequestContext, operation) {
    if (this.services.orm !== ownerOrm) {
      await shippedOpen.call(this, operation);
      if (this.actor.kind !== 'anonymous') cachedActor ??= this.actor;
      return;
    }
    if (cachedActor) this.actor = cachedActor;
  };
  const files = { dir: join(tmpdir(), 'park-bench-files'), maxBytes: 1024 * 1024 };
  const shipped = await createApp({ config, orm: appOrm, logger, auth, files });
  const bare = await createApp({ config, orm: ownerOrm, logger, auth, files });

  const post = async (base: string, query: string, variables: object, token?: string) => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  };
  const login = await post(
    shipped.url,
    'mutation ($i: LoginInput!) { login(input: $i) { accessToken user { id } } }',
    {
      i: { login: 'tenant.admin', password: DEMO_PASSWORD },
    },
  );
  const token = (login.data as { login: { accessToken: string } }).login.accessToken;
  const owner = await ownerOrm.em
    .fork()
    .execute<{ id: string }[]>(
      `select u.id from unit u join app_user a on a.tenant_id = u.tenant_id where a.login = 'tenant.admin' limit 1`,
    );
  const unitId = owner[0]!.id;
  const QUERY = 'query ($id: ID!) { unit(id: $id) { id code status grossArea } }';

  // Prime the cached actor, and check both contenders answer the same thing.
  const a = await post(shipped.url, QUERY, { id: unitId }, token);
  const b = await post(bare.url, QUERY, { id: unitId }, token);
  if (a.errors || JSON.stringify(a) !== JSON.stringify(b))
    throw new Error(`contenders differ: ${JSON.stringify([a, b])}`);

  const statementsPerRequest = async (base: string, counter: StatementCounter) =>
    (await counter.measure(() => post(base, QUERY, { id: unitId }, token))).statements;

  async function drive(base: string, ms: number): Promise<number> {
    let done = 0;
    const until = performance.now() + ms;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (performance.now() < until) {
          const r = await post(base, QUERY, { id: unitId }, token);
          if (r.errors) throw new Error(JSON.stringify(r.errors));
          done += 1;
        }
      }),
    );
    return (done * 1000) / ms;
  }

  const contenders = [
    {
      name: 'with transaction (shipped)',
      url: shipped.url,
      counter: counters.shipped,
      rates: [] as number[],
    },
    { name: 'without transaction', url: bare.url, counter: counters.bare, rates: [] as number[] },
  ];
  for (const c of contenders) await drive(c.url, ROUND_MS / 2); // warm-up
  for (let round = 0; round < ROUNDS; round += 1)
    for (const c of contenders) c.rates.push(await drive(c.url, ROUND_MS));

  const base = median(contenders[1]!.rates);
  console.log(
    `\nunit(id) as a tenant user, ${CONCURRENCY} concurrent clients, ${ROUNDS} alternating rounds of ${ROUND_MS} ms`,
  );
  console.log('contender                    req/s (rounds)            median  vs without  SQL statements');
  for (const c of contenders) {
    const m = median(c.rates);
    console.log(
      `${c.name.padEnd(28)} ${c.rates
        .map((r) => r.toFixed(0).padStart(6))
        .join(' ')
        .padEnd(
          25,
        )} ${m.toFixed(0).padStart(6)}  ${(m / base).toFixed(2).padStart(9)}x  ${await statementsPerRequest(c.url, c.counter)}`,
    );
  }
  console.log('(SQL statements counted by the ORM; BEGIN and COMMIT are not counted.)');
  await shipped.close();
  await bare.close();
  await appOrm.close();
  await ownerOrm.close();
} finally {
  await pg.stop();
}
