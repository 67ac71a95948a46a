import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOB_SCHEDULES } from '../src/jobs/tasks.js';
import { demoSite } from './factories.js';
import { type Session, startTestApp, type TestApp } from './test-app.js';
import { idNumber, invite } from './visitor-helpers.js';

const DAY = 24 * 3600_000;
let t: TestApp;
let host: Session;

beforeAll(async () => {
  t = await startTestApp({ jobs: true });
  host = await t.as('tenant.admin');
});
afterAll(() => t.close());

/** Runs the retention job now, through the queue, as the daily schedule would. */
async function runRetention() {
  await t.sql(`select graphile_worker.add_job('visitor.anonymise', '{}'::json)`);
  await t.drainJobs();
}

describe('retention', () => {
  it('runs daily from the worker’s schedule', () => {
    expect(JOB_SCHEDULES).toContainEqual({ task: 'visitor.anonymise', match: '17 3 * * *' });
  });

  it('keeps records 179 days old intact and anonymises older ones, keeping every row counted', async () => {
    const old = await invite(t, host, {
      hours: 1,
      visitor: { name: '钱旧', phone: '13800001234', idNumber: idNumber() },
    });
    await t.advanceClock(2 * DAY);
    const recent = await invite(t, host, { hours: 1, visitor: { name: '孙新', phone: '13800005678' } });
    // `old` ended 181 days ago, `recent` 179 days ago (less the hour of its window).
    await t.advanceClock(179 * DAY);
    const count = async () =>
      (
        await t.sql<{ visits: number; visitors: number }>(
          'select (select count(*)::int from visit) visits, (select count(*)::int from visitor) visitors',
        )
      )[0]!;
    const before = await count();
    await runRetention();
    expect(await count()).toEqual(before);
    const rows = await t.sql<Record<string, unknown>>(
      `select r.id, r.name, r.phone, r.id_number_data is null as no_id, r.anonymized_at is not null as anonymized,
              v.plate, v.anonymized_at is not null as visit_anonymized
         from visit v join visitor r on r.id = v.visitor_id where v.id = any($1) order by r.name`,
      [[old.id, recent.id]],
    );
    const byVisitor = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byVisitor[old.visitor.id]).toMatchObject({
      name: '已匿名',
      phone: null,
      no_id: true,
      anonymized: true,
      plate: null,
      visit_anonymized: true,
    });
    expect(byVisitor[recent.visitor.id]).toMatchObject({
      name: '孙新',
      phone: '13800005678',
      anonymized: false,
      plate: '粤B12345',
      visit_anonymized: false,
    });
    // The console still counts the anonymised visit in its log.
    const { parkId } = await demoSite(t);
    const log = await t.gqlOk<{
      visits: { nodes: { id: string; visitor: { name: string; anonymized: boolean } }[] };
    }>(
      'query ($f: VisitFilter!) { visits(filter: $f, first: 100) { nodes { id visitor { name anonymized } } } }',
      { f: { parkId, search: '已匿名' } },
    );
    expect(log.visits.nodes.find((n) => n.id === old.id)?.visitor).toEqual({
      name: '已匿名',
      anonymized: true,
    });
  });
});

describe('the visitor log export', () => {
  it('exports the log with the on-screen filter, phones masked, for staff with visitor.read only', async () => {
    const { parkId } = await demoSite(t);
    const visit = await invite(t, host, { visitor: { name: '导出测试', phone: '13712340000' } });
    const EXPORT = 'mutation ($input: ExportListInput!) { exportList(input: $input) { url rowCount } }';
    const input = { list: 'visits', format: 'CSV', filter: JSON.stringify({ parkId, search: '导出测试' }) };
    const guard = await t.as('guard');
    const answer = await guard.gqlOk<{ exportList: { url: string; rowCount: number } }>(EXPORT, { input });
    expect(answer.exportList.rowCount).toBe(1);
    const text = await (await fetch(`${t.url}${answer.exportList.url}`)).text();
    expect(text).toContain('导出测试');
    expect(text).toContain('137****0000');
    expect(text).not.toContain('13712340000');
    expect(visit.id).toBeTruthy();
    const res = await host.gql(EXPORT, { input });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
