import { type AnyExportSpec, defineExport, header, labels } from '../data-exchange/export-spec.js';
import { ParkingEventFilter } from './parking.inputs.js';
import { type ParkingEventExportRow, parkingEventExportSource } from './parking.repository.js';

export const DECISION_LABELS = labels({
  WHITELISTED: ['白名单', 'Listed'],
  VISITOR: ['访客', 'Visitor'],
  TEMPORARY: ['临时车', 'Temporary'],
  DENIED_FULL: ['车位已满', 'Full'],
  DENIED_BLACKLIST: ['黑名单', 'Blocked'],
  DENIED_ALREADY_INSIDE: ['重复入场', 'Already inside'],
  EXITED: ['已出场', 'Exited'],
  EXIT_NO_SESSION: ['无入场记录', 'No entry on record'],
});
const DIRECTIONS = labels({ IN: ['入场', 'In'], OUT: ['出场', 'Out'] });
const SPACE_TYPES = labels({
  REGULAR: ['普通车位', 'Regular'],
  EV_CHARGING: ['充电车位', 'EV charging'],
  RESERVED: ['固定车位', 'Reserved'],
  ACCESSIBLE: ['无障碍车位', 'Accessible'],
});
const SOURCES = labels({ PARTNER: ['道闸系统', 'Barrier system'], STAFF: ['岗亭人工', 'Booth'] });

/** The entry/exit log (出入记录) as a file: what `parkingEvents(filter:)` selects, every page. */
export const parkingEventExport: AnyExportSpec = defineExport<ParkingEventExportRow, ParkingEventFilter>({
  name: 'parkingEvents',
  title: { 'zh-CN': '车辆出入记录', en: 'parking entries and exits' },
  permission: 'parking.read',
  filter: { typeName: 'ParkingEventFilter', type: ParkingEventFilter },
  timeZone: (r) => r.time_zone,
  columns: [
    { header: header('时间', 'Time'), kind: 'datetime', value: (r) => r.occurred_at, width: 20 },
    { header: header('停车场', 'Lot'), kind: 'text', value: (r) => r.lot_name, width: 20 },
    { header: header('方向', 'Direction'), kind: 'text', value: (r) => r.direction, labels: DIRECTIONS },
    { header: header('车牌', 'Plate'), kind: 'text', value: (r) => r.plate, width: 12 },
    { header: header('判定', 'Decision'), kind: 'text', value: (r) => r.decision, labels: DECISION_LABELS },
    { header: header('车位类型', 'Space'), kind: 'text', value: (r) => r.space_type, labels: SPACE_TYPES },
    { header: header('来源', 'Source'), kind: 'text', value: (r) => r.source, labels: SOURCES },
    { header: header('停车费（元）', 'Fee (yuan)'), kind: 'money', value: (r) => r.fee_fen },
  ],
  source: (ctx, filter) => parkingEventExportSource(ctx, filter!),
});
