import { UnitStatus, UnitType } from '../../modules/unit/unit.entity.js';
import { BUILDINGS, type BuildingSpec, type Pool } from './demo-data.js';
import { type Random, round } from './random.js';

/** What a unit is used for; plant rooms are where equipment lives. */
export type UnitRole =
  | 'office'
  | 'lab'
  | 'factory'
  | 'warehouse'
  | 'retail'
  | 'canteen'
  | 'gym'
  | 'mgmt'
  | 'lobby'
  | 'power'
  | 'pump'
  | 'chiller'
  | 'generator'
  | 'fireControl'
  | 'firePump'
  | 'meetingHall';

/** A unit before it becomes a row: status and tenant are settled by the allocation. */
export type UnitPlan = {
  buildingCode: string;
  level: number;
  code: string;
  type: UnitType;
  role: UnitRole;
  /** Where tenants lease it from; null for public rooms and the operator's own offices. */
  pool: Pool | null;
  grossArea: number;
  usableArea: number;
  status: UnitStatus;
  /** Index into the tenant profiles, or null. */
  tenant: number | null;
};

const PUBLIC_ROLES = new Set<UnitRole>([
  'lobby',
  'power',
  'pump',
  'chiller',
  'generator',
  'fireControl',
  'firePump',
  'meetingHall',
]);

const TYPE_OF: Record<UnitRole, UnitType> = {
  office: UnitType.OFFICE,
  mgmt: UnitType.OFFICE,
  lab: UnitType.LAB,
  factory: UnitType.FACTORY,
  warehouse: UnitType.WAREHOUSE,
  retail: UnitType.RETAIL,
  canteen: UnitType.RETAIL,
  gym: UnitType.RETAIL,
  lobby: UnitType.PUBLIC,
  power: UnitType.PUBLIC,
  pump: UnitType.PUBLIC,
  chiller: UnitType.PUBLIC,
  generator: UnitType.PUBLIC,
  fireControl: UnitType.PUBLIC,
  firePump: UnitType.PUBLIC,
  meetingHall: UnitType.PUBLIC,
};

/** Rooms of fixed (roughly known) size, then a share of the rest split into leasable units. */
type FloorLayout = {
  fixed: [UnitRole, number][];
  share?: {
    role: UnitRole;
    minCount: number;
    maxCount: number;
    minArea: number;
    maxArea: number;
    efficiency: number;
  };
};

function layoutOf(b: BuildingSpec, level: number): FloorLayout {
  const office = (minCount: number, maxCount: number, maxArea = 600) => ({
    role: 'office' as const,
    minCount,
    maxCount,
    minArea: 80,
    maxArea,
    efficiency: 0.86,
  });
  switch (b.code) {
    case 'A1':
      if (level === -1)
        return {
          fixed: [
            ['power', 240],
            ['pump', 160],
            ['chiller', 280],
            ['generator', 90],
          ],
        };
      if (level === 1) {
        return {
          fixed: [
            ['lobby', 420],
            ['fireControl', 65],
            ['retail', 130],
            ['retail', 85],
            ['mgmt', 180],
          ],
          share: office(2, 2),
        };
      }
      return { fixed: [], share: level === b.floorsAbove ? office(4, 5) : office(6, 8) };
    case 'A2': {
      const lab = (minCount: number, maxCount: number) => ({
        role: 'lab' as const,
        minCount,
        maxCount,
        minArea: 150,
        maxArea: 700,
        efficiency: 0.85,
      });
      if (level === -1)
        return {
          fixed: [
            ['power', 220],
            ['pump', 150],
            ['chiller', 260],
          ],
        };
      if (level === 1)
        return {
          fixed: [
            ['lobby', 300],
            ['retail', 95],
          ],
          share: lab(2, 2),
        };
      return { fixed: [], share: lab(3, 6) };
    }
    case 'B1':
    case 'B2': {
      const bays = (minCount: number, maxCount: number) => ({
        role: 'factory' as const,
        minCount,
        maxCount,
        minArea: 800,
        maxArea: 3000,
        efficiency: 0.9,
      });
      if (level === 1)
        return {
          fixed:
            b.code === 'B1'
              ? [
                  ['power', 150],
                  ['firePump', 130],
                ]
              : [['power', 160]],
          share: bays(2, 2),
        };
      return { fixed: [], share: bays(2, 3) };
    }
    case 'C1': {
      const bays = (minCount: number, maxCount: number) => ({
        role: 'warehouse' as const,
        minCount,
        maxCount,
        minArea: 1000,
        maxArea: 3000,
        efficiency: 0.9,
      });
      if (level === 1)
        return {
          fixed: [
            ['power', 120],
            ['firePump', 150],
          ],
          share: bays(4, 4),
        };
      return { fixed: [], share: bays(3, 4) };
    }
    case 'D1':
      if (level === 1) {
        return {
          fixed: [
            ['lobby', 180],
            ['power', 140],
            ['pump', 120],
            ['canteen', 880],
            ['retail', 120],
            ['retail', 75],
            ['retail', 95],
          ],
        };
      }
      if (level === 2)
        return {
          fixed: [
            ['canteen', 1050],
            ['meetingHall', 460],
            ['gym', 320],
            ['retail', 110],
          ],
        };
      if (level === 3)
        return {
          fixed: [
            ['mgmt', 260],
            ['mgmt', 140],
          ],
          share: office(5, 6, 400),
        };
      return { fixed: [], share: office(6, 8, 400) };
    default:
      return { fixed: [] };
  }
}

function poolOf(b: BuildingSpec, role: UnitRole): Pool | null {
  if (PUBLIC_ROLES.has(role) || role === 'mgmt') return null;
  if (role === 'office') return b.code === 'D1' ? 'D1OFF' : 'A1OFF';
  if (role === 'lab') return 'LAB';
  if (role === 'factory') return 'FAC';
  if (role === 'warehouse') return 'WH';
  return 'RET';
}

/** Splits `total` into `count` parts of similar but uneven size, each within [min, max]. */
function partition(random: Random, total: number, count: number, min: number, max: number): number[] {
  const weights = Array.from({ length: count }, () => 0.35 + random.next() * 1.3);
  const sum = weights.reduce((a, w) => a + w, 0);
  return weights.map((w) => round(Math.min(max, Math.max(min, (total * w) / sum))));
}

/** Gross area of a storey: basements and typical floors differ. */
export function floorArea(b: BuildingSpec, level: number): number {
  return level < 0 ? b.basementArea : b.floorArea;
}

/** The levels of a building: basements (-n..-1) first, then 1..floorsAbove; there is no level 0. */
export function levelsOf(b: BuildingSpec): number[] {
  const below = Array.from({ length: b.floorsBelow }, (_, i) => -(b.floorsBelow - i));
  const above = Array.from({ length: b.floorsAbove }, (_, i) => i + 1);
  return [...below, ...above];
}

/** `A1-0301` above ground, `A1-B101` below. */
function unitCode(building: string, level: number, index: number): string {
  const storey = level > 0 ? String(level).padStart(2, '0') : `B${-level}`;
  return `${building}-${storey}${String(index).padStart(2, '0')}`;
}

/**
 * Lays out every unit of the park: plant rooms and lobbies as PUBLIC rooms, the operator's own
 * offices as SELF_USE, and the leasable rest (status VACANT until tenants are allocated).
 */
export function planUnits(random: Random): UnitPlan[] {
  const plans: UnitPlan[] = [];
  for (const b of BUILDINGS) {
    for (const level of levelsOf(b)) {
      const layout = layoutOf(b, level);
      const rooms: [UnitRole, number][] = layout.fixed.map(([role, area]) => [
        role,
        round(area * (0.95 + random.next() * 0.1)),
      ]);
      const share = layout.share;
      if (share) {
        const fixedSum = rooms.reduce((a, [, area]) => a + area, 0);
        const rest = floorArea(b, level) * share.efficiency - fixedSum;
        const count = random.int(share.minCount, share.maxCount);
        for (const area of partition(random, rest, count, share.minArea, share.maxArea))
          rooms.push([share.role, area]);
      }
      rooms.forEach(([role, grossArea], i) => {
        const type = TYPE_OF[role];
        plans.push({
          buildingCode: b.code,
          level,
          code: unitCode(b.code, level, i + 1),
          type,
          role,
          pool: poolOf(b, role),
          grossArea,
          usableArea: round(grossArea * (0.76 + random.next() * 0.13)),
          status: type === UnitType.PUBLIC || role === 'mgmt' ? UnitStatus.SELF_USE : UnitStatus.VACANT,
          tenant: null,
        });
      });
    }
  }
  return plans;
}
