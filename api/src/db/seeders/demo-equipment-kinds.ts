import { EquipmentCategory } from '../../modules/equipment/equipment.entity.js';
import type { BuildingSpec } from './demo-data.js';
import type { Random } from './random.js';

/** How often the maintenance contract has someone look at an asset. */
export type ServicePlan = 'elevator' | 'fire' | 'quarterly';

/** A maker's product: maker, model, serial-number prefix and the parameters the model fixes. */
export type Product = readonly [
  maker: string,
  model: string,
  serialPrefix: string,
  fixed?: Record<string, unknown>,
];

/** One kind of asset of the ledger. */
export type EquipmentKind = {
  category: EquipmentCategory;
  /** Middle part of the equipment code, e.g. `ELV` in `SZXH-ELV-A1-01`. */
  tag: string;
  /** Base of the display name, e.g. 客梯. */
  label: string;
  products: readonly Product[];
  warrantyYears: number;
  service: ServicePlan;
  /** Technical parameters; `b` is the building it stands in, if any. */
  params: (random: Random, b: BuildingSpec | null) => Record<string, unknown>;
};

const C = EquipmentCategory;

function kind(
  category: EquipmentCategory,
  tag: string,
  label: string,
  warrantyYears: number,
  service: ServicePlan,
  products: readonly Product[],
  params: EquipmentKind['params'],
): EquipmentKind {
  return { category, tag, label, warrantyYears, service, products, params };
}

const stops = (b: BuildingSpec | null) => (b ? b.floorsAbove + b.floorsBelow : 2);

/** The kinds of asset of the demo park, by key. */
// biome-ignore format: one kind per block, one product per line reads best
export const KINDS = {
  TRF: kind(C.POWER_DISTRIBUTION, 'TRF', '干式变压器', 3, 'quarterly', [
    ['施耐德电气', 'Trihal SCB13-1250/10', 'SET', { ratedCapacityKVA: 1250 }],
    ['西门子', 'GEAFOL SCB12-1600/10', 'SIE', { ratedCapacityKVA: 1600 }],
    ['正泰电气', 'SCB14-1000/10', 'CHT', { ratedCapacityKVA: 1000 }],
  ], () => ({ voltage: '10kV/0.4kV', connection: 'Dyn11', insulationClass: 'F' })),
  LVS: kind(C.POWER_DISTRIBUTION, 'LVS', '低压开关柜', 2, 'quarterly', [
    ['施耐德电气', 'BlokSet', 'SEB'],
    ['西门子', 'SIVACON S8', 'S8'],
    ['正泰电气', 'MNS', 'MNS'],
  ], (r) => ({ ratedCurrentA: r.pick([630, 1250, 2500, 4000]), panelType: r.pick(['进线柜', '出线柜', '电容补偿柜', '母联柜']) })),
  CHL: kind(C.HVAC, 'CHL', '冷水机组', 3, 'quarterly', [
    ['开利', '30XW-1152', 'CAR', { coolingCapacityKW: 1150, compressor: '螺杆式' }],
    ['约克', 'YK-EP 500RT', 'YRK', { coolingCapacityKW: 1758, compressor: '离心式' }],
    ['特灵', 'CVHG 400', 'TRN', { coolingCapacityKW: 1406, compressor: '离心式' }],
  ], () => ({ refrigerant: 'R134a', chilledWaterC: '7/12' })),
  CTW: kind(C.HVAC, 'CTW', '冷却塔', 2, 'quarterly', [
    ['良机', 'LRC-M-300', 'LK'],
    ['斯必克马利', 'NC8402', 'MAR'],
  ], (r) => ({ flowM3h: r.pick([300, 400, 500]), fanPowerKW: r.pick([11, 15]) })),
  AHU: kind(C.HVAC, 'AHU', '组合式空调机组', 2, 'quarterly', [
    ['开利', '39CQ', 'C39'],
    ['约克', 'YDF', 'YDF'],
    ['特灵', 'CLCP', 'CLC'],
  ], (r) => ({ airflowM3h: r.pick([8000, 10000, 15000, 20000]), coolingCapacityKW: r.pick([60, 80, 110, 140]) })),
  VRF: kind(C.HVAC, 'VRF', '多联机室外机', 3, 'quarterly', [
    ['大金', 'RXYQ20BAY1', 'DKN', { coolingCapacityKW: 56 }],
    ['格力', 'GMV-450WM/X', 'GRE', { coolingCapacityKW: 45 }],
    ['美的', 'MDV-670W/D2SN1', 'MDV', { coolingCapacityKW: 67 }],
  ], (r) => ({ indoorUnits: r.int(6, 16), refrigerant: 'R410A' })),
  ELV: kind(C.ELEVATOR, 'ELV', '客梯', 2, 'elevator', [
    ['迅达', 'Schindler 5500', 'SCH'],
    ['奥的斯', 'Gen2 Premier', 'OTS'],
    ['通力', 'KONE MonoSpace 500', 'KNE'],
    ['日立', 'HGP-NEXIEZ', 'HIT'],
  ], (r, b) => ({ ratedLoadKg: r.pick([1000, 1150, 1350, 1600]), speedMs: r.pick([1.75, 2.0, 2.5]), stops: stops(b) })),
  FEL: kind(C.ELEVATOR, 'ELV', '货梯', 2, 'elevator', [
    ['迅达', 'Schindler 5300 载货', 'SCH'],
    ['通力', 'KONE TranSys', 'KNE'],
    ['日立', 'HFL-3000', 'HIT'],
  ], (r, b) => ({ ratedLoadKg: r.pick([2000, 3000, 5000]), speedMs: r.pick([0.5, 1.0]), stops: stops(b) })),
  PMP: kind(C.WATER_SUPPLY_DRAINAGE, 'PMP', '生活变频供水泵组', 2, 'quarterly', [
    ['格兰富', 'Hydro MPC-E 3 CR15-5', 'GRF'],
    ['威乐', 'COR-3 Helix V 1605', 'WLO'],
  ], (r) => ({ flowM3h: r.pick([24, 32, 45]), headM: r.pick([60, 80, 95]), powerKW: r.pick([7.5, 11, 15]) })),
  TNK: kind(C.WATER_SUPPLY_DRAINAGE, 'TNK', '二次供水水箱', 2, 'quarterly', [
    ['苏州华泓水箱', 'SUS444 装配式', 'HH'],
  ], (r) => ({ volumeM3: r.pick([24, 36, 48]), material: 'SUS444 不锈钢' })),
  SWP: kind(C.WATER_SUPPLY_DRAINAGE, 'SWP', '潜水排污泵', 1, 'quarterly', [
    ['格兰富', 'SEG.40.15.2.50B', 'GRF'],
    ['威乐', 'Drain TP 50', 'WLO'],
  ], (r) => ({ flowM3h: r.pick([15, 25]), headM: r.pick([12, 15]), powerKW: r.pick([1.5, 2.2]) })),
  FPM: kind(C.FIRE_PROTECTION, 'FPM', '消火栓泵', 2, 'fire', [
    ['上海凯泉', 'XBD8.0/40G-KQL', 'KQ'],
    ['上海连成', 'XBD10/40-SLS', 'LC'],
  ], (r) => ({ flowLs: 40, headM: r.pick([80, 100]), powerKW: r.pick([55, 75]) })),
  SPK: kind(C.FIRE_PROTECTION, 'SPK', '喷淋泵', 2, 'fire', [
    ['上海凯泉', 'XBD7.0/30G-KQL', 'KQ'],
    ['上海连成', 'XBD9/30-SLS', 'LC'],
  ], (r) => ({ flowLs: 30, headM: r.pick([70, 90]), powerKW: r.pick([37, 45]) })),
  FAP: kind(C.FIRE_PROTECTION, 'FAP', '火灾报警控制器', 2, 'fire', [
    ['海湾', 'GST-JB-QB-GST5000', 'GST'],
  ], (r) => ({ loops: r.pick([4, 8, 16]), points: r.int(600, 2400) })),
  SEF: kind(C.FIRE_PROTECTION, 'SEF', '消防排烟风机', 2, 'fire', [
    ['浙江上风', 'HTF-II-No.10', 'SF'],
    ['德通风机', 'HTF(A)-I-8', 'DT'],
  ], (r) => ({ airflowM3h: r.pick([20000, 30000, 40000]), powerKW: r.pick([11, 15, 18.5]), rating: '280℃/30min' })),
  NVR: kind(C.WEAK_CURRENT_CCTV, 'NVR', '网络硬盘录像机', 3, 'quarterly', [
    ['海康威视', 'DS-9664NX-I16', 'HIK'],
    ['大华', 'DH-NVR5864-16HS', 'DAH'],
  ], (r) => ({ channels: r.pick([32, 64]), storageTB: r.pick([64, 96, 128]) })),
  CAM: kind(C.WEAK_CURRENT_CCTV, 'CAM', '网络摄像机', 3, 'quarterly', [
    ['海康威视', 'DS-2CD3T47WDV3-L', 'HIK'],
    ['大华', 'DH-IPC-HFW2433M-I2', 'DAH'],
  ], (r) => ({ resolution: r.pick(['4MP', '8MP']), form: r.pick(['筒机', '半球', '球机']) })),
  ACS: kind(C.WEAK_CURRENT_CCTV, 'ACS', '门禁控制器', 2, 'quarterly', [
    ['海康威视', 'DS-K2604T', 'HIK'],
    ['大华', 'DH-ASC1204C-D', 'DAH'],
  ], (r) => ({ doors: r.pick([2, 4]), credential: r.pick(['IC 卡', '人脸+IC 卡']) })),
  EML: kind(C.LIGHTING, 'EML', '应急照明集中电源箱', 2, 'quarterly', [
    ['敏华电器', 'MH-D-0.5KVA-A', 'MH'],
    ['三雄极光', 'PAK-Y-0.3KVA', 'PAK'],
  ], (r) => ({ powerKVA: r.pick([0.3, 0.5, 1.0]), batteryMinutes: 90 })),
  LCM: kind(C.LIGHTING, 'LCM', '智能照明控制模块', 2, 'quarterly', [
    ['ABB', 'SA/S8.16.6.1', 'ABB', { protocol: 'KNX' }],
    ['施耐德电气', 'C-Bus L5508RVF', 'SEC', { protocol: 'C-Bus' }],
  ], (r) => ({ channels: r.pick([8, 12, 16]) })),
  EVC: kind(C.EV_CHARGER, 'EVC', '直流充电桩', 3, 'quarterly', [
    ['特来电', 'TGSTD-120', 'TLD'],
    ['星星充电', 'ZJ-DC120-2G', 'XX'],
  ], () => ({ powerKW: 120, connector: 'GB/T DC', guns: 2 })),
  EVA: kind(C.EV_CHARGER, 'EVC', '交流充电桩', 2, 'quarterly', [
    ['星星充电', 'AC-7kW-G', 'XX'],
    ['特来电', 'TJAC-7', 'TLD'],
  ], () => ({ powerKW: 7, connector: 'GB/T AC', guns: 1 })),
  GEN: kind(C.OTHER, 'GEN', '柴油发电机组', 3, 'quarterly', [
    ['康明斯', 'C1100D5B', 'CMS', { ratedPowerKW: 800 }],
    ['玉柴', 'YC6C1220L-D20', 'YC', { ratedPowerKW: 880 }],
  ], () => ({ voltage: '400V', fuelTankL: 1000, startSeconds: 15 })),
  BRG: kind(C.OTHER, 'BRG', '车牌识别道闸', 2, 'quarterly', [
    ['捷顺', 'JSDZ0701', 'JS'],
    ['海康威视', 'DS-TMG4B1-AR', 'HIK'],
  ], (r) => ({ armLengthM: r.pick([3.5, 4.5]), recognition: '车牌识别' })),
} as const satisfies Record<string, EquipmentKind>;

/** A key of {@link KINDS}. */
export type KindKey = keyof typeof KINDS;
