import { type EntityName, ReferenceKind } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entities } from '../src/db/entities.js';
import { findLean } from '../src/db/lean.js';
import { Unit } from '../src/modules/unit/unit.entity.js';
import { startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** What a mapper can read of an entity: its columns, references as their ids. */
function readable(em: TestApp['ownerOrm']['em'], entity: EntityName<object>, row: Record<string, unknown>) {
  const meta = em.getMetadata().get(entity);
  const out: Record<string, unknown> = {};
  for (const p of meta.props) {
    if (p.persist === false || p.formula || p.fieldNames?.length !== 1) continue;
    if (p.kind === ReferenceKind.SCALAR) out[p.name] = row[p.name] ?? null;
    else if (p.kind === ReferenceKind.MANY_TO_ONE || (p.kind === ReferenceKind.ONE_TO_ONE && p.owner)) {
      const ref = row[p.name] as { id: string } | null | undefined;
      out[p.name] = ref ? { id: ref.id } : null;
    }
  }
  return out;
}

describe('lean reads', () => {
  it('give every mapped entity the values the ORM loads (types included), seeded rows', async () => {
    let compared = 0;
    for (const entity of entities as EntityName<object>[]) {
      const em = t.ownerOrm.em.fork();
      // Lean reads are for tables keyed by `id` (the audit log is keyed by its sequence).
      if (em.getMetadata().get(entity).primaryKeys.join() !== 'id') continue;
      const managed = await em.find(entity, {}, { limit: 50, orderBy: { id: 'asc' } as never });
      const ids = managed.map((e) => (e as { id: string }).id);
      if (ids.length === 0) continue;
      const lean = await findLean(em, entity, '"t"."id" = any(?)', [ids], 'order by "t"."id"');
      expect(lean.map((r) => (r as { id: string }).id)).toEqual(ids);
      managed.forEach((e, i) => {
        const name = em.getMetadata().get(entity).className;
        expect({ name, ...readable(em, entity, lean[i] as never) }).toStrictEqual({
          name,
          ...readable(em, entity, e as never),
        });
      });
      compared += ids.length;
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('see only what row-level security lets the caller see', async () => {
    // No actor set: park_app sees no park rows at all.
    expect(await findLean(t.orm.em.fork(), entities[0] as EntityName<object>, 'true', [])).toEqual([]);
    // A tenant sees exactly its own company's units, through the same lean read.
    const tenant = await t.as('tenant.admin');
    const { sid, sub } = JSON.parse(
      Buffer.from(tenant.accessToken!.split('.')[1]!, 'base64url').toString(),
    ) as {
      sid: string;
      sub: string;
    };
    const own = await t.sql<{ id: string }>(
      `select u.id from unit u join app_user a on a.tenant_id = u.tenant_id where a.login = 'tenant.admin' order by u.id`,
    );
    expect(own.length).toBeGreaterThan(0);
    const seen = await t.orm.em.fork().transactional(async (em) => {
      await em.execute('select * from app_begin_user(?, ?)', [sid, sub]);
      return findLean(em, Unit, 'true', [], 'order by "t"."id"');
    });
    expect(seen.map((u) => u.id)).toEqual(own.map((r) => r.id));
  });
});
