import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_PARK } from '../../db/seeders/demo-data.js';
import { IdSource, Random } from '../../db/seeders/random.js';
import { wallClock } from '../../kernel/clock.js';
import { Building } from '../building/building.entity.js';
import { Floor } from '../building/floor.entity.js';
import { IotDevice } from '../iot/iot.entity.js';
import { DeviceKind, DeviceStatus } from '../iot/iot.enums.js';
import { unusableSecretHash } from '../iot/iot.secret.js';
import { Park } from '../park/park.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { Meter, VirtualMeterTerm } from './energy.entity.js';
import { MeterKind, MeterLevel, RollupGrain } from './energy.enums.js';
import {
  type CoarseRollups,
  energyHistoryRepository,
  type HistoryChunk,
} from './energy-history.repository.js';
import { EV_HUB_PEAK_KWH, PEAK_PER_M2, type Profile, profileOf, shape } from './load-profile.js';
import { readingRepository } from './reading.repository.js';
import { Calendar } from './rollup.js';

const CONTENT_SEED = 0xe7e2_2026;
const ID_SEED = 0xe7e2_1d00;
const HOUR = 3_600_000;
const DAY = 86_400_000;
/** Hours of history: a year. */
const HOURS = 365 * 24;
/** China Standard Time, the demo park's zone: no daylight saving. */
const CST = 8 * HOUR;
/** Meters per history statement (a chunk is some 200,000 readings). */
const CHUNK_METERS = 24;

/** A load drawn through a meter (and so through each meter upstream of it). */
type Load = { meter: Meter; profile: Profile; peak: number };

/**
 * The demo park's metering tree: electricity main → building → floor → a sub-meter per tenant
 * company (at its first unit, its profile by unit type and industry), a chiller plant meter and
 * an EV charging hub, each building's public area as a virtual meter (building minus its
 * tenants), water main → building water meters; the data concentrators (IoT devices) that report
 * them; and a year of hourly readings. The series are generated in memory and written
 * set-based: each chunk of meters' readings and hour rollups (with their quarters) in one
 * statement each, expanded in the database from flat integer arrays; days and months, summed
 * here in the park's calendar, in one. Each meter's consumption is its own loads plus everything
 * downstream, so the main meters exceed the sum of their children by the unmetered loss. The live continuation is the park simulator's (`api/src/simulator/`).
 */
export async function seedDemoEnergy(
  em: EntityManager,
  opts?: { today?: Date; now?: Date },
): Promise<Record<string, number>> {
  const park = await em.findOne(Park, { code: DEMO_PARK.code });
  if (!park) return {};
  const started = performance.now();
  const now = opts?.now ?? opts?.today ?? wallClock.now();
  const end = Math.floor(now.getTime() / HOUR) * HOUR;
  const start = end - HOURS * HOUR;
  const random = new Random(CONTENT_SEED);
  const ids = new IdSource(ID_SEED);
  const stamp = { createdAt: new Date(start), updatedAt: new Date(start) };
  const buildings = await em.find(Building, { park }, { orderBy: { code: 'asc' } });
  const floors = await em.find(Floor, { park }, { orderBy: { level: 'asc' } });
  const leased = await em.find(
    Unit,
    { park, tenant: { $ne: null } },
    { orderBy: { code: 'asc' }, populate: ['tenant'] },
  );

  const meters: Meter[] = [];
  const loads: Load[] = [];
  const make = (fields: Partial<Meter> & Pick<Meter, 'code' | 'name' | 'kind' | 'level'>) => {
    const m = em.create(Meter, {
      id: ids.next(),
      ...stamp,
      park,
      timeZone: park.timeZone,
      multiplier: 1,
      registerDigits: 8,
      intervalMinutes: 60,
      virtual: false,
      active: true,
      ...fields,
    });
    meters.push(m);
    return m;
  };
  const totalArea = buildings.reduce((s, b) => s + Number(b.grossArea), 0);
  const eMain = make({
    code: 'E-MAIN',
    name: '园区总进线',
    kind: MeterKind.ELECTRICITY,
    level: MeterLevel.PARK,
    multiplier: 200,
  });
  const wMain = make({ code: 'W-MAIN', name: '园区供水总表', kind: MeterKind.WATER, level: MeterLevel.PARK });
  const chiller = make({
    code: 'E-CHILLER',
    name: '能源站冷水机组',
    kind: MeterKind.ELECTRICITY,
    level: MeterLevel.EQUIPMENT,
    parent: eMain,
    multiplier: 40,
  });
  loads.push({ meter: chiller, profile: 'HVAC', peak: totalArea * PEAK_PER_M2.HVAC * 0.5 });
  const ev = make({
    code: 'E-EV',
    name: '充电站',
    kind: MeterKind.ELECTRICITY,
    level: MeterLevel.EQUIPMENT,
    parent: eMain,
    multiplier: 10,
  });
  loads.push({ meter: ev, profile: 'EV', peak: EV_HUB_PEAK_KWH });
  loads.push({ meter: eMain, profile: 'COMMON', peak: totalArea * 0.0015 });
  loads.push({ meter: wMain, profile: 'WATER', peak: totalArea * PEAK_PER_M2.WATER * 0.04 });

  const floorMeter = new Map<string, Meter>();
  const tenantsIn = new Map<string, Meter[]>();
  for (const b of buildings) {
    const area = Number(b.grossArea);
    const eb = make({
      code: `E-${b.code}`,
      name: `${b.name}总表`,
      kind: MeterKind.ELECTRICITY,
      level: MeterLevel.BUILDING,
      parent: eMain,
      building: b,
      multiplier: 80,
    });
    loads.push({ meter: eb, profile: 'COMMON', peak: area * PEAK_PER_M2.COMMON });
    const wb = make({
      code: `W-${b.code}`,
      name: `${b.name}水表`,
      kind: MeterKind.WATER,
      level: MeterLevel.BUILDING,
      parent: wMain,
      building: b,
    });
    loads.push({ meter: wb, profile: 'WATER', peak: area * PEAK_PER_M2.WATER });
    for (const f of floors.filter((x) => x.building.id === b.id)) {
      const fm = make({
        code: `E-${b.code}-${f.level < 0 ? `B${-f.level}` : `F${f.level}`}`,
        name: `${b.name}${f.name}`,
        kind: MeterKind.ELECTRICITY,
        level: MeterLevel.FLOOR,
        parent: eb,
        building: b,
        floor: f,
      });
      floorMeter.set(f.id, fm);
      loads.push({ meter: fm, profile: 'COMMON', peak: Number(f.grossArea ?? area / 8) * 0.004 });
    }
    tenantsIn.set(b.id, []);
  }
  const seen = new Set<string>();
  for (const u of leased) {
    const tenantId = u.tenant!.id;
    if (seen.has(tenantId)) continue;
    seen.add(tenantId);
    const area = leased.filter((x) => x.tenant?.id === tenantId).reduce((s, x) => s + Number(x.grossArea), 0);
    const tm = make({
      code: `E-T-${u.code}`.slice(0, 30),
      name: `${u.code} 企业分表`,
      kind: MeterKind.ELECTRICITY,
      level: MeterLevel.TENANT,
      parent: floorMeter.get(u.floor.id) ?? null,
      building: u.building,
      floor: u.floor,
      unit: u,
      tenant: u.tenant,
      registerDigits: 6,
    });
    tenantsIn.get(u.building.id)?.push(tm);
    const profile = profileOf(u.type, u.tenant!.industryCode);
    loads.push({ meter: tm, profile, peak: area * PEAK_PER_M2[profile] });
  }
  let virtual = 0;
  for (const b of buildings) {
    const tenants = (tenantsIn.get(b.id) ?? []).slice(0, 49);
    const eb = meters.find((m) => m.code === `E-${b.code}`)!;
    if (tenants.length === 0) continue;
    const v = make({
      code: `V-${b.code}-PUBLIC`,
      name: `${b.name}公区用电`,
      kind: MeterKind.ELECTRICITY,
      level: MeterLevel.EQUIPMENT,
      building: b,
      virtual: true,
      registerDigits: null,
    });
    em.create(VirtualMeterTerm, {
      id: ids.next(),
      createdAt: new Date(start),
      park,
      virtualMeter: v,
      meter: eb,
      sign: 1,
    });
    for (const t of tenants)
      em.create(VirtualMeterTerm, {
        id: ids.next(),
        createdAt: new Date(start),
        park,
        virtualMeter: v,
        meter: t,
        sign: -1,
      });
    virtual++;
  }

  // The meters report through a data concentrator per building and one in the energy centre
  // (multi-register devices: the register is the meter's code). They are seeded with no usable
  // secret: the park simulator, or whoever installs the real gateway, issues one.
  const real = meters.filter((m) => !m.virtual);
  const gateways = new Map<string, IotDevice>();
  for (const m of real) {
    const key = (m.building as Building | null | undefined)?.code ?? 'PLANT';
    let gw = gateways.get(key);
    if (!gw) {
      const b = m.building as Building | null | undefined;
      gw = em.create(IotDevice, {
        id: ids.next(),
        ...stamp,
        park,
        code: `GW-${key}`,
        kind: DeviceKind.METER,
        name: b ? `${b.name}能耗采集网关` : '能源站能耗采集网关',
        location: b ? `${b.name}配电间` : '能源站',
        status: DeviceStatus.ACTIVE,
        secretHash: unusableSecretHash(),
        secretIssuedAt: new Date(start),
        lastSeenAt: null,
      });
      gateways.set(key, gw);
    }
    m.deviceId = gw.id;
    m.deviceRegister = m.code;
  }
  const devices = gateways.size;

  // Hourly consumption of every real meter: its loads and all downstream.
  const series = new Map(real.map((m) => [m.id, new Float64Array(HOURS)]));
  const upstream = (m: Meter): Meter[] => (m.parent ? [m, ...upstream(m.parent as Meter)] : [m]);
  for (const load of loads) {
    const path = upstream(load.meter).map((m) => series.get(m.id)!);
    for (let h = 0; h < HOURS; h++) {
      const t = new Date(start + h * HOUR + CST);
      const dayOfYear = Math.floor((t.getTime() - Date.UTC(t.getUTCFullYear(), 0, 1)) / DAY);
      const kwh =
        load.peak *
        shape(load.profile, { hour: t.getUTCHours(), weekday: t.getUTCDay(), dayOfYear }) *
        (0.9 + 0.2 * random.next());
      for (const s of path) s[h]! += kwh;
    }
  }

  // Registers, consumption per hour and per local day and month, all in thousandths, in memory;
  // the meters then go in with their baselines, and the history in a few set-based statements.
  const calendar = new Calendar(park.timeZone);
  const chunks: HistoryChunk[] = [];
  let chunk: HistoryChunk | undefined;
  const coarse: CoarseRollups = { meterIds: [], grains: [], buckets: [], amounts: [] };
  for (const m of real) {
    if (!chunk || chunk.meterIds.length >= CHUNK_METERS) {
      chunk = { meterIds: [], values: [], deltas: [] };
      chunks.push(chunk);
    }
    chunk.meterIds.push(m.id);
    const s = series.get(m.id)!;
    const multiplier = Number(m.multiplier);
    const days = new Map<number, number>();
    const months = new Map<number, number>();
    let peak = 0;
    let register = random.int(1_000, 90_000) * 1000;
    for (let h = 0; h <= HOURS; h++) {
      const step = h === 0 ? 0 : Math.round((s[h - 1]! / multiplier) * 1000);
      register += step;
      const delta = step * multiplier;
      peak = Math.max(peak, delta);
      chunk.values.push(register);
      chunk.deltas.push(delta);
      if (delta !== 0) {
        // Booked in the hour before the reading, as the ingest books (base_ts, ts].
        const { day, month } = calendar.of(start + (h - 1) * HOUR);
        days.set(day, (days.get(day) ?? 0) + delta);
        months.set(month, (months.get(month) ?? 0) + delta);
      }
    }
    for (const [grain, sums] of [
      [RollupGrain.DAY, days],
      [RollupGrain.MONTH, months],
    ] as const)
      for (const [bucket, amount] of sums) {
        coarse.meterIds.push(m.id);
        coarse.grains.push(grain);
        coarse.buckets.push(new Date(bucket));
        coarse.amounts.push(amount);
      }
    // Three times the fiercest quarter of the year is what the meter can physically pass.
    m.spikeLimit = Math.ceil((peak / 4000) * 3 + 1);
    m.lastReadingAt = new Date(end);
    m.baselineAt = new Date(end);
    m.baselineValue = (register / 1000).toFixed(3);
  }
  const computedMs = Math.round(performance.now() - started);
  await em.flush();
  await readingRepository.ensurePartitions(em, new Date(start - DAY), new Date(end + 92 * DAY));
  for (const c of chunks)
    await energyHistoryRepository.insertHourly(em, park.id, new Date(start), HOURS + 1, c);
  const readingsMs = Math.round(performance.now() - started);
  await energyHistoryRepository.insertCoarse(em, park.id, coarse);
  const rollupsMs = Math.round(performance.now() - started);
  await energyHistoryRepository.analyze(em);
  return {
    meters: meters.length,
    virtualMeters: virtual,
    meterReadings: real.length * (HOURS + 1),
    iotDevices: devices,
    energyComputedMs: computedMs,
    energyReadingsWrittenMs: readingsMs,
    energyRollupsWrittenMs: rollupsMs,
    energySeedMs: Math.round(performance.now() - started),
  };
}
