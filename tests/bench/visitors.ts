/**
 * Issue 17's performance, two scenarios of the visitor feature:
 *
 * - **S7, gate pass verification**: `scanVisitorPass` as a partner gate key (`visitor:checkin`)
 *   against the hand-written limit (`contenders/pass-limit.ts`), in alternating rounds; every
 *   request scans a distinct, valid, unused pass (single use), pre-issued as rows inserted as
 *   the owner and tokens signed with the key the API runs with. Each round is a fixed number of
 *   scans (a pass cannot be scanned in twice), driven by {@link drivePasses} in a child process;
 *   an answer counts only if it is a check-in of the scanned pass, and afterwards the database
 *   must hold exactly that many check-ins through each contender's key.
 * - **S8, live approval**: kiosks (device credentials, inserted as the kiosk module stores them)
 *   each register a walk-in over HTTP and wait on `kioskRegistrationUpdated` over graphql-ws;
 *   the host (`tenant.admin`) approves each with `decideVisit`, one after another and then 10 at
 *   a time; the latency is from the host's request being sent to the kiosk holding the APPROVED
 *   registration with a pass that verifies. The API runs in a child process of its own
 *   (`contenders/app-process.ts`); the kiosks and the host are this process, one clock.
 */
import { createHash, type KeyObject, randomBytes, randomUUID } from 'node:crypto';
import { createClient } from 'graphql-ws';
import pg from 'pg';
import WebSocket from 'ws';
import { median } from './harness.ts';
import { drivePasses, GATE_SCAN, isCheckIn, type PassDriveResult } from './pass-drive.ts';

type PassKeys = { signing: { id: string; key: KeyObject }; verifying: ReadonlyMap<string, KeyObject> };
type Claims = { visitId: string; validFrom: Date; validUntil: Date; nonce: Buffer };
/** The API's own pass code (`visitor.pass.ts` from `api/dist`), handed in by bench.ts. */
export type PassCodec = {
  keys: PassKeys;
  sign(keys: PassKeys, claims: Claims): string;
  read(keys: PassKeys, token: string): Claims | 'FORGED';
};

/** The demo park of `tenant.admin`'s company, its host and a partner gate key per contender. */
async function visitorFixture(owner: pg.Client) {
  const host = await owner.query<{ id: string; tenant_id: string; park_id: string; display_name: string }>(
    `select a.id, a.tenant_id, t.park_id, a.display_name from app_user a
       join tenant_company t on t.id = a.tenant_id where a.login = 'tenant.admin'`,
  );
  return host.rows[0]!;
}

/** A partner key with `visitor:checkin` for the park, as the api-key module stores one. */
async function insertGateKey(owner: pg.Client, parkId: string, name: string) {
  const id = randomUUID();
  const secret = randomBytes(32).toString('base64url');
  const token = `psk_${id.replaceAll('-', '')}_${secret}`;
  await owner.query(
    `insert into api_key (id, created_at, updated_at, name, partner, prefix, secret_hash, scopes, park_ids,
       rate_limit_per_minute) values ($1, now(), now(), $2, 'Bench', $3, $4, '{visitor:checkin}', $5, 100000)`,
    [id, name, token.slice(0, 16), createHash('sha256').update(secret).digest(), [parkId]],
  );
  return { authorization: `ApiKey ${token}`, label: `Bench / ${name}` };
}

/** `count` approved invitations with their pass codes, inserted as the owner in batches. */
async function issuePasses(
  owner: pg.Client,
  codec: PassCodec,
  f: Awaited<ReturnType<typeof visitorFixture>>,
  count: number,
): Promise<string[]> {
  const visitorId = randomUUID();
  await owner.query(
    `insert into visitor (id, created_at, updated_at, park_id, tenant_id, name)
     values ($1, now(), now(), $2, $3, '张伟')`,
    [visitorId, f.park_id, f.tenant_id],
  );
  const validFrom = new Date(Math.floor(Date.now() / 1000) * 1000 - 3600_000);
  const validUntil = new Date(validFrom.getTime() + 24 * 3600_000);
  const tokens: string[] = [];
  for (let from = 0; from < count; from += 5000) {
    const ids: string[] = [];
    const nonces: Buffer[] = [];
    for (let i = from; i < Math.min(count, from + 5000); i += 1) {
      const visitId = randomUUID();
      const nonce = randomBytes(8);
      ids.push(visitId);
      nonces.push(nonce);
      tokens.push(codec.sign(codec.keys, { visitId, validFrom, validUntil, nonce }));
    }
    await owner.query(
      `insert into visit (id, created_at, updated_at, park_id, tenant_id, visitor_id, host_user_id, host_name,
         source, state, purpose, starts_at, ends_at, pass_nonce)
       select v.id, now(), now(), $3, $4, $5, $6, $7, 'INVITATION', 'APPROVED', 'bench S7', $8, $9, v.nonce
         from unnest($1::uuid[], $2::bytea[]) as v(id, nonce)`,
      [ids, nonces, f.park_id, f.tenant_id, visitorId, f.id, f.display_name, validFrom, validUntil],
    );
  }
  return tokens;
}

export type PassScanRow = {
  contender: 'limit' | 'ours';
  rps: number;
  rounds: number[];
  p50: number;
  p99: number;
  scans: number;
  checkedIn: number;
  failed: number;
  statements: number;
  dbCpuMs: number;
};

/** S7: ours and the limit scanning fresh passes in alternating rounds of `perRound` scans. */
export async function runPassScan(opts: {
  ownerUrl: string;
  oursUrl: string;
  startLimit(): Promise<{ url: string; close(): Promise<void> }>;
  codec: PassCodec;
  rounds: number;
  perRound: number;
  warmup: number;
  /** Sequential scans per contender for the statement count. */
  sample: number;
  connections: number;
  cpuSeconds(): Promise<number>;
  countStatements(fn: () => Promise<unknown>): Promise<{ total: number }>;
  log(msg: string): void;
}): Promise<PassScanRow[]> {
  const owner = new pg.Client({ connectionString: opts.ownerUrl });
  await owner.connect();
  const limit = await opts.startLimit();
  try {
    const f = await visitorFixture(owner);
    const SAMPLE = opts.sample;
    const perContender = 1 + opts.warmup + opts.rounds * opts.perRound + SAMPLE;
    opts.log(`S7: issuing ${perContender * 2} passes`);
    const tokens = await issuePasses(owner, opts.codec, f, perContender * 2);
    const contenders = [
      { name: 'limit' as const, url: limit.url, key: await insertGateKey(owner, f.park_id, 'limit gate') },
      {
        name: 'ours' as const,
        url: `${opts.oursUrl}/graphql`,
        key: await insertGateKey(owner, f.park_id, 'ours gate'),
      },
    ];
    let next = 0;
    const take = (n: number) => {
      next += n;
      return tokens.slice(next - n, next);
    };
    const post = (c: (typeof contenders)[number], token: string) =>
      fetch(c.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: c.key.authorization },
        body: JSON.stringify({ query: GATE_SCAN, variables: { token } }),
      }).then((r) => r.text());
    opts.log('S7: checking both contenders');
    for (const c of contenders) {
      const token = take(1)[0]!;
      const body = await post(c, token);
      if (!isCheckIn(body, visitIdOf(opts.codec, token)))
        throw new Error(`S7 ${c.name} answered wrongly: ${body.slice(0, 500)}`);
      const replay = await post(c, token);
      if (!replay.includes('ALREADY_USED'))
        throw new Error(`S7 ${c.name} took a replay: ${replay.slice(0, 500)}`);
    }
    const job = async (c: (typeof contenders)[number], amount: number) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const cpuBefore = await opts.cpuSeconds();
      const result = await drivePasses({
        url: c.url,
        authorization: c.key.authorization,
        tokens: take(amount),
        connections: opts.connections,
      });
      return { result, cpu: (await opts.cpuSeconds()) - cpuBefore };
    };
    if (opts.warmup) {
      opts.log('S7: warm-up');
      for (const c of contenders) await job(c, opts.warmup);
    }
    const results = new Map(contenders.map((c) => [c.name, [] as PassDriveResult[]]));
    const cpu = new Map(contenders.map((c) => [c.name, 0]));
    for (let round = 1; round <= opts.rounds; round += 1) {
      opts.log(`S7: round ${round}/${opts.rounds}`);
      for (const c of contenders) {
        const { result, cpu: used } = await job(c, opts.perRound);
        results.get(c.name)!.push(result);
        cpu.set(c.name, cpu.get(c.name)! + used);
      }
    }
    const rows: PassScanRow[] = [];
    for (const c of contenders) {
      opts.log(`S7: ${c.name}'s statements per scan`);
      const sample = take(SAMPLE);
      let sampled = 0;
      const statements = await opts.countStatements(async () => {
        for (const token of sample)
          if (isCheckIn(await post(c, token), visitIdOf(opts.codec, token))) sampled += 1;
      });
      const runs = results.get(c.name)!;
      const ok = runs.reduce((s, r) => s + r.ok, 0) + opts.warmup + 1 + sampled;
      const inDb = await owner.query<{ n: number }>(
        `select count(*)::int n from visit where purpose = 'bench S7' and checked_in_via = $1`,
        [c.key.label],
      );
      // Every answered check-in is a row checked in through this contender's key, and no more.
      if (inDb.rows[0]!.n !== ok)
        throw new Error(`S7 ${c.name}: ${ok} check-ins answered, ${inDb.rows[0]!.n} in the database`);
      const measured = runs.reduce((s, r) => s + r.ok, 0);
      rows.push({
        contender: c.name,
        rps: median(runs.map((r) => r.rps)),
        rounds: runs.map((r) => r.rps),
        p50: median(runs.map((r) => r.p50)),
        p99: median(runs.map((r) => r.p99)),
        scans: runs.reduce((s, r) => s + r.ok + r.failed, 0),
        checkedIn: measured,
        failed: runs.reduce((s, r) => s + r.failed, 0),
        statements: statements.total / SAMPLE,
        dbCpuMs: (cpu.get(c.name)! * 1000) / Math.max(1, measured),
      });
    }
    return rows;
  } finally {
    await limit.close();
    await owner.end();
  }
}

export function formatPassScanTable(rows: readonly PassScanRow[], run: { rounds: number; perRound: number }) {
  const limit = rows.find((r) => r.contender === 'limit')?.rps;
  return [
    `${run.rounds} alternating rounds of ${run.perRound} scans each after a warm-up; every scan a fresh pass`,
    '',
    '| scenario | contender | req/s (median) | p50 ms | p99 ms | vs limit | SQL/req | PG CPU ms/req | req/s per round | checked in | failed |',
    '|---|---|--:|--:|--:|--:|--:|--:|---|--:|--:|',
    ...rows.map(
      (r) =>
        `| S7 gate pass scan | ${r.contender} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ` +
        `${limit ? `${(r.rps / limit).toFixed(2)}x` : '-'} | ${r.statements.toFixed(1)} | ${r.dbCpuMs.toFixed(2)} | ` +
        `${r.rounds.map((x) => x.toFixed(0)).join(' ')} | ${r.checkedIn} | ${r.failed} |`,
    ),
  ].join('\n');
}

const visitIdOf = (codec: PassCodec, token: string) => {
  const claims = codec.read(codec.keys, token);
  if (claims === 'FORGED') throw new Error('the bench signed a pass the API cannot read');
  return claims.visitId;
};
export type ApprovalRow = {
  mode: string;
  kiosks: number;
  approved: number;
  p50: number;
  p99: number;
  max: number;
  lost: number;
  /** p99 of the host's own request: sent → decideVisit answered. */
  hostP99: number;
};

const REGISTER = `mutation ($input: WalkInInput!) { registerWalkIn(input: $input) { id state } }`;
const UPDATED = `subscription ($id: ID!) { kioskRegistrationUpdated(id: $id) { id state pass { token } } }`;
const DECIDE = `mutation ($id: ID!) { decideVisit(id: $id, approve: true) { id state } }`;

/** S8: `kiosks` kiosks wait on their walk-in; the host approves them sequentially, then 10 at a time. */
export async function runLiveApproval(opts: {
  ownerUrl: string;
  /** The API, in a process of its own. */
  url: string;
  hostToken: string;
  codec: PassCodec;
  kiosks: number;
  log(msg: string): void;
}): Promise<ApprovalRow[]> {
  const owner = new pg.Client({ connectionString: opts.ownerUrl });
  await owner.connect();
  const clients: { dispose(): void }[] = [];
  try {
    const f = await visitorFixture(owner);
    const kiosks: string[] = [];
    for (let i = 0; i < opts.kiosks; i += 1) {
      const id = randomUUID();
      const secret = randomBytes(32).toString('base64url');
      await owner.query(
        `insert into kiosk_device (id, created_at, updated_at, park_id, name, credential_hash, paired_at)
         values ($1, now(), now(), $2, $3, $4, now())`,
        [id, f.park_id, `Bench kiosk ${i + 1}`, createHash('sha256').update(secret).digest()],
      );
      kiosks.push(`Device ${id}.${secret}`);
    }
    const gql = async <T>(authorization: string, query: string, variables: object): Promise<T> => {
      const res = await fetch(`${opts.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: T; errors?: unknown[] };
      if (body.errors || !body.data)
        throw new Error(`S8: ${query.slice(0, 40)}… ${JSON.stringify(body.errors)}`);
      return body.data;
    };
    const rows: ApprovalRow[] = [];
    for (const [mode, inFlight] of [
      ['sequential', 1],
      ['10 at a time', 10],
    ] as const) {
      opts.log(`S8: ${opts.kiosks} kiosks register and wait (${mode})`);
      // Each kiosk registers a walk-in and subscribes to it on a connection of its own.
      type Waiting = {
        visitId: string;
        sentAt?: number;
        latency?: number;
        error?: Error;
        arrived: Promise<void>;
      };
      const waiting: Waiting[] = [];
      for (let i = 0; i < kiosks.length; i += 1) {
        const { registerWalkIn } = await gql<{ registerWalkIn: { id: string; state: string } }>(
          kiosks[i]!,
          REGISTER,
          {
            input: {
              tenantId: f.tenant_id,
              hostUserId: f.id,
              name: '王芳',
              phone: '13912345678',
              purpose: 'bench S8',
            },
          },
        );
        if (registerWalkIn.state !== 'AWAITING_HOST')
          throw new Error(`S8: walk-in is ${registerWalkIn.state}`);
        const w = { visitId: registerWalkIn.id } as Waiting;
        w.arrived = new Promise<void>((resolve) => {
          const reject = (err: Error) => {
            w.error ??= err;
            resolve();
          };
          const client = createClient({
            url: `${opts.url.replace(/^http/, 'ws')}/graphql`,
            webSocketImpl: WebSocket,
            connectionParams: { authorization: kiosks[i] },
            retryAttempts: 0,
            lazy: false,
          });
          clients.push(client);
          client.subscribe<{
            kioskRegistrationUpdated: { id: string; state: string; pass: { token: string } | null };
          }>(
            { query: UPDATED, variables: { id: w.visitId } },
            {
              next: (result) => {
                const v = result.data?.kioskRegistrationUpdated;
                if (v?.state !== 'APPROVED' || !v.pass || w.latency !== undefined || w.sentAt === undefined)
                  return;
                const at = performance.now();
                const claims = opts.codec.read(opts.codec.keys, v.pass.token);
                if (claims === 'FORGED' || claims.visitId !== w.visitId) {
                  reject(new Error(`S8: kiosk got a pass that is not its own: ${v.pass.token}`));
                  return;
                }
                w.latency = at - w.sentAt;
                resolve();
              },
              error: (err) => reject(err instanceof Error ? err : new Error(JSON.stringify(err))),
              complete: () => {},
            },
          );
        });
        waiting.push(w);
      }
      // graphql-ws has no subscribe acknowledgement: give the server a moment to register them.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      opts.log(`S8: the host approves (${mode})`);
      let next = 0;
      const host = async () => {
        while (next < waiting.length) {
          const w = waiting[next]!;
          next += 1;
          w.sentAt = performance.now();
          const { decideVisit } = await gql<{ decideVisit: { state: string } }>(
            `Bearer ${opts.hostToken}`,
            DECIDE,
            {
              id: w.visitId,
            },
          );
          w.answered = performance.now() - w.sentAt;
          if (decideVisit.state !== 'APPROVED') throw new Error(`S8: decided visit is ${decideVisit.state}`);
        }
      };
      await Promise.all(Array.from({ length: inFlight }, host));
      // A kiosk not told within 10 s counts as lost.
      await Promise.race([
        Promise.all(waiting.map((w) => w.arrived)),
        new Promise((resolve) => setTimeout(resolve, 10_000)),
      ]);
      const failed = waiting.find((w) => w.error);
      if (failed) throw failed.error;
      const latencies = waiting
        .map((w) => w.latency)
        .filter((x): x is number => x !== undefined)
        .sort((x, y) => x - y);
      const pctOf = (xs: number[], p: number) =>
        xs[Math.min(xs.length - 1, Math.ceil((xs.length * p) / 100) - 1)] ?? Number.NaN;
      const pct = (p: number) => pctOf(latencies, p);
      const answers = waiting.map((w) => w.answered ?? Number.NaN).sort((x, y) => x - y);
      rows.push({
        mode,
        kiosks: kiosks.length,
        approved: latencies.length,
        p50: pct(50),
        p99: pct(99),
        max: latencies.at(-1) ?? Number.NaN,
        lost: waiting.length - latencies.length,
        hostP99: pctOf(answers, 99),
      });
      for (const c of clients.splice(0)) c.dispose();
    }
    return rows;
  } finally {
    for (const c of clients) c.dispose();
    await owner.end();
  }
}

export function formatApprovalTable(rows: readonly ApprovalRow[]) {
  return [
    '| scenario | host approves | kiosks waiting | approved | p50 ms | p99 ms | max ms | lost | host answered p99 ms |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|',
    ...rows.map(
      (r) =>
        `| S8 live approval | ${r.mode} | ${r.kiosks} | ${r.approved} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.max.toFixed(1)} | ${r.lost} | ${r.hostP99.toFixed(1)} |`,
    ),
  ].join('\n');
}
