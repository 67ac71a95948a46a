import { type AnyExportSpec, defineExport, header, labels } from '../data-exchange/export-spec.js';
import { AccessEventFilter } from './access.inputs.js';
import { type AccessEventExportRow, accessEventExportSource } from './access.repository.js';

const TYPES = labels({
  PASS: ['通行', 'Pass'],
  TAILGATING: ['尾随', 'Tailgating'],
  FORCED_OPEN: ['强行开门', 'Forced open'],
  HELD_OPEN: ['门长时间未关', 'Held open'],
});
const DECISIONS = labels({ GRANTED: ['允许', 'Granted'], DENIED: ['拒绝', 'Denied'] });
const DIRECTIONS = labels({ IN: ['进', 'In'], OUT: ['出', 'Out'] });
const KINDS = labels({ CARD: ['门禁卡', 'Card'], QR: ['二维码', 'QR pass'], PLATE: ['车牌', 'Plate'] });
export const REASONS = labels({
  GRANTED: ['允许通行', 'Granted'],
  UNKNOWN_CREDENTIAL: ['未登记凭证', 'Unknown credential'],
  CREDENTIAL_SUSPENDED: ['凭证已挂失', 'Credential suspended'],
  CREDENTIAL_REVOKED: ['凭证已注销', 'Credential revoked'],
  NOT_YET_VALID: ['未到有效期', 'Not yet valid'],
  EXPIRED: ['已过期', 'Expired'],
  POINT_DISABLED: ['通行点已停用', 'Point disabled'],
  NO_ACCESS_TO_POINT: ['无权限', 'No access to this point'],
  OUTSIDE_SCHEDULE: ['不在通行时段', 'Outside schedule'],
  OTHER: ['其他', 'Other'],
});

/** The access event log (门禁记录) as a file, filtered as on screen. */
export const accessEventExport: AnyExportSpec = defineExport<AccessEventExportRow, AccessEventFilter>({
  name: 'accessEvents',
  title: { 'zh-CN': '门禁记录', en: 'access events' },
  permission: 'access.read',
  filter: { typeName: 'AccessEventFilter', type: AccessEventFilter },
  timeZone: (r) => r.time_zone,
  columns: [
    { header: header('时间', 'Time'), kind: 'datetime', value: (r) => r.occurred_at, width: 20 },
    { header: header('通行点编号', 'Point code'), kind: 'text', value: (r) => r.point_code, width: 14 },
    { header: header('通行点', 'Access point'), kind: 'text', value: (r) => r.point_name, width: 24 },
    { header: header('事件', 'Event'), kind: 'text', value: (r) => r.type, labels: TYPES },
    { header: header('结果', 'Decision'), kind: 'text', value: (r) => r.decision, labels: DECISIONS },
    { header: header('原因', 'Reason'), kind: 'text', value: (r) => r.reason, labels: REASONS, width: 18 },
    { header: header('方向', 'Direction'), kind: 'text', value: (r) => r.direction, labels: DIRECTIONS },
    {
      header: header('凭证类型', 'Credential'),
      kind: 'text',
      value: (r) => r.credential_kind,
      labels: KINDS,
    },
    { header: header('凭证号', 'Credential no.'), kind: 'text', value: (r) => r.credential_ref, width: 18 },
    { header: header('人员', 'Person'), kind: 'text', value: (r) => r.holder_name, width: 12 },
    { header: header('企业', 'Company'), kind: 'text', value: (r) => r.tenant_name, width: 24 },
  ],
  source: (ctx, filter) => accessEventExportSource(ctx, filter),
});
