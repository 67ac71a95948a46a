import mqtt, { type MqttClient } from 'mqtt';
import { graphqlClient, pages } from './graphql-client.js';
import { buildModel, dice, type MeterInfo, QUARTER_MS, quarterConsumption, type SimMeter } from './model.js';

/**
 * The park simulator (issue 18 §7): the demo park's meters keep ticking after the seeded year.
 * It reads the park's meters, their recent consumption and their devices through the GraphQL API,
 * issues each metering gateway a new secret (`rotateIotDeviceSecret`: the seed leaves the demo
 * devices without a usable one, and the new secrets live only in this process's memory), connects
 * each gateway over MQTT as that device and publishes its meters' cumulative registers each
 * simulated 15 minutes on the gateway's telemetry topic in one message (`readings`), exactly as a
 * data concentrator would. Faults are published, never applied to the true register: a brief
 * zero, a backward value, a spike, a meter offline for a while. A leak adds flow to a water meter
 * day and night: injected (`injectLeak`), or starting now and then by itself and stopping after
 * six hours to two days.
 *
 * It is a client of the API like any device: nothing in `modules/` imports it.
 */
export type FaultKind = 'ZERO' | 'BACKWARD' | 'SPIKE' | 'OFFLINE';
/** What a tick reports: a fault, or a leak that started by itself. */
export type Incident = FaultKind | 'LEAK';

export type SimulatorOptions = {
  /** The API's base URL (`http://host:port`); GraphQL at `/graphql`. */
  apiUrl: string;
  /** The broker the devices connect to. */
  mqttUrl: string;
  /** A bearer token, or a staff login with `iot.manage` and `energy.read` in the park. */
  auth: { token: string } | { login: string; password: string };
  /** The park's code (default: the demo park). */
  parkCode?: string;
  /**
   * Only these meters (codes), and only the gateways they are linked to: a second simulator
   * beside the park's own (a test) leaves the other gateways' secrets alone.
   */
  meters?: readonly string[];
  /**
   * Real milliseconds per simulated quarter hour (time compression); unset: real time, a tick at
   * each quarter of the wall clock, after catching up on the quarters since the last readings.
   */
  quarterMs?: number;
  /** No timer: the caller advances the clock with `tick()` (tests). */
  manual?: boolean;
  /** Simulated start (a quarter boundary after the meters' last readings); default: the newest of them. */
  startAt?: Date;
  /** Chance per meter and quarter of a random fault (default 1 in 5,000; 0: none). */
  faultRate?: number;
  /**
   * Chance per water meter and quarter that a leak starts (default 1 in 20,000: in the demo
   * park's 18 water meters, one about every twelve days; 0: none).
   */
  leakRate?: number;
  /** Messages per second each gateway sends at most (the embedded broker allows 10 by default). */
  publishRate?: number;
  /** Fixes the weather, the noise and the random faults. */
  seed?: number;
  logger?: { info(obj: object, msg: string): void; warn(obj: object, msg: string): void };
};

/** What one tick published. */
export type TickReport = {
  at: Date;
  /** Readings published. */
  published: number;
  /** Messages they took (one per gateway, up to GATEWAY_READINGS readings each). */
  messages: number;
  faults: { meter: string; fault: Incident }[];
};

type Gateway = { id: string; code: string; topic: string; client: MqttClient; seq: number; nextAt: number };
type Live = SimMeter & {
  /** True register, thousandths of its unit. */
  register: number;
  gateway: Gateway;
  unit: 'kWh' | 'm3';
  spikeLimit: number | null;
  offlineUntil: number;
  pending: FaultKind | undefined;
  /** Extra flow of a leak, per hour in its unit. */
  leak: number;
  /** When a leak that started by itself stops (injected ones never do). */
  leakUntil: number;
};

/** Most readings in one gateway message (the API's `MAX_GATEWAY_READINGS`). */
const GATEWAY_READINGS = 200;

/** Most quarters a real-time start publishes to catch up; older ones the meters "missed" (a gap). */
const CATCH_UP_QUARTERS = 8;
const DEMO_PARK_CODE = 'SZ-XH';

/** Minutes east of UTC of a time zone at an instant. */
function offsetMinutes(timeZone: string, at: number): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  const m = /GMT([+-])(\d\d):(\d\d)/.exec(name ?? '');
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

const localDate = (at: number, offset: number) => new Date(at + offset * 60_000).toISOString().slice(0, 10);

export class ParkSimulator {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();
  private stopped = false;
  private readonly byCode = new Map<string, Live>();

  private constructor(
    private readonly opts: SimulatorOptions,
    private readonly roots: SimMeter[],
    private readonly live: Live[],
    private readonly gateways: Gateway[],
    private readonly offset: number,
    /** End of the last simulated quarter. */
    private clock: number,
  ) {
    for (const m of live) this.byCode.set(m.code, m);
  }

  /** Reads the park, issues the gateways their secrets, connects them and starts the clock. */
  static async start(opts: SimulatorOptions): Promise<ParkSimulator> {
    let token = 'token' in opts.auth ? opts.auth.token : undefined;
    const gql = graphqlClient(opts.apiUrl, () => token);
    if ('login' in opts.auth) {
      const { login } = await gql<{ login: { accessToken: string } }>(
        'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
        { input: { login: opts.auth.login, password: opts.auth.password } },
      );
      token = login.accessToken;
    }
    const parkCode = opts.parkCode ?? DEMO_PARK_CODE;
    const parks = await pages((after) =>
      gql<{ parks: { nodes: { id: string; code: string; timeZone: string }[]; pageInfo: never } }>(
        'query ($after: String) { parks(first: 100, after: $after) { nodes { id code timeZone } pageInfo { hasNextPage endCursor } } }',
        { after },
      ).then((d) => d.parks),
    );
    const park = parks.find((p) => p.code === parkCode);
    if (!park) throw new Error(`simulator: no park ${parkCode}`);

    type ApiMeter = Omit<MeterInfo, 'unitType' | 'industryCode'> & {
      unitId: string | null;
      virtual: boolean;
      active: boolean;
      spikeLimit: number | null;
    };
    const meters = (
      await pages((after) =>
        gql<{ meters: { nodes: ApiMeter[]; pageInfo: never } }>(
          `query ($parkId: ID!, $after: String) { meters(parkId: $parkId, first: 100, after: $after) {
             nodes { id code kind level parentId deviceId deviceRegister multiplier registerDigits spikeLimit
                     baselineValue lastReadingAt unitId virtual active }
             pageInfo { hasNextPage endCursor } } }`,
          { parkId: park.id, after },
        ).then((d) => d.meters),
      )
    ).filter(
      (m) =>
        !m.virtual &&
        m.active &&
        m.deviceId &&
        m.baselineValue !== null &&
        m.lastReadingAt &&
        (!opts.meters || opts.meters.includes(m.code)),
    );
    if (meters.length === 0) throw new Error(`simulator: park ${parkCode} has no meters linked to devices`);
    const units = new Map(
      (
        await pages((after) =>
          gql<{
            units: {
              nodes: { id: string; type: string; tenant: { industry: { code: string } } | null }[];
              pageInfo: never;
            };
          }>(
            `query ($filter: UnitFilter, $after: String) { units(filter: $filter, first: 100, after: $after) {
               nodes { id type tenant { industry { code } } } pageInfo { hasNextPage endCursor } } }`,
            { filter: { parkId: park.id }, after },
          ).then((d) => d.units),
        )
      ).map((u) => [u.id, u]),
    );
    const newest = Math.max(...meters.map((m) => Date.parse(m.lastReadingAt!)));
    const offset = offsetMinutes(park.timeZone, newest);
    // Calibrate on the last seven full local days before the newest reading.
    const toDay = localDate(newest - 86_400_000, offset);
    const fromDay = localDate(newest - 7 * 86_400_000, offset);
    const recent = new Map<string, number>();
    for (let i = 0; i < meters.length; i += 100) {
      const { energyConsumption } = await gql<{ energyConsumption: { key: string; total: number }[] }>(
        `query ($input: ConsumptionQueryInput!) { energyConsumption(input: $input) { key total } }`,
        {
          input: {
            parkId: park.id,
            groupBy: 'METER',
            grain: 'DAY',
            from: fromDay,
            to: toDay,
            meterIds: meters.slice(i, i + 100).map((m) => m.id),
          },
        },
      );
      for (const s of energyConsumption) recent.set(s.key, s.total);
    }
    const windowFrom = Date.parse(`${fromDay}T00:00:00Z`) - offset * 60_000;
    const windowTo = Date.parse(`${toDay}T00:00:00Z`) - offset * 60_000 + 86_400_000;
    const infos: (MeterInfo & { spikeLimit: number | null })[] = meters.map((m) => {
      const unit = m.unitId ? units.get(m.unitId) : undefined;
      return { ...m, unitType: unit?.type ?? null, industryCode: unit?.tenant?.industry.code ?? null };
    });
    const roots = buildModel(infos, recent, { from: windowFrom, to: windowTo }, offset);

    // The gateways: a new secret each, then one MQTT connection each (client id = username = id).
    const { iotDevices } = await gql<{
      iotDevices: { id: string; code: string; topics: { telemetry: string } }[];
    }>('query ($parkId: ID!) { iotDevices(parkId: $parkId, kind: METER) { id code topics { telemetry } } }', {
      parkId: park.id,
    });
    const used = iotDevices.filter((d) => meters.some((m) => m.deviceId === d.id));
    const gateways: Gateway[] = [];
    try {
      for (const d of used) {
        const { rotateIotDeviceSecret } = await gql<{
          rotateIotDeviceSecret: { username: string; secret: string };
        }>('mutation ($id: ID!) { rotateIotDeviceSecret(id: $id) { username secret } }', { id: d.id });
        const client = await mqtt.connectAsync(opts.mqttUrl, {
          clientId: rotateIotDeviceSecret.username,
          username: rotateIotDeviceSecret.username,
          password: rotateIotDeviceSecret.secret,
          protocolVersion: 4,
          clean: true,
          reconnectPeriod: 2000,
        });
        gateways.push({ id: d.id, code: d.code, topic: d.topics.telemetry, client, seq: 0, nextAt: 0 });
      }
    } catch (err) {
      for (const g of gateways) g.client.end(true);
      throw err;
    }
    const gatewayOf = new Map(gateways.map((g) => [g.id, g]));
    const flat: SimMeter[] = [];
    const collect = (m: SimMeter) => {
      flat.push(m);
      for (const c of m.children) collect(c);
    };
    for (const r of roots) collect(r);
    const live: Live[] = flat
      .filter((m) => gatewayOf.has(m.deviceId!))
      .map((m) =>
        Object.assign(m, {
          register: Math.round(m.baselineValue! * 1000),
          gateway: gatewayOf.get(m.deviceId!)!,
          unit: m.kind === 'WATER' || m.kind === 'GAS' ? ('m3' as const) : ('kWh' as const),
          spikeLimit: (infos.find((i) => i.id === m.id)?.spikeLimit ?? null) as number | null,
          offlineUntil: 0,
          pending: undefined,
          leak: 0,
          leakUntil: Number.POSITIVE_INFINITY,
        }),
      );
    const start = Math.floor((opts.startAt?.getTime() ?? newest) / QUARTER_MS) * QUARTER_MS;
    const sim = new ParkSimulator(
      opts,
      roots,
      live,
      gateways,
      offset,
      Math.max(start, Math.floor(newest / QUARTER_MS) * QUARTER_MS),
    );
    for (const g of gateways) g.seq = Math.floor(sim.clock / QUARTER_MS) * 1000;
    // Registers keep counting from each meter's last reading up to the start, unpublished.
    sim.advanceSilently(Math.min(...meters.map((m) => Date.parse(m.lastReadingAt!))), sim.clock);
    opts.logger?.info(
      {
        park: parkCode,
        meters: live.length,
        devices: gateways.length,
        from: new Date(sim.clock).toISOString(),
        quarterMs: opts.quarterMs ?? 'real time',
        mqtt: opts.mqttUrl,
      },
      'park simulator: publishing meter readings',
    );
    if (!opts.manual) sim.schedule();
    return sim;
  }

  /** End of the last simulated quarter. */
  get now(): Date {
    return new Date(this.clock);
  }

  /** The meters it publishes, by code. */
  get meterCodes(): string[] {
    return [...this.byCode.keys()];
  }

  /** A meter's true register (not what a fault published). */
  register(code: string): number {
    return this.meter(code).register / 1000;
  }

  /** Makes a water meter leak: `perHour` more flow (m³/h), day and night, until `clearLeak`. */
  injectLeak(code: string, perHour = 0.8): void {
    const m = this.meter(code);
    if (m.kind !== 'WATER') throw new Error(`simulator: ${code} is no water meter`);
    m.leak = perHour;
    m.leakUntil = Number.POSITIVE_INFINITY;
  }

  clearLeak(code: string): void {
    this.meter(code).leak = 0;
  }

  /** A fault on the meter's next reading; OFFLINE: no readings for `quarters` (default 8, two hours). */
  injectFault(code: string, fault: FaultKind, quarters = 8): void {
    const m = this.meter(code);
    if (fault === 'OFFLINE') m.offlineUntil = this.clock + quarters * QUARTER_MS;
    else m.pending = fault;
  }

  /** Simulates and publishes the next quarter; ticks run one at a time. */
  tick(): Promise<TickReport> {
    const next = this.running.then(() => this.publishQuarter(this.clock + QUARTER_MS));
    this.running = next.catch(() => undefined);
    return next;
  }

  /** Stops the clock, waits for the tick under way and disconnects the gateways. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
    await Promise.all(this.gateways.map((g) => g.client.endAsync().catch(() => undefined)));
  }

  private meter(code: string): Live {
    const m = this.byCode.get(code);
    if (!m) throw new Error(`simulator: no meter ${code}`);
    return m;
  }

  private extra = (m: SimMeter) => ((m as Live).leak * QUARTER_MS) / 3_600_000;

  /** Adds each quarter's consumption in (from, to] to the registers, publishing nothing. */
  private advanceSilently(from: number, to: number): void {
    const seed = this.opts.seed ?? 0;
    for (let end = Math.floor(from / QUARTER_MS) * QUARTER_MS + QUARTER_MS; end <= to; end += QUARTER_MS) {
      const amounts = quarterConsumption(this.roots, end, this.offset, seed, this.extra);
      for (const m of this.live) {
        if (Date.parse(m.lastReadingAt!) >= end) continue;
        this.add(m, amounts.get(m.id) ?? 0);
      }
    }
  }

  private add(m: Live, amount: number): void {
    m.register += Math.round((amount / m.multiplier) * 1000);
    // A register wraps at its width; one already past it (a meter whose width is wrong in the
    // register, as some seeded tenant meters are) keeps counting, or its readings would go backward.
    const width = m.registerDigits === null ? 0 : 10 ** m.registerDigits * 1000;
    if (width > 0 && m.register >= width && m.register - Math.round((amount / m.multiplier) * 1000) < width)
      m.register %= width;
  }

  private schedule(): void {
    if (this.stopped) return;
    const q = this.opts.quarterMs;
    let wait: number;
    if (q !== undefined) wait = q;
    else {
      // Real time: catch up (at most a few quarters published, the rest counted silently), then
      // wait for the wall clock's next quarter.
      const due = Math.floor(Date.now() / QUARTER_MS) * QUARTER_MS;
      if (due - this.clock > CATCH_UP_QUARTERS * QUARTER_MS) {
        const resume = due - CATCH_UP_QUARTERS * QUARTER_MS;
        this.advanceSilently(this.clock, resume);
        this.clock = resume;
      }
      wait = this.clock < due ? 0 : due + QUARTER_MS - Date.now();
    }
    this.timer = setTimeout(() => {
      this.tick().then(
        (report) => {
          if (report.faults.length > 0)
            this.opts.logger?.info(
              { at: report.at, faults: report.faults },
              'park simulator: faults and leaks',
            );
          this.schedule();
        },
        (err: unknown) => {
          this.opts.logger?.warn({ err }, 'park simulator: a quarter failed');
          this.schedule();
        },
      );
    }, wait);
    this.timer.unref();
  }

  private async publishQuarter(end: number): Promise<TickReport> {
    const seed = this.opts.seed ?? 0;
    const faultRate = this.opts.faultRate ?? 1 / 5000;
    const report: TickReport = { at: new Date(end), published: 0, messages: 0, faults: [] };
    this.leaks(end, seed, report);
    const amounts = quarterConsumption(this.roots, end, this.offset, seed, this.extra);
    const outbox = new Map<Gateway, { meter: string; value: number; unit: Live['unit'] }[]>();
    for (const m of this.live) {
      this.add(m, amounts.get(m.id) ?? 0);
      if (faultRate > 0 && !m.pending && m.offlineUntil < end && dice(seed, 'fault', m.id, end) < faultRate) {
        const kinds: FaultKind[] = ['ZERO', 'BACKWARD', 'SPIKE', 'OFFLINE'];
        const fault = kinds[Math.floor(dice(seed, 'kind', m.id, end) * kinds.length)]!;
        if (fault === 'OFFLINE')
          m.offlineUntil = end + (4 + Math.floor(dice(seed, 'off', m.id, end) * 12)) * QUARTER_MS;
        else m.pending = fault;
        report.faults.push({ meter: m.code, fault });
      }
      if (m.offlineUntil >= end) continue;
      let value = m.register;
      const fault = m.pending;
      m.pending = undefined;
      if (fault === 'ZERO') value = 0;
      else if (fault === 'BACKWARD')
        value = Math.max(0, m.register - Math.max(1000, Math.round(m.register * 0.02)));
      else if (fault === 'SPIKE')
        value = m.register + Math.round(((m.spikeLimit ?? 1000) / m.multiplier) * 1000 * 50);
      if (fault && !report.faults.some((f) => f.meter === m.code))
        report.faults.push({ meter: m.code, fault });
      const list = outbox.get(m.gateway) ?? [];
      list.push({ meter: m.deviceRegister ?? m.code, value: value / 1000, unit: m.unit });
      outbox.set(m.gateway, list);
    }
    this.clock = end;
    const spacing = 1000 / (this.opts.publishRate ?? 8);
    await Promise.all(
      [...outbox].map(async ([g, readings]) => {
        for (let i = 0; i < readings.length; i += GATEWAY_READINGS) {
          const wait = g.nextAt - performance.now();
          if (wait > 0) await new Promise((r) => setTimeout(r, wait));
          g.nextAt = Math.max(performance.now(), g.nextAt) + spacing;
          g.seq += 1;
          const pass = readings.slice(i, i + GATEWAY_READINGS);
          const payload = JSON.stringify({ ts: new Date(end).toISOString(), seq: g.seq, readings: pass });
          await g.client.publishAsync(g.topic, payload, { qos: 1 });
          report.messages += 1;
          report.published += pass.length;
        }
      }),
    );
    return report;
  }

  /** Leaks that stop in the quarter ending at `end`, and those that start by themselves in it. */
  private leaks(end: number, seed: number, report: TickReport): void {
    const rate = this.opts.leakRate ?? 1 / 20_000;
    for (const m of this.live) {
      if (m.kind !== 'WATER') continue;
      if (m.leak > 0 && m.leakUntil < end) m.leak = 0;
      if (rate > 0 && m.leak === 0 && dice(seed, 'leak', m.id, end) < rate) {
        // 0.3–1.2 m³/h, for 6 to 48 hours.
        m.leak = 0.3 + 0.9 * dice(seed, 'flow', m.id, end);
        m.leakUntil = end + (24 + Math.floor(dice(seed, 'lasts', m.id, end) * 169)) * QUARTER_MS;
        report.faults.push({ meter: m.code, fault: 'LEAK' });
      }
    }
  }
}
