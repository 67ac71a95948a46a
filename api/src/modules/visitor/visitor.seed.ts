import type { EntityManager } from '@mikro-orm/postgresql';
import { Random } from '../../db/seeders/random.js';
import { wallClock } from '../../kernel/clock.js';
import type { SeedStep } from '../manifest.js';
import { TenantCompany, TenantStatus } from '../tenant/tenant.entity.js';
import { UserKind } from '../user/role.entity.js';
import { AppUser } from '../user/user.entity.js';
import { Visit, Visitor, VisitorWatchlistEntry } from './visitor.entity.js';
import { VisitSource, VisitState } from './visitor.enums.js';
import { newPassNonce } from './visitor.pass.js';
import { sealIdNumber } from './visitor.service.js';
import { visitorSettings } from './visitor.settings.js';

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split(
    '',
  );
const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉红建文斌宇浩凯俊帅鑫波晨欣怡佳琪雪梅丹阳思远嘉'.split(
    '',
  );
const COMPANIES = [
  '华为技术有限公司',
  '腾讯科技（深圳）有限公司',
  '顺丰速运有限公司',
  '中国平安保险',
  '招商银行深圳分行',
  '比亚迪股份有限公司',
  '大疆创新科技',
  '迈瑞医疗',
  '深圳市建筑设计研究院',
  '普华永道',
  '德勤咨询',
  '京东物流',
  '美团',
  '金蝶软件',
  '中兴通讯',
  '深圳供电局',
  '顺丰同城',
  '万科物业',
  '立讯精密',
  '个人',
];
const PURPOSES = [
  '商务洽谈',
  '面试',
  '技术交流',
  '设备维修',
  '送货',
  '项目验收',
  '会议',
  '培训',
  '审计',
  '客户拜访',
  '安装调试',
  '参观考察',
];
const PLATE_PREFIX = ['粤B', '粤B', '粤B', '粤A', '粤S', '湘A', '赣B', '京N'];
const PLATE_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const REGIONS = ['440305', '440304', '440303', '440306', '430102', '360102', '110105', '310115'];

const MIN = 60_000;
const DAY = 24 * 60 * MIN;

function idNumber(random: Random): string {
  const born = new Date(Date.UTC(random.int(1965, 2003), random.int(0, 11), random.int(1, 28)));
  const body = `${random.pick(REGIONS)}${born.toISOString().slice(0, 10).replaceAll('-', '')}${String(random.int(100, 999))}`;
  const sum = WEIGHTS.reduce((s, w, i) => s + w * Number(body[i]), 0);
  return body + '10X98765432'[sum % 11];
}
const phone = (random: Random) =>
  `1${random.pick(['3', '5', '7', '8', '9'])}${String(random.int(0, 999_999_999)).padStart(9, '0')}`;
/**
 * A plate by the one plate rule (kernel/plate.ts): ordinary, or three in ten a small new-energy
 * one (D, a letter or digit, four digits). Draws from `random` exactly as before the rule, so the
 * rest of the demo data stays the same.
 */
const plate = (random: Random) => {
  const prefix = random.pick(PLATE_PREFIX);
  const green = random.chance(0.3);
  const chars = Array.from({ length: 5 }, () => random.pick(PLATE_CHARS.split('')));
  if (!green) return `${prefix}${chars.join('')}`;
  const digits = chars.slice(1).map((c) => PLATE_CHARS.indexOf(c) % 10);
  return `${prefix}D${chars[0]}${digits.join('')}`;
};
const personName = (random: Random) =>
  `${random.pick(SURNAMES)}${random.pick(GIVEN)}${random.chance(0.6) ? random.pick(GIVEN) : ''}`;

/**
 * Six months of visits in the demo park, up to now: about 25 a weekday and a handful on weekend
 * days across the companies (Shanghai office hours), a third by returning visitors, one in five
 * with a car, walk-ins among them; most checked in and out. Today's include visitors on site now,
 * a walk-in waiting for the front desk and one the watchlist held; two watchlist entries.
 */
async function seedVisits(em: EntityManager, opts?: { today?: Date }) {
  const random = new Random(17_2026);
  // Without usable keys (a production-mode process missing VISITOR_PII_KEYS: the bench) the demo
  // simply has no ID numbers; the API itself refuses to boot in production without them.
  const canSeal = (() => {
    try {
      visitorSettings();
      return true;
    } catch {
      return false;
    }
  })();
  const now = opts?.today ?? wallClock.now();
  const tenants = await em.find(TenantCompany, { status: TenantStatus.ACTIVE }, { orderBy: { name: 'asc' } });
  if (tenants.length === 0) return { visits: 0, visitors: 0, watchlist: 0 };
  const users = await em.find(AppUser, { kind: UserKind.TENANT }, { orderBy: { login: 'asc' } });
  const hostsOf = new Map<string, AppUser[]>();
  for (const u of users) if (u.tenant) hostsOf.set(u.tenant.id, [...(hostsOf.get(u.tenant.id) ?? []), u]);
  const known = new Map<string, Visitor[]>();
  const stamp = (at: Date) => ({ createdAt: at, updatedAt: at });
  let visits = 0;
  const watch = [
    { name: '赵大海', phone: '13800009999', reason: '多次强行闯入园区（2026-06 保安记录）' },
    { name: '钱小飞', phone: '13900008888', reason: '冒充快递人员进入办公区' },
  ];
  const park = tenants[0]!.park;
  const entries = watch.map((w) =>
    em.create(VisitorWatchlistEntry, {
      park,
      name: w.name,
      phone: w.phone,
      reason: w.reason,
      active: true,
      ...sealIdNumber(undefined),
      ...stamp(new Date(now.getTime() - 90 * DAY)),
    }),
  );
  const start = new Date(Math.floor(now.getTime() / DAY) * DAY - 182 * DAY);
  for (let day = start.getTime(); day <= now.getTime(); day += DAY) {
    const weekday = new Date(day).getUTCDay();
    const count = weekday === 0 || weekday === 6 ? random.int(2, 6) : random.int(18, 32);
    for (let i = 0; i < count; i += 1) {
      // 08:30–17:30 Shanghai time.
      const startsAt = new Date(day + (30 + random.int(0, 9 * 60)) * MIN);
      if (startsAt > now) continue;
      const tenant = random.pick(tenants);
      const pool = known.get(tenant.id) ?? [];
      let visitor = pool.length > 0 && random.chance(0.35) ? random.pick(pool) : undefined;
      if (!visitor) {
        visitor = em.create(Visitor, {
          park: tenant.park,
          tenant,
          name: personName(random),
          phone: phone(random),
          email: null,
          company: random.pick(COMPANIES),
          kioskDevice: null,
          anonymizedAt: null,
          ...sealIdNumber(random.chance(0.25) && canSeal ? idNumber(random) : undefined),
          ...stamp(new Date(startsAt.getTime() - random.int(10, 48 * 60) * MIN)),
        });
        known.set(tenant.id, [...pool, visitor]);
      }
      const walkIn = random.chance(0.2);
      const host = hostsOf.get(tenant.id);
      const hostUser = host ? random.pick(host) : null;
      const endsAt = new Date(startsAt.getTime() + random.int(1, 6) * 60 * MIN);
      const roll = random.next();
      const state =
        roll < 0.03 ? VisitState.REVOKED : walkIn && roll < 0.09 ? VisitState.REJECTED : VisitState.APPROVED;
      const created = new Date(startsAt.getTime() - (walkIn ? 0 : random.int(30, 3 * 24 * 60) * MIN));
      const decided = new Date(created.getTime() + (walkIn ? random.int(1, 4) * MIN : 0));
      const checkedIn =
        state === VisitState.APPROVED && random.chance(0.88)
          ? new Date(Math.max(decided.getTime(), startsAt.getTime() - 10 * MIN) + random.int(0, 40) * MIN)
          : null;
      const inNow = checkedIn && checkedIn <= now ? checkedIn : null;
      const leaves = inNow
        ? new Date(Math.min(endsAt.getTime(), inNow.getTime() + random.int(20, 300) * MIN))
        : null;
      const checkedOut = leaves && leaves <= now && random.chance(0.98) ? leaves : null;
      em.create(Visit, {
        park: tenant.park,
        tenant,
        visitor,
        host: hostUser,
        hostName: hostUser?.displayName ?? personName(random),
        source: walkIn ? VisitSource.WALK_IN : VisitSource.INVITATION,
        state,
        purpose: random.pick(PURPOSES),
        startsAt,
        endsAt,
        plate: random.chance(0.2) ? plate(random) : null,
        companions: random.chance(0.15) ? random.int(1, 3) : 0,
        buildingIds: [],
        floorIds: [],
        passNonce: state === VisitState.APPROVED ? newPassNonce() : null,
        kioskDevice: null,
        watchlistEntry: null,
        hostDeadline: null,
        decidedBy: walkIn ? (hostUser?.displayName ?? '前台') : null,
        decidedAt: walkIn ? decided : null,
        decisionNote: null,
        checkedInAt: inNow,
        checkedInVia: inNow ? (random.chance(0.6) ? 'A1 大堂 1 号机' : '东门闸机') : null,
        checkedOutAt: checkedOut,
        checkedOutVia: checkedOut ? (random.chance(0.6) ? 'A1 大堂 1 号机' : '东门闸机') : null,
        anonymizedAt: null,
        ...stamp(created > now ? now : created),
      });
      visits += 1;
    }
  }
  // Today's console queues: a walk-in the host left to the front desk, one the watchlist held.
  const tenant = tenants[0]!;
  const queued = [
    { name: '林晓东', phone: '13712345678', state: VisitState.AWAITING_FRONT_DESK, entry: null },
    { name: watch[0]!.name, phone: watch[0]!.phone, state: VisitState.AWAITING_SECURITY, entry: entries[0]! },
  ];
  for (const q of queued) {
    const at = new Date(now.getTime() - 5 * MIN);
    const visitor = em.create(Visitor, {
      park: tenant.park,
      tenant,
      name: q.name,
      phone: q.phone,
      email: null,
      company: '个人',
      kioskDevice: null,
      anonymizedAt: null,
      ...sealIdNumber(undefined),
      ...stamp(at),
    });
    em.create(Visit, {
      park: tenant.park,
      tenant,
      visitor,
      host: hostsOf.get(tenant.id)?.[0] ?? null,
      hostName: hostsOf.get(tenant.id)?.[0]?.displayName ?? '李明',
      source: VisitSource.WALK_IN,
      state: q.state,
      purpose: '商务洽谈',
      startsAt: at,
      endsAt: new Date(at.getTime() + 4 * 60 * MIN),
      plate: null,
      companions: 0,
      buildingIds: [],
      floorIds: [],
      passNonce: null,
      kioskDevice: null,
      watchlistEntry: q.entry,
      hostDeadline: null,
      decidedBy: null,
      decidedAt: null,
      decisionNote: null,
      checkedInAt: null,
      checkedInVia: null,
      checkedOutAt: null,
      checkedOutVia: null,
      anonymizedAt: null,
      ...stamp(at),
    });
    visits += 1;
  }
  await em.flush();
  return {
    visits,
    visitors: [...known.values()].reduce((n, l) => n + l.length, 0) + queued.length,
    watchlist: entries.length,
  };
}

export const visitorSeed: readonly SeedStep[] = [{ name: 'visitors', run: seedVisits }];
