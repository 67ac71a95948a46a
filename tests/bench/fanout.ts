/**
 * Scenario S5: one event fanned out over graphql-ws to 500 subscribed clients of our API, next
 * to a plain `ws` server broadcasting the same bytes to 500 plain `ws` clients. The clients live
 * in a child process (`fanout-clients.ts`). Two measurements per contender, in alternating
 * rounds: capacity (events back to back, at most `window` in flight) and a fixed 20,000
 * deliveries/s; each reports deliveries/s and delivery latency (event published → message
 * parsed in the client). A delivery later than 5 s counts as lost.
 *
 * Ours publishes on the app's own pubsub, as a mutation would after its commit; each subscriber
 * then re-reads the equipment in a transaction of its own, under row-level security, as itself.
 *
 * Run through bench.ts: pnpm bench --scenario S5 [--smoke]
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import WebSocket, { WebSocketServer } from 'ws';
import { DEMO_PASSWORD } from '../../api/dist/db/seeders/demo-users.js';
import { type Clients, type RoundReport, startClients } from './fanout-clients.ts';
import { median } from './harness.ts';

type Kind = 'CREATED' | 'UPDATED' | 'STATUS_CHANGED';
type Mode = 'capacity' | '20k/s';
type ContenderName = 'ours' | 'raw ws';

/** The part of the app's services S5 uses: its in-process pubsub. */
export type FanoutServices = {
  pubsub: {
    publish(topic: 'EQUIPMENT_CHANGED', parkId: string, payload: { equipmentId: string; kind: Kind }): void;
  };
};

/** One contender in one mode: medians over the rounds. */
export type FanoutRow = {
  contender: ContenderName;
  mode: Mode;
  /** Deliveries per second, median over rounds. */
  perSecond: number;
  /** Delivery latency in ms, medians over rounds. */
  p50: number;
  p99: number;
  /** Deliveries not received within 5 s of their event, summed over rounds. */
  lost: number;
  /** Subscription errors seen by the clients, summed over rounds. */
  errors: number;
  rounds: number[];
  p99Rounds: number[];
  /** CPU of the servers' process (app, broadcaster, publisher) and of the clients' process, medians (1 = one core). */
  serverCpu: number;
  clientCpu: number;
  clients: number;
  /** Logins the clients signed in as, round-robin (ours; empty for raw ws). */
  users: string[];
};

/** Staff of the demo park allowed `equipment.read` (demo seed). */
const LOGINS = ['hq.admin', 'park.manager', 'cs.agent', 'engineer', 'guard', 'quality'];
const LOST_AFTER_MS = 5000;
const TARGET_PER_SECOND = 20_000;
const now = () => performance.timeOrigin + performance.now();

type Contender = { name: ContenderName; publish(kind: Kind): void; clients: Clients };
type RoundResult = RoundReport & { serverCpu: number };

/**
 * Runs S5 against an already started app (`url`, `services` from `createApp`). Signs in as the
 * demo staff in `logins`, starts the raw broadcaster and both client processes, and closes them
 * all before returning; the app stays up.
 */
export async function runFanout(opts: {
  url: string;
  services: FanoutServices;
  rounds: number;
  seconds: number;
  /** One discarded capacity round per contender first; 0 for none. */
  warmupSeconds?: number;
  clients?: number;
  /** Events in flight at most, in the capacity mode. */
  window?: number;
  logins?: string[];
  log?: (msg: string) => void;
}): Promise<FanoutRow[]> {
  const { url, rounds, seconds } = opts;
  const clients = opts.clients ?? 500;
  const window = opts.window ?? 4;
  const logins = opts.logins ?? LOGINS;
  const log = opts.log ?? (() => {});
  const pause = seconds <= 1 ? 100 : 500;

  const tokens = await Promise.all(logins.map((login) => signIn(url, login)));
  const { parkId, equipmentId } = await findTarget(url, tokens, logins);
  log(`S5: park ${parkId}, equipment ${equipmentId}, ${clients} clients as ${logins.join(', ')}`);
  const publishOurs = (kind: Kind) =>
    opts.services.pubsub.publish('EQUIPMENT_CHANGED', parkId, { equipmentId, kind });
  const captured = await captureDelivery(url, tokens[0]!, parkId, publishOurs);
  log(`S5: one delivery is ${Buffer.byteLength(captured)} bytes: ${captured}`);
  const raw = await startBroadcaster(captured);

  const contenders: Contender[] = [
    {
      name: 'ours',
      publish: publishOurs,
      clients: startClients({ mode: 'ours', url, tokens, parkId, clients }),
    },
    { name: 'raw ws', publish: raw.publish, clients: startClients({ mode: 'raw', url: raw.url, clients }) },
  ];
  try {
    for (const c of contenders) {
      log(`S5: connecting ${clients} ${c.name} clients`);
      await ready(c, clients);
    }
    const round = async (c: Contender, mode: Mode, secs: number) => {
      await sleep(pause);
      const report = await runRound(c, mode, secs, clients, window);
      log(
        `S5: ${c.name} ${mode}: ${report.perSecond.toFixed(0)} deliveries/s, p99 ${report.p99.toFixed(0)} ms, ` +
          `${report.fired} events, ${report.lost} lost, CPU servers ${report.serverCpu.toFixed(2)} clients ${report.cpu.toFixed(2)}`,
      );
      // A backlog or a dead subscription would spill into the next round: start afresh.
      if (report.lost > 0 || report.errors > 0) await ready(c, clients);
      return report;
    };
    if (opts.warmupSeconds) {
      log('S5: warm-up');
      for (const c of contenders) await round(c, 'capacity', opts.warmupSeconds);
    }
    const results = new Map<`${ContenderName}:${Mode}`, RoundResult[]>();
    for (let r = 1; r <= rounds; r += 1) {
      log(`S5: round ${r}/${rounds}`);
      for (const mode of ['capacity', '20k/s'] as const)
        for (const c of contenders) {
          const report = await round(c, mode, seconds);
          results.set(`${c.name}:${mode}`, [...(results.get(`${c.name}:${mode}`) ?? []), report]);
        }
    }
    return [...results].map(([key, runs]) => {
      const [contender, mode] = key.split(':') as [ContenderName, Mode];
      return {
        contender,
        mode,
        perSecond: median(runs.map((x) => x.perSecond)),
        p50: median(runs.map((x) => x.p50)),
        p99: median(runs.map((x) => x.p99)),
        lost: runs.reduce((sum, x) => sum + x.lost, 0),
        errors: runs.reduce((sum, x) => sum + x.errors, 0),
        rounds: runs.map((x) => x.perSecond),
        p99Rounds: runs.map((x) => x.p99),
        serverCpu: median(runs.map((x) => x.serverCpu)),
        clientCpu: median(runs.map((x) => x.cpu)),
        clients,
        users: contender === 'ours' ? logins : [],
      };
    });
  } finally {
    for (const c of contenders) await c.clients.close().catch((err) => console.error(err));
    await raw.close();
  }
}

/** Connects the clients, probes until every one of them receives events, then drains. */
async function ready(c: Contender, clients: number) {
  await c.clients.connect();
  const deadline = now() + 60_000;
  const until = async (what: 'probed' | 'barrier') => {
    for (;;) {
      await sleep(what === 'probed' ? 500 : 50);
      if ((await c.clients.status())[what] === clients) return;
      if (now() > deadline) throw new Error(`S5: ${c.name} clients not all ${what} after 60 s`);
      if (what === 'probed') c.publish('CREATED');
    }
  };
  // A subscription starts server-side after the client hears back: probe until all have one.
  c.publish('CREATED');
  await until('probed');
  // Deliveries are in order per client: whoever has the barrier has every probe before it.
  c.publish('STATUS_CHANGED');
  await until('barrier');
}

/** One round: capacity (back to back, `window` in flight) or 20,000 deliveries/s. */
async function runRound(
  c: Contender,
  mode: Mode,
  seconds: number,
  clients: number,
  window: number,
): Promise<RoundResult> {
  await c.clients.startRound();
  const cpu = process.cpuUsage();
  let fired = 0;
  let completed = 0;
  let lastFire = 0;
  let lastProgress = now();
  const start = now();
  const end = start + seconds * 1000;
  const fire = (at: number) => {
    c.publish('UPDATED');
    c.clients.fired(fired, at);
    fired += 1;
    lastFire = at;
  };
  c.clients.onComplete(() => {
    completed += 1;
    lastProgress = now();
    if (mode === 'capacity' && now() < end) fire(now());
  });
  if (mode === 'capacity') {
    for (let i = 0; i < window; i += 1) fire(now());
    // Done when the last events are in, or stuck when nothing completes for the lost limit.
    while (!(now() >= end && completed === fired) && now() - lastProgress < LOST_AFTER_MS) await sleep(20);
  } else {
    // Latency counts from when an event was due, so a late publish shows as latency too.
    const interval = (1000 * clients) / TARGET_PER_SECOND;
    for (let due = start; due < end; due += interval) {
      await sleep(Math.max(0, due - now()));
      fire(due);
    }
    while (completed < fired && now() - lastFire < LOST_AFTER_MS) await sleep(20);
  }
  c.clients.onComplete(() => {});
  const used = process.cpuUsage(cpu);
  const serverCpu = (used.user + used.system) / 1000 / (now() - start);
  return { ...(await c.clients.report(LOST_AFTER_MS)), serverCpu };
}

async function signIn(url: string, login: string) {
  const res = await graphql<{ login: { accessToken: string } }>(
    url,
    undefined,
    'mutation ($i: LoginInput!) { login(input: $i) { accessToken } }',
    { i: { login, password: DEMO_PASSWORD } },
  );
  return res.login.accessToken;
}

/** A piece of equipment of the demo park, checked to be readable by every user. */
async function findTarget(url: string, tokens: string[], logins: string[]) {
  // park.manager is bound to the demo park only; hq.admin would see the generated parks too.
  const scout = tokens[logins.indexOf('park.manager')] ?? tokens[0]!;
  const page = await graphql<{ equipmentLedger: { nodes: { id: string; park: { id: string } }[] } }>(
    url,
    scout,
    'query { equipmentLedger(first: 1) { nodes { id park { id } } } }',
  );
  const found = page.equipmentLedger.nodes[0];
  if (!found) throw new Error('S5: no equipment visible to the scout');
  for (const [i, token] of tokens.entries()) {
    const one = await graphql<{ equipment: { park: { id: string } } | null }>(
      url,
      token,
      'query ($id: ID!) { equipment(id: $id) { park { id } } }',
      { id: found.id },
    );
    if (one.equipment?.park.id !== found.park.id) throw new Error(`S5: ${logins[i]} cannot see ${found.id}`);
  }
  return { parkId: found.park.id, equipmentId: found.id };
}

async function graphql<T>(url: string, token: string | undefined, query: string, variables = {}) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown };
  if (!body.data || body.errors) throw new Error(`S5: ${query} answered ${JSON.stringify(body)}`);
  return body.data;
}

/** The text of one real `next` message of ours, speaking graphql-transport-ws by hand. */
function captureDelivery(url: string, token: string, parkId: string, publish: (kind: Kind) => void) {
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
  const id = randomUUID();
  let probe: NodeJS.Timeout | undefined;
  let failure = 'no delivery within 30 s';
  return new Promise<string>((resolve, reject) => {
    const timeout = setTimeout(() => ws.close(), 30_000);
    ws.on('open', () =>
      ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })),
    );
    ws.on('message', (data) => {
      const text = data.toString();
      const msg = JSON.parse(text) as { type: string; payload?: { errors?: unknown } };
      if (msg.type === 'connection_ack') {
        const query =
          'subscription ($p: ID!) { equipmentChanged(parkId: $p) { kind equipment { id code name status } } }';
        ws.send(JSON.stringify({ id, type: 'subscribe', payload: { query, variables: { p: parkId } } }));
        probe = setInterval(() => publish('UPDATED'), 100);
      } else if (msg.type === 'next' && !msg.payload?.errors) {
        ws.send(JSON.stringify({ id, type: 'complete' }));
        ws.close();
        resolve(text);
      } else if (msg.type !== 'ping' && msg.type !== 'pong') {
        failure = text;
        ws.close();
      }
    });
    ws.on('close', (code) => {
      clearInterval(probe);
      clearTimeout(timeout);
      reject(new Error(`S5: capturing a delivery failed (${code}): ${failure}`));
    });
  });
}

/** A plain `ws` server sending `captured` (its `kind` swapped for probes) to every client. */
async function startBroadcaster(captured: string) {
  const server = createServer();
  const wss = new WebSocketServer({ server });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const withKind = (kind: Kind) => {
    const msg = JSON.parse(captured) as { payload: { data: { equipmentChanged: { kind: string } } } };
    msg.payload.data.equipmentChanged.kind = kind;
    return Buffer.from(JSON.stringify(msg));
  };
  const messages: Record<Kind, Buffer> = {
    UPDATED: Buffer.from(captured),
    CREATED: withKind('CREATED'),
    STATUS_CHANGED: withKind('STATUS_CHANGED'),
  };
  return {
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}`,
    publish(kind: Kind) {
      for (const client of wss.clients) client.send(messages[kind], { binary: false });
    },
    async close() {
      for (const client of wss.clients) client.terminate();
      await new Promise((resolve) => wss.close(resolve));
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Prints the rows as Markdown, one line per contender and mode. */
export function printFanoutTable(rows: FanoutRow[], run: { rounds: number; seconds: number }) {
  const raw = (mode: Mode) => rows.find((r) => r.contender === 'raw ws' && r.mode === mode);
  const lines = [
    `${run.rounds} alternating rounds of ${run.seconds} s, ${rows[0]?.clients} clients; ` +
      `ours signed in as ${rows.find((r) => r.users.length)?.users.join(', ')} (round-robin)`,
    '',
    '| scenario | contender | mode | deliveries/s (median) | p50 ms | p99 ms | vs raw ws | deliveries/s per round | p99 per round | lost | errors | CPU servers | CPU clients |',
    '|---|---|---|--:|--:|--:|--:|---|---|--:|--:|--:|--:|',
  ];
  for (const r of rows)
    lines.push(
      `| S5 fan-out over graphql-ws | ${r.contender} | ${r.mode} | ${r.perSecond.toFixed(0)} | ${r.p50.toFixed(1)} | ` +
        `${r.p99.toFixed(1)} | ${(r.perSecond / (raw(r.mode)?.perSecond || Number.NaN)).toFixed(2)}x | ` +
        `${r.rounds.map((x) => x.toFixed(0)).join(' ')} | ${r.p99Rounds.map((x) => x.toFixed(0)).join(' ')} | ` +
        `${r.lost} | ${r.errors} | ${r.serverCpu.toFixed(2)} | ${r.clientCpu.toFixed(2)} |`,
    );
  lines.push(
    '',
    'Latency: event published → message parsed in a client; at 20k/s from when the event was due. ' +
      'p50/p99 over deliveries received within 5 s; later ones count as lost. ' +
      'CPU: busy cores of the process running the servers (app, raw broadcaster, publisher) and of the clients process.',
  );
  console.log(lines.join('\n'));
}
