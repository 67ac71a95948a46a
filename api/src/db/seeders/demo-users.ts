import type { EntityManager } from '@mikro-orm/postgresql';
import { BUILTIN_ROLE_DEFINITIONS } from '../../modules/auth/builtin-roles.js';
import { hashPassword } from '../../modules/auth/password.js';
import type { Park } from '../../modules/park/park.entity.js';
import type { TenantCompany } from '../../modules/tenant/tenant.entity.js';
import { Role, UserKind } from '../../modules/user/role.entity.js';
import { AppUser } from '../../modules/user/user.entity.js';
import { StaffShift } from '../../modules/work-order/staff-shift.entity.js';
import type { IdSource } from './random.js';

const ON_DUTY = new Set(['engineering', 'security', 'cleaning', 'landscaping']);
const SHIFT_DAYS = 30;

/** Every demo login uses this password; README and the start banner list the logins. */
export const DEMO_PASSWORD = 'Demo@2026!';

/** One login per role of SPEC §1, plus a second tenant's admin to try isolation with. */
export const DEMO_LOGINS = [
  { login: 'hq.admin', role: 'hq_admin', name: '王志远' },
  { login: 'park.manager', role: 'park_manager', name: '陈立群' },
  { login: 'cs.agent', role: 'customer_service', name: '刘晓雯' },
  { login: 'engineer', role: 'engineering', name: '赵建国' },
  { login: 'guard', role: 'security', name: '孙海波' },
  { login: 'cleaner', role: 'cleaning', name: '周秀兰' },
  { login: 'gardener', role: 'landscaping', name: '吴德明' },
  { login: 'leasing', role: 'investment', name: '郑佳怡' },
  { login: 'finance', role: 'finance', name: '钱慧敏' },
  { login: 'quality', role: 'quality', name: '冯志强' },
  { login: 'tenant.admin', role: 'tenant_admin', name: '李明', tenant: 0 },
  { login: 'tenant.staff', role: 'tenant_employee', name: '黄蕾', tenant: 0 },
  { login: 'tenant2.admin', role: 'tenant_admin', name: '何静', tenant: 1 },
] as const;

/**
 * The demo users. Role rows come from the built-in role sync (which runs before seeding); the
 * password hash is computed once and shared, since argon2id is deliberately slow.
 */
export async function seedDemoUsers(
  em: EntityManager,
  opts: { ids: IdSource; park: Park; tenants: TenantCompany[]; today: Date },
): Promise<Map<string, AppUser>> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const roleIds = new Map(BUILTIN_ROLE_DEFINITIONS.map((r) => [r.key, r.id]));
  const users = new Map<string, AppUser>();
  for (const d of DEMO_LOGINS) {
    const tenant = 'tenant' in d ? opts.tenants[d.tenant] : undefined;
    if ('tenant' in d && !tenant) throw new Error(`Demo tenant ${d.tenant} missing`);
    const user = em.create(AppUser, {
      id: opts.ids.next(),
      createdAt: opts.today,
      updatedAt: opts.today,
      kind: tenant ? UserKind.TENANT : UserKind.STAFF,
      login: d.login,
      displayName: d.name,
      phone: null,
      email: null,
      tenant: tenant ?? null,
      park: tenant ? opts.park : null,
      passwordHash,
      passwordChangedAt: opts.today,
      mustChangePassword: false,
    });
    users.set(d.login, user);
    user.roles.add(em.getReference(Role, roleIds.get(d.role)!));
    if (!tenant) user.parks.add(opts.park);
    // Field staff are on duty round the clock for the next month, so repairs dispatch themselves.
    if (ON_DUTY.has(d.role))
      for (let day = -1; day < SHIFT_DAYS; day += 1) {
        const startsAt = new Date(opts.today.getTime() + day * 86_400_000);
        em.create(StaffShift, {
          id: opts.ids.next(),
          createdAt: opts.today,
          park: opts.park,
          user,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 86_400_000),
        });
      }
  }
  await em.flush();
  return users;
}
