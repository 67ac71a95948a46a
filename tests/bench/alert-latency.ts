/**
 * Issue 18's last latency, S9 "publish → alert delivered": meter devices of a generated park,
 * each with a baseline reading committed, then paced, one device after another, a reading whose
 * quarter exceeds the park's THRESHOLD rule. The real path end to end: MQTT (embedded aedes) →
 * the product's consumer → committed with rollups and the park's `energy.readingsRecorded` job →
 * the job worker → energy alerts' evaluation → `energyAlertChanged` over graphql-ws to a control
 * room subscribed as staff. Latency per alert: its reading's `publish()` call → the OPENED event
 * for its meter received by the subscriber, one clock.
 */

import { createClient } from 'graphql-ws';
import mqtt, { type MqttClient } from 'mqtt';
import pg from 'pg';
import WebSocket from 'ws';
import { TelemetryConsumer } from '../../api/dist/modules/iot/iot.consumer.js';
import { Ingest } from '../../api/dist/modules/iot/iot.ingest.js';
import { systemTransaction } from '../../api/dist/modules/iot/iot.runtime.js';
import { TELEMETRY_HANDLERS } from '../../api/dist/modules/registry.js';
import { graphqlClient } from '../../api/dist/simulator/graphql-client.js';
import { type IngestRow, type Services, setUp } from './ingest.ts';
import { SECRET, SERVICE, startAedes } from './ingest-brokers.ts';

const QUARTER = 900_000;
/** kWh in a quarter above which the rule opens an alert; each tripping reading books 50. */
const THRESHOLD = 10;

export async function runAlertLatency(opts: {
  ownerUrl: string;
  /** The API that runs the job worker, and its services (consumer and subscription share them). */
  url: string;
  services: Services;
  /** A staff token that may manage the park's alert rules and watch its alerts. */
  token: string;
  alerts: number;
  /** Milliseconds between two tripping readings. */
  paceMs: number;
  log(msg: string): void;
}): Promise<IngestRow> {
  const owner = new pg.Client({ connectionString: opts.ownerUrl });
  await owner.connect();
  const gql = graphqlClient(opts.url, () => opts.token);
  const transaction = systemTransaction(opts.services);
  const { devices, parkId } = await setUp(owner, opts.alerts);
  const codeOf = new Map(devices.map((d) => [d.code, d]));
  await gql(
    'mutation ($input: CreateEnergyAlertRuleInput!) { createEnergyAlertRule(input: $input) { id } }',
    {
      input: {
        parkId,
        name: 'S9 每刻钟超限',
        kind: 'THRESHOLD',
        meterKind: 'ELECTRICITY',
        meterLevel: 'BUILDING',
        grain: 'QUARTER',
        threshold: THRESHOLD,
      },
    },
  );

  const delivered = new Map<string, number>();
  let errors = 0;
  const room = createClient({
    url: `${opts.url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${opts.token}` },
    retryAttempts: 0,
  });
  const watching = new Promise<void>((resolve, reject) => {
    room.on('connected', () => setTimeout(resolve, 500));
    room.on('error', reject);
  });
  const unsubscribe = room.subscribe<{
    energyAlertChanged: { action: string; alert: { meterCode: string } };
  }>(
    {
      query: 'subscription ($p: ID!) { energyAlertChanged(parkId: $p) { action alert { meterCode } } }',
      variables: { p: parkId },
    },
    {
      next: ({ data }) => {
        const change = data?.energyAlertChanged;
        if (change?.action === 'OPENED' && !delivered.has(change.alert.meterCode))
          delivered.set(change.alert.meterCode, performance.now());
      },
      error: () => {
        errors += 1;
      },
      complete: () => undefined,
    },
  );
  await watching;

  const broker = await startAedes(opts.services, transaction);
  const clients: MqttClient[] = [];
  const consumer = await TelemetryConsumer.start({
    url: broker.url,
    username: SERVICE.username,
    password: SERVICE.password,
    ingest: new Ingest(transaction, TELEMETRY_HANDLERS, opts.services.clock, opts.services.logger),
    logger: opts.services.logger,
  });
  try {
    for (const d of devices)
      clients.push(
        await mqtt.connectAsync(broker.url, {
          clientId: d.id,
          username: d.id,
          password: SECRET,
          protocolVersion: 4,
          clean: true,
          reconnectPeriod: 0,
        }),
      );
    const t0 = Math.floor(Date.now() / QUARTER) * QUARTER - 4 * QUARTER;
    const payload = (seq: number, at: number, value: number) =>
      Buffer.from(JSON.stringify({ ts: new Date(at).toISOString(), seq, value, unit: 'kWh' }));
    // Baselines first, committed before any tripping reading.
    await Promise.all(
      devices.map((d, i) => clients[i]!.publishAsync(d.topic, payload(1, t0, 1000), { qos: 1 })),
    );
    const meterIds = devices.flatMap((d) => d.meterIds);
    for (const until = Date.now() + 60_000; Date.now() < until; ) {
      const { rows } = await owner.query<{ n: string }>(
        'select count(*) n from meter where id = any($1) and last_reading_at is not null',
        [meterIds],
      );
      if (Number(rows[0]!.n) === devices.length) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    opts.log(`S9 alerts: ${devices.length} meters ready; one tripping reading every ${opts.paceMs} ms`);

    const publishedAt = new Map<string, number>();
    const started = performance.now();
    for (const [i, d] of devices.entries()) {
      publishedAt.set(d.code, performance.now());
      await clients[i]!.publishAsync(d.topic, payload(2, t0 + QUARTER, 1000 + 5 * THRESHOLD), { qos: 1 });
      await new Promise((r) => setTimeout(r, opts.paceMs));
    }
    for (const until = Date.now() + 60_000; delivered.size < devices.length && Date.now() < until; )
      await new Promise((r) => setTimeout(r, 50));
    const ms = performance.now() - started;
    const latencies = [...delivered]
      .filter(([code]) => codeOf.has(code))
      .map(([code, at]) => at - publishedAt.get(code)!)
      .sort((a, b) => a - b);
    return {
      broker: 'aedes',
      stage: 'publish → alert delivered (graphql-ws)',
      count: latencies.length,
      ms,
      perSecond: (latencies.length / ms) * 1000,
      p50: latencies[Math.floor(latencies.length * 0.5)],
      p99: latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.99))],
      note: `${devices.length} readings over the limit, paced ${opts.paceMs} ms; ${devices.length - latencies.length} alerts not delivered, ${errors} subscription errors`,
    };
  } finally {
    unsubscribe();
    await room.dispose();
    await Promise.all(clients.map((c) => c.endAsync(true)));
    await consumer.stop();
    await broker.close();
    await owner.end();
  }
}
