import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, writeFile } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import mqtt, { type MqttClient } from 'mqtt';
import { query } from '../src/db/sql.js';
import type { MqttSettings } from '../src/modules/iot/iot.settings.js';
import type { TelemetryHandlers, TelemetryMessage } from '../src/modules/iot/iot.telemetry.js';
import type { TestApp } from './test-app.js';

/** A table with the ingest's de-duplication key, standing in for the energy feature's readings. */
export async function createReadingTable(t: TestApp) {
  await t.sql(`create table test_reading (
    device_id uuid not null, seq bigint not null, at timestamptz not null, value float8 not null,
    primary key (device_id, seq))`);
  await t.sql('grant select, insert on test_reading to park_app');
}

/** What the test handler saw: messages handed to it, rows it inserted (the rest were redeliveries). */
export type HandlerTally = {
  seen: number;
  inserted: number;
  calls: number;
  /** The most messages one call was handed, when counted. */
  largest?: number;
};

/** A METER handler that records readings exactly once: a redelivered message inserts nothing. */
export function meterHandler(tally: HandlerTally): TelemetryHandlers {
  return {
    async METER(
      em: EntityManager,
      messages: readonly TelemetryMessage<never>[] | readonly TelemetryMessage[],
    ) {
      const meters = messages as readonly Extract<TelemetryMessage, { kind: 'METER' }>[];
      const rows = await query<{ n: number }>(
        em,
        `with ins as (insert into test_reading (device_id, seq, at, value)
           select * from unnest(?::uuid[], ?::bigint[], ?::timestamptz[], ?::float8[])
           on conflict do nothing returning 1) select count(*)::int as n from ins`,
        [
          meters.map((m) => m.deviceId),
          meters.map((m) => m.seq ?? 0),
          meters.map((m) => m.at),
          meters.map((m) => ('value' in m.payload ? m.payload.value : 0)),
        ],
      );
      tally.calls += 1;
      tally.seen += meters.length;
      tally.inserted += rows[0]!.n;
      if (tally.largest !== undefined) tally.largest = Math.max(tally.largest, meters.length);
      return { accepted: rows[0]!.n, rejected: 0 };
    },
  } as TelemetryHandlers;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function mqttSettings(overrides: Partial<MqttSettings> = {}): Promise<MqttSettings> {
  return {
    url: undefined,
    host: '127.0.0.1',
    port: 0,
    dataDir: await mkdtemp(join(tmpdir(), 'park-mqtt-')),
    serviceUsername: 'park-ingest',
    servicePassword: 'service-password-for-tests',
    rate: { perSecond: 100_000, burst: 100_000 },
    ...overrides,
  };
}

export type RegisteredDevice = {
  id: string;
  code: string;
  secret: string;
  telemetry: string;
  command: string;
};

/** Registers a device in the demo park through the API, as the console does. */
export async function registerDevice(
  t: TestApp,
  parkId: string,
  code: string,
  kind = 'METER',
): Promise<RegisteredDevice> {
  const { registerIotDevice: r } = await t.gqlOk<{
    registerIotDevice: {
      username: string;
      secret: string;
      device: { code: string; topics: { telemetry: string; command: string } };
    };
  }>(
    `mutation ($input: RegisterIotDeviceInput!) { registerIotDevice(input: $input) {
       username secret device { code topics { telemetry command } } } }`,
    { input: { parkId, code, kind, name: `测试 ${code}` } },
  );
  return { id: r.username, code: r.device.code, secret: r.secret, ...r.device.topics };
}

/** A device's MQTT client: its id as client id and username, a persistent session. */
export function connectDevice(
  url: string,
  device: { id: string; secret: string },
  opts: mqtt.IClientOptions = {},
) {
  return mqtt.connectAsync(url, {
    clientId: device.id,
    username: device.id,
    password: device.secret,
    clean: false,
    protocolVersion: 4,
    reconnectPeriod: 0,
    connectTimeout: 20_000,
    ...opts,
  });
}

/** Resolves when the client's connection closes (the broker refused something). */
export const closed = (client: MqttClient) =>
  new Promise<void>((resolve) => client.once('close', () => resolve()));

export async function waitFor(
  check: () => Promise<boolean>,
  timeoutMs = 20_000,
  what = 'condition',
  status: () => Promise<unknown> = async () => '',
) {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what} ${String(await status())}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export const MOSQUITTO = '/usr/sbin/mosquitto';
export const hasMosquitto = existsSync(MOSQUITTO);

/**
 * Debian's Mosquitto on a free port with its own configuration: no anonymous access, a password
 * file and an ACL as README › Devices over MQTT describes, persistence in its folder, queues long
 * enough for 10,000 messages of an offline persistent session.
 */
export class Mosquitto {
  child: ChildProcess | undefined;
  private constructor(
    readonly dir: string,
    readonly port: number,
  ) {}

  get url() {
    return `mqtt://127.0.0.1:${this.port}`;
  }

  static async create(users: { username: string; password: string; acl: string[] }[]): Promise<Mosquitto> {
    const dir = await mkdtemp(join(tmpdir(), 'park-mosquitto-'));
    // Started as root, Mosquitto drops to its own user, which must still write its store here.
    await chmod(dir, 0o777);
    const m = new Mosquitto(dir, await freePort());
    for (const [i, u] of users.entries())
      execFileSync('/usr/bin/mosquitto_passwd', [
        ...(i === 0 ? ['-c'] : []),
        '-b',
        join(dir, 'passwd'),
        u.username,
        u.password,
      ]);
    await writeFile(
      join(dir, 'acl'),
      users.map((u) => [`user ${u.username}`, ...u.acl].join('\n')).join('\n\n') + '\n',
    );
    await writeFile(
      join(dir, 'mosquitto.conf'),
      [
        `listener ${m.port} 127.0.0.1`,
        'allow_anonymous false',
        `password_file ${join(dir, 'passwd')}`,
        `acl_file ${join(dir, 'acl')}`,
        'persistence true',
        `persistence_location ${dir}/`,
        'max_inflight_messages 10000',
        'max_queued_messages 100000',
        'log_dest none',
        '',
      ].join('\n'),
    );
    return m;
  }

  async start() {
    this.child = spawn(MOSQUITTO, ['-c', join(this.dir, 'mosquitto.conf')], { stdio: 'ignore' });
    await waitFor(
      () =>
        new Promise((resolve) => {
          const socket = connect(this.port, '127.0.0.1');
          socket.once('connect', () => (socket.destroy(), resolve(true)));
          socket.once('error', () => resolve(false));
        }),
      15_000,
      'mosquitto to listen',
    );
  }

  /** Stops it with `signal` and waits for the process to end. */
  async stop(signal: NodeJS.Signals = 'SIGTERM') {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const done = new Promise((r) => child.once('exit', r));
    child.kill(signal);
    await done;
  }
}
