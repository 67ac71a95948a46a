import { pino } from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bootstrapAdmin } from '../src/modules/user/bootstrap-admin.js';
import { startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ data: 'empty' });
});
afterAll(() => t.close());

it('creates the first HQ admin of an install without users, who must change the password first', async () => {
  await t.sql('delete from app_user');
  const logger = pino({ level: 'silent' });
  await expect(
    bootstrapAdmin(t.ownerOrm.em.fork(), { login: 'admin', password: 'my-admin-2026', logger }),
  ).rejects.toThrow(/ADMIN_PASSWORD: Password must not contain the login name/);
  const opts = { login: 'admin', password: 'First-boot-2026', logger };
  expect(await bootstrapAdmin(t.ownerOrm.em.fork(), opts)).toBe(true);
  expect(await bootstrapAdmin(t.ownerOrm.em.fork(), { ...opts, login: 'second' })).toBe(false);
  expect(await bootstrapAdmin(t.ownerOrm.em.fork(), { ...opts, password: undefined })).toBe(false);

  const admin = await t.as('admin', 'First-boot-2026');
  const blocked = await admin.gql(
    'mutation { createPark(input: { code: "P-1", name: "一号园区", city: "苏州", address: "星湖街 1 号" }) { id } }',
  );
  expect(blocked.errors?.[0]?.extensions).toMatchObject({
    code: 'FORBIDDEN',
    domainCode: 'PASSWORD_CHANGE_REQUIRED',
  });
  await admin.gqlOk(
    'mutation { changePassword(currentPassword: "First-boot-2026", newPassword: "Own-choice-2026") }',
  );
  const created = await admin.gqlOk<{ createPark: { id: string } }>(
    'mutation { createPark(input: { code: "P-1", name: "一号园区", city: "苏州", address: "星湖街 1 号" }) { id } }',
  );
  expect(created.createPark.id).toBeTruthy();
  const users = await t.sql<{ login: string }>('select login from app_user');
  expect(users).toEqual([{ login: 'admin' }]);
});
