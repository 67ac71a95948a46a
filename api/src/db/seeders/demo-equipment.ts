import type { Building } from '../../modules/building/building.entity.js';
import type { Floor } from '../../modules/building/floor.entity.js';
import { Equipment, EquipmentStatus } from '../../modules/equipment/equipment.entity.js';
import type { Unit } from '../../modules/unit/unit.entity.js';
import { BUILDINGS, type BuildingSpec, DEMO_PARK } from './demo-data.js';
import { type EquipmentKind, KINDS, type KindKey, type Product } from './demo-equipment-kinds.js';
import { KITS, NO_KIT } from './demo-equipment-kits.js';
import { completionDate } from './demo-tenants.js';
import { levelsOf, type UnitRole } from './demo-units.js';
import { addDays, dateBetween, isoDate, type Random } from './random.js';
import type { SeedContext } from './seed-context.js';

/** The rows the ledger is placed in: buildings by code, floors by `A1:-1`, plant rooms by `A1:power`. */
export type Places = {
  buildings: Map<string, Building>;
  floors: Map<string, Floor>;
  rooms: Map<string, Unit>;
};

/** A created asset and what its history needs to know. */
export type LedgerItem = { equipment: Equipment; kind: EquipmentKind; installed: Date };

type Spec = {
  key: KindKey;
  name: string;
  /** Building code, or null for the open site (car park, gates). */
  building: string | null;
  level: number | null;
  room: UnitRole | null;
  note: string | null;
  /** Code scope when there is no building, e.g. `P1`. */
  scope?: string;
  installed: Date;
};

const CAMERA_SPOTS = ['电梯厅', '东侧走廊', '西侧走廊', '楼梯前室', '货运通道'];
const storey = (level: number) => (level > 0 ? `${level}F` : `B${-level}`);

function buildingSpecs(random: Random, b: BuildingSpec, today: Date): Spec[] {
  const kit = KITS[b.code] ?? NO_KIT;
  const handover = completionDate(b.ageYears, today);
  const built = () => addDays(handover, -random.int(30, 200));
  const specs: Spec[] = [];
  const add = (
    key: KindKey,
    name: string,
    level: number | null,
    room: UnitRole | null,
    note: string | null,
    installed = built(),
  ): void => {
    specs.push({ key, name: `${b.code} ${name}`, building: b.code, level, room, note, installed });
  };
  const levels = levelsOf(b);
  const bottom = levels[0] ?? 1;
  const top = b.floorsAbove;
  const times = (n: number, f: (i: number) => void) => Array.from({ length: n }, (_, i) => f(i + 1));
  const powerNote = `${storey(bottom)} 高低压配电房`;
  times(kit.trf, (i) => add('TRF', `${i}# 干式变压器`, null, 'power', powerNote));
  times(kit.lvs, (i) => add('LVS', `低压开关柜 AA${i}`, null, 'power', powerNote));
  if (kit.generator) add('GEN', '柴油发电机组', null, 'generator', 'B1 柴油发电机房');
  times(kit.chillers, (i) => add('CHL', `${i}# 冷水机组`, null, 'chiller', 'B1 制冷机房'));
  times(kit.towers, (i) => add('CTW', `${i}# 冷却塔`, top, null, '屋面'));
  if (kit.ahuEachFloor)
    for (const l of levels)
      if (l > 0) add('AHU', `${storey(l)} 组合式空调机组`, l, null, `${storey(l)} 空调机房`);
  times(kit.canteenAhu, (i) => add('AHU', `${i}F 餐厅新风机组`, i, null, `${i}F 餐厅空调机房`));
  for (const l of levels)
    if (l > 0)
      times(kit.vrfPerFloor, (i) =>
        add('VRF', `${storey(l)} ${i}# 多联机室外机`, l, null, `${storey(l)} 室外机平台`),
      );
  times(kit.passenger, (i) => add('ELV', `${i}# 客梯`, null, null, '客梯厅'));
  times(kit.freight, (i) =>
    add('FEL', b.code === 'D1' ? '餐厅杂物货梯' : `${kit.passenger + i}# 货梯`, null, null, '货梯厅'),
  );
  times(kit.pumps, (i) => add('PMP', `${i}# 生活变频供水泵组`, null, 'pump', `${storey(bottom)} 生活水泵房`));
  times(kit.tanks, () => add('TNK', '二次供水不锈钢水箱', null, 'pump', `${storey(bottom)} 生活水泵房`));
  times(kit.sewage, (i) =>
    add(
      'SWP',
      `${i}# 潜水排污泵`,
      bottom,
      null,
      b.code === 'D1' ? '1F 厨房隔油池' : `${storey(bottom)} 集水井`,
    ),
  );
  const fireRoom: UnitRole = b.code === 'A1' || b.code === 'A2' ? 'pump' : 'firePump';
  times(kit.firePumps, (i) => add('FPM', `消火栓泵（${i === 1 ? '主' : '备'}）`, null, fireRoom, '消防泵房'));
  times(kit.sprinklerPumps, (i) =>
    add('SPK', `喷淋泵（${i === 1 ? '主' : '备'}）`, null, fireRoom, '消防泵房'),
  );
  if (b.code === 'A1') add('FAP', '园区消防控制中心 火灾报警控制器', null, 'fireControl', '1F 消防控制室');
  else add('FAP', '火灾报警控制器', 1, null, '1F 消防值班室');
  times(kit.smokeFans, (i) => add('SEF', `${i}# 消防排烟风机`, top, null, '屋面排烟机房'));
  const nvrPlace: [number | null, UnitRole | null] = b.code === 'A1' ? [null, 'fireControl'] : [1, null];
  times(kit.nvr, (i) => add('NVR', `${i}# 网络硬盘录像机`, nvrPlace[0], nvrPlace[1], '1F 监控室'));
  const upgrade = random.chance(0.5);
  for (const l of levels) {
    times(kit.camsPerFloor, (i) => {
      const later = upgrade ? dateBetween(random, addDays(handover, 2 * 365), addDays(today, -200)) : built();
      add('CAM', `${storey(l)} ${CAMERA_SPOTS[(i - 1) % CAMERA_SPOTS.length]}摄像机`, l, null, null, later);
    });
    if (l > 0) add('ACS', `${storey(l)} 门禁控制器`, l, null, `${storey(l)} 弱电间`);
    add('EML', `${storey(l)} 应急照明集中电源`, l, null, `${storey(l)} 强电间`);
    if (kit.lcmEachFloor && l > 0) add('LCM', `${storey(l)} 智能照明模块`, l, null, `${storey(l)} 强电间`);
  }
  return specs;
}

function siteSpecs(random: Random, today: Date): Spec[] {
  const specs: Spec[] = [];
  const site = (key: KindKey, scope: string, name: string, note: string, installed: Date): void => {
    specs.push({ key, name, building: null, level: null, room: null, note, scope, installed });
  };
  for (let i = 1; i <= 20; i += 1) {
    const dc = i <= 12;
    const area = dc ? 'P1' : 'P2';
    const bay = String(dc ? i : i - 12).padStart(2, '0');
    site(
      dc ? 'EVC' : 'EVA',
      area,
      `${area} 区 ${bay} 号${dc ? '直流' : '交流'}充电桩`,
      `地面停车场 ${area} 区 ${bay} 号车位`,
      addDays(today, -random.int(dc ? 60 : 300, dc ? 700 : 1100)),
    );
  }
  const gates = ['东门入口', '东门出口', '北门入口', '北门出口'];
  for (const g of gates) site('BRG', 'GATE', `${g}道闸`, `园区${g}`, addDays(today, -random.int(500, 1500)));
  const spots = [
    '东门',
    '北门',
    '东侧周界',
    '南侧周界',
    '西侧周界',
    '北侧周界',
    'P1 停车场',
    'P2 停车场',
    '中心广场',
    '物流通道',
  ];
  for (const s of spots)
    site('CAM', 'SITE', `${s}摄像机`, `园区${s}`, addDays(today, -random.int(400, 2400)));
  for (const s of ['中心广场', '主干道', '景观水系']) {
    site(
      'LCM',
      'SITE',
      `${s}景观照明控制模块`,
      `园区${s}景观照明配电箱`,
      addDays(today, -random.int(700, 2000)),
    );
  }
  return specs;
}

/** Which assets are not simply running: a few faults, some on maintenance, three retired. */
function statusPlan(random: Random, specs: Spec[]): Map<number, EquipmentStatus> {
  const status = new Map<number, EquipmentStatus>();
  const choose = (keys: KindKey[], count: number, to: EquipmentStatus) => {
    const open = specs.flatMap((s, i) => (keys.includes(s.key) && !status.has(i) ? [i] : []));
    for (const i of random.sample(open, count)) status.set(i, to);
  };
  choose(['EVC', 'EVA'], 2, EquipmentStatus.FAULT);
  choose(['CAM'], 1, EquipmentStatus.FAULT);
  choose(['SWP'], 1, EquipmentStatus.FAULT);
  choose(['SEF'], 1, EquipmentStatus.FAULT);
  choose(['ELV', 'FEL'], 1, EquipmentStatus.UNDER_MAINTENANCE);
  choose(['AHU'], 1, EquipmentStatus.UNDER_MAINTENANCE);
  choose(['CHL'], 1, EquipmentStatus.UNDER_MAINTENANCE);
  choose(['BRG'], 1, EquipmentStatus.UNDER_MAINTENANCE);
  choose(['CAM', 'EML', 'VRF'], 3, EquipmentStatus.RETIRED);
  return status;
}

/**
 * Creates the equipment ledger of the park: plant-room assets on their room, per-floor assets
 * on their floor, site assets (chargers, gates, perimeter cameras) with only a location note.
 * One maker per kind and building, as a real project buys them.
 */
export function createEquipment(ctx: SeedContext, places: Places): LedgerItem[] {
  const { em, random, ids, today, park } = ctx;
  const specs = [...BUILDINGS.flatMap((b) => buildingSpecs(random, b, today)), ...siteSpecs(random, today)];
  const statuses = statusPlan(random, specs);
  const makers = new Map<string, Product>();
  const sequence = new Map<string, number>();
  return specs.map((s, i) => {
    const kind: EquipmentKind = KINDS[s.key];
    const makerKey = `${s.key}:${s.building ?? s.scope}`;
    const product = makers.get(makerKey) ?? random.pick(kind.products);
    makers.set(makerKey, product);
    const scope = s.building ?? s.scope ?? 'SITE';
    const n = (sequence.get(`${kind.tag}:${scope}`) ?? 0) + 1;
    sequence.set(`${kind.tag}:${scope}`, n);
    const unit = s.room && s.building ? places.rooms.get(`${s.building}:${s.room}`) : undefined;
    if (s.room && !unit) throw new Error(`No ${s.room} room in ${s.building}`);
    const floor = unit
      ? unit.floor
      : s.level !== null
        ? places.floors.get(`${s.building}:${s.level}`)
        : undefined;
    const spec = BUILDINGS.find((b) => b.code === s.building) ?? null;
    const [manufacturer, model, serialPrefix, fixed] = product;
    const warrantyYears = kind.warrantyYears + (random.chance(0.2) ? 1 : 0);
    const equipment = em.create(Equipment, {
      id: ids.next(),
      createdAt: today,
      updatedAt: today,
      park,
      code: `${DEMO_PARK.equipmentPrefix}-${kind.tag}-${scope}-${String(n).padStart(2, '0')}`,
      name: s.name,
      category: kind.category,
      status: statuses.get(i) ?? EquipmentStatus.RUNNING,
      building: s.building ? (places.buildings.get(s.building) ?? null) : null,
      floor: floor ?? null,
      unit: unit ?? null,
      locationNote: s.note,
      manufacturer,
      model,
      serialNumber: `${serialPrefix}${isoDate(s.installed).slice(2, 4)}${random.chars('0123456789', 7)}`,
      installDate: isoDate(s.installed),
      warrantyEnd: isoDate(addDays(s.installed, warrantyYears * 365)),
      parameters: { ...kind.params(random, spec), ...fixed },
    });
    return { equipment, kind, installed: s.installed };
  });
}
