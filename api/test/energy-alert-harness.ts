import { afterAll, beforeAll } from 'vitest';
import { withSystem } from '../src/modules/auth/actor.js';
import { type MeterReadingInput, recordMeterReadings } from '../src/modules/energy/index.js';
import { newMeterDevice } from './energy-helpers.js';
import { demoSite, unique } from './factories.js';
import type { GqlResult, Session, TestApp } from './test-app.js';
import { startTestApp } from './test-app.js';

/** The energy alert test files' app (with its job worker), demo site and helpers. */
export const H = 3_600_000;

export const ALERT_FIELDS =
  'id status kind ruleName meterCode value peakValue limitValue openedAt clearedAt closedAt workOrderId workOrderNumber';
export type Alert = {
  id: string;
  status: string;
  kind: string;
  ruleName: string;
  meterCode: string;
  value: number;
  peakValue: number;
  limitValue: number;
  clearedAt: string | null;
  closedAt: string | null;
  workOrderId: string | null;
  workOrderNumber: string | null;
};

export type AlertSite = { t: TestApp; demo: { parkId: string; buildingId: string; floorId: string } };
type MeterOpts = { kind?: string; level?: string; tenantId?: string; intervalMinutes?: number };

export const CREATE_RULE =
  'mutation ($input: CreateEnergyAlertRuleInput!) { createEnergyAlertRule(input: $input) { id kind grain threshold } }';

export const code = (res: GqlResult) => res.errors?.[0]?.extensions?.code;

/**
 * Starts an app with its job worker and finds the demo site before the file's tests (and closes it
 * after); the helpers act on them. `site` is filled in by the time the tests run.
 */
export function alertHarness() {
  const site = {} as AlertSite;
  beforeAll(async () => {
    site.t = await startTestApp({ jobs: true });
    site.demo = await demoSite(site.t);
  });
  afterAll(() => site.t?.close());

  async function newMeter(opts: MeterOpts = {}): Promise<{ id: string; device: string; code: string }> {
    const { t, demo } = site;
    const device = await newMeterDevice(t, demo.parkId);
    const code = unique('AL').slice(0, 30);
    const { createMeter } = await t.gqlOk<{ createMeter: { id: string } }>(
      'mutation ($input: CreateMeterInput!) { createMeter(input: $input) { id } }',
      {
        input: {
          parkId: demo.parkId,
          code,
          kind: opts.kind ?? 'ELECTRICITY',
          level: opts.level ?? 'BUILDING',
          buildingId: demo.buildingId,
          deviceId: device,
          intervalMinutes: opts.intervalMinutes ?? 60,
          ...(opts.tenantId && { tenantId: opts.tenantId }),
        },
      },
    );
    return { id: createMeter.id, device, code };
  }

  async function newRule(input: Record<string, unknown>, as: Session = site.t): Promise<string> {
    const data = await as.gqlOk<{ createEnergyAlertRule: { id: string } }>(CREATE_RULE, {
      input: { parkId: site.demo.parkId, name: unique('规则').slice(0, 60), ...input },
    });
    return data.createEnergyAlertRule.id;
  }

  /** Readings through the ingest's entry, then waits for the event's evaluation (the worker). */
  async function record(device: string, series: [at: number, value: number][]) {
    const readings: MeterReadingInput[] = series.map(([at, value]) => ({
      deviceId: device,
      at: new Date(at),
      value,
    }));
    await withSystem(site.t.orm, (em) => recordMeterReadings(em, readings), { as: 'job' });
    await site.t.drainJobs();
  }

  async function alertsOf(meterId: string, as: Session = site.t): Promise<Alert[]> {
    const data = await as.gqlOk<{ energyAlerts: { nodes: Alert[] } }>(
      `query ($f: EnergyAlertFilter) { energyAlerts(filter: $f, first: 50) { nodes { ${ALERT_FIELDS} } } }`,
      { f: { parkId: site.demo.parkId, meterId } },
    );
    return data.energyAlerts.nodes;
  }

  const evaluate = (as: Session = site.t) =>
    as.gql<{ evaluateEnergyAlerts: { opened: number; cleared: number } }>(
      'mutation ($p: ID!) { evaluateEnergyAlerts(parkId: $p) { opened cleared } }',
      { p: site.demo.parkId },
    );

  return { site, newMeter, newRule, record, alertsOf, evaluate };
}
