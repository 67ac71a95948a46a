/**
 * The subscribers of scenario S5, in their own process so they do not share an event loop with
 * the servers: N graphql-ws clients of our API (`ours`), or N plain `ws` clients of the raw
 * broadcaster (`raw`). The parent (`fanout.ts`) drives them over the IPC channel: it publishes
 * events and tells this process when it fired each one; this process timestamps every delivery
 * on the same clock (`performance.timeOrigin + performance.now()`, comparable across processes
 * on one machine) and matches it to its event.
 *
 * Deliveries are told apart by their `kind`: `CREATED` probes a subscription is live,
 * `STATUS_CHANGED` is a barrier (whoever received it has nothing older in flight), `UPDATED` is
 * measured. Both servers deliver in order per client, so a client's k-th `UPDATED` of a round
 * belongs to the round's k-th event.
 */
import { fork } from 'node:child_process';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

export type ClientsJob =
  | { mode: 'ours'; url: string; tokens: string[]; parkId: string; clients: number }
  | { mode: 'raw'; url: string; clients: number };

/** What one round measured, from the deliveries that arrived within `lostAfterMs` of their event. */
export type RoundReport = {
  fired: number;
  received: number;
  lost: number;
  /** Received deliveries ÷ time from the first event fired to the last delivery counted. */
  perSecond: number;
  p50: number;
  p99: number;
  /** Subscription errors (`error` sinks, `errors` in a result) since the last report. */
  errors: number;
  /** CPU time of this process over the round's wall time (1 = one core busy). */
  cpu: number;
};

type ToClients =
  | { type: 'connect' }
  | { type: 'status' }
  | { type: 'round' }
  | { type: 'fired'; seq: number; firedAt: number }
  | { type: 'report'; lostAfterMs: number }
  | { type: 'close' };
type FromClients =
  | { type: 'connect' }
  | { type: 'status'; probed: number; barrier: number }
  | { type: 'round' }
  | { type: 'complete'; seq: number }
  | { type: 'report'; report: RoundReport }
  | { type: 'close' };
type Reply<T extends FromClients['type']> = Extract<FromClients, { type: T }>;

export type Clients = {
  /** Connects (again: closing the old ones first) and subscribes every client. */
  connect(): Promise<void>;
  /** How many clients received a probe, and the barrier, since they connected. */
  status(): Promise<{ probed: number; barrier: number }>;
  /** Forgets the last round's events and deliveries. */
  startRound(): Promise<void>;
  fired(seq: number, firedAt: number): void;
  /** Called once per event, when every client has received it. */
  onComplete(listener: (seq: number) => void): void;
  report(lostAfterMs: number): Promise<RoundReport>;
  close(): Promise<void>;
};

/** Starts the clients' process; `connect` connects them. */
export function startClients(job: ClientsJob): Clients {
  const child = fork(new URL(import.meta.url).pathname, [JSON.stringify(job)], {
    execArgv: [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let completeListener: (seq: number) => void = () => {};
  const waiting = new Map<string, (msg: FromClients) => void>();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.on('error', (err) => console.error('[fanout-clients]', err));
  child.on('message', (msg: FromClients) => {
    if (msg.type === 'complete') completeListener(msg.seq);
    else waiting.get(msg.type)?.(msg);
  });
  const ask = <T extends FromClients['type']>(msg: ToClients & { type: T }) =>
    new Promise<Reply<T>>((resolve, reject) => {
      const fail = () => reject(new Error(`fan-out clients exited while answering ${msg.type}`));
      child.once('exit', fail);
      waiting.set(msg.type, (reply) => {
        waiting.delete(msg.type);
        child.off('exit', fail);
        resolve(reply as Reply<T>);
      });
      child.send(msg);
    });
  return {
    connect: () => ask({ type: 'connect' }).then(() => undefined),
    status: () => ask({ type: 'status' }),
    startRound: () => ask({ type: 'round' }).then(() => undefined),
    fired: (seq, firedAt) => child.send({ type: 'fired', seq, firedAt } satisfies ToClients),
    onComplete: (listener) => {
      completeListener = listener;
    },
    report: (lostAfterMs) => ask({ type: 'report', lostAfterMs }).then((r) => r.report),
    async close() {
      if (child.exitCode === null && child.connected) await ask({ type: 'close' });
      const timer = setTimeout(() => child.kill(), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

const now = () => performance.timeOrigin + performance.now();

const SUBSCRIPTION =
  'subscription ($p: ID!) { equipmentChanged(parkId: $p) { kind equipment { id code name status } } }';

type Subscriber = { probed: boolean; barrier: boolean; index: number; close(): Promise<void> };

if (import.meta.url === `file://${process.argv[1]}`) {
  const job = JSON.parse(process.argv[2]!) as ClientsJob;
  const send = (msg: FromClients) => process.send!(msg);
  let subscribers: Subscriber[] = [];
  let errors = 0;
  // The round's events: when each was fired, when each of its deliveries arrived.
  let firedAt: number[] = [];
  let arrivals: number[][] = [];
  let roundStart = { at: now(), cpu: process.cpuUsage() };

  const deliver = (s: Subscriber, kind: unknown) => {
    const at = now();
    if (kind === 'CREATED') s.probed = true;
    else if (kind === 'STATUS_CHANGED') s.barrier = true;
    else if (kind === 'UPDATED') {
      const k = s.index;
      s.index += 1;
      const times = arrivals[k] ?? [];
      arrivals[k] = times;
      times.push(at);
      if (times.length === job.clients) send({ type: 'complete', seq: k });
    } else errors += 1;
  };

  const subscribeOurs = (i: number, token: string, parkId: string) =>
    new Promise<Subscriber>((resolve, reject) => {
      const client = createClient({
        url: `${job.url.replace(/^http/, 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${token}` },
        retryAttempts: 0,
        on: { connected: () => resolve(s) },
      });
      const s: Subscriber = { probed: false, barrier: false, index: 0, close: async () => client.dispose() };
      client.subscribe<{ equipmentChanged: { kind: string } }>(
        { query: SUBSCRIPTION, variables: { p: parkId } },
        {
          next: (result) => {
            if (result.errors && errors === 0) console.error('[fanout-clients]', result.errors);
            deliver(s, result.data?.equipmentChanged?.kind);
          },
          error: (err) => {
            errors += 1;
            if (errors === 1) console.error(`[fanout-clients] client ${i}:`, err);
            reject(err instanceof Error ? err : new Error(`client ${i} failed to subscribe`));
          },
          complete: () => {},
        },
      );
    });

  const connectRaw = (url: string) =>
    new Promise<Subscriber>((resolve, reject) => {
      const ws = new WebSocket(url);
      const s: Subscriber = {
        probed: false,
        barrier: false,
        index: 0,
        close: () =>
          new Promise<void>((done) => {
            if (ws.readyState === WebSocket.CLOSED) return done();
            ws.once('close', () => done());
            ws.close();
          }),
      };
      // Parsed like graphql-ws parses every message it receives.
      ws.on('message', (data) => {
        const msg = JSON.parse(data.toString()) as {
          payload: { data: { equipmentChanged: { kind: string } } };
        };
        deliver(s, msg.payload.data.equipmentChanged.kind);
      });
      ws.once('open', () => resolve(s));
      ws.once('error', reject);
    });

  const connect = async () => {
    await Promise.all(subscribers.map((s) => s.close()));
    const next = Array.from({ length: job.clients }, (_, i) =>
      job.mode === 'ours'
        ? subscribeOurs(i, job.tokens[i % job.tokens.length]!, job.parkId)
        : connectRaw(job.url),
    );
    subscribers = await Promise.all(next);
  };

  const report = (lostAfterMs: number): RoundReport => {
    const latencies: number[] = [];
    let last = 0;
    for (const [k, fired] of firedAt.entries())
      for (const at of arrivals[k] ?? [])
        if (at - fired <= lostAfterMs) {
          latencies.push(at - fired);
          last = Math.max(last, at);
        }
    latencies.sort((x, y) => x - y);
    const pick = (q: number) =>
      latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)] ?? 0;
    const first = firedAt[0] ?? 0;
    const cpu = process.cpuUsage(roundStart.cpu);
    const result = {
      fired: firedAt.length,
      received: latencies.length,
      lost: firedAt.length * job.clients - latencies.length,
      perSecond: last > first ? latencies.length / ((last - first) / 1000) : 0,
      p50: pick(0.5),
      p99: pick(0.99),
      errors,
      cpu: (cpu.user + cpu.system) / 1000 / (now() - roundStart.at),
    };
    errors = 0;
    return result;
  };

  process.on('message', (msg: ToClients) => {
    switch (msg.type) {
      case 'connect':
        connect().then(
          () => send({ type: 'connect' }),
          (err: unknown) => {
            console.error('[fanout-clients] connecting failed:', err);
            process.exit(1);
          },
        );
        break;
      case 'status':
        send({
          type: 'status',
          probed: subscribers.filter((s) => s.probed).length,
          barrier: subscribers.filter((s) => s.barrier).length,
        });
        break;
      case 'round':
        firedAt = [];
        arrivals = [];
        for (const s of subscribers) s.index = 0;
        roundStart = { at: now(), cpu: process.cpuUsage() };
        send({ type: 'round' });
        break;
      case 'fired':
        firedAt[msg.seq] = msg.firedAt;
        break;
      case 'report':
        send({ type: 'report', report: report(msg.lostAfterMs) });
        break;
      case 'close':
        Promise.all(subscribers.map((s) => s.close())).then(() => {
          send({ type: 'close' });
          process.disconnect();
        });
        break;
    }
  });
}
