import { type AnyExportSpec, defineExport, header, labels } from '../data-exchange/export-spec.js';
import { maskPhone } from './visitor.crypto.js';
import { VisitFilter } from './visitor.inputs.js';
import { type VisitExportRow, visitorRepository } from './visitor.repository.js';

const SOURCES = labels({ INVITATION: ['邀请', 'Invitation'], WALK_IN: ['自助登记', 'Walk-in'] });
const STATES = labels({
  AWAITING_SECURITY: ['待安保复核', 'Awaiting security'],
  AWAITING_HOST: ['待被访人审批', 'Awaiting host'],
  AWAITING_FRONT_DESK: ['待前台审批', 'Awaiting front desk'],
  APPROVED: ['已通过', 'Approved'],
  REJECTED: ['已拒绝', 'Rejected'],
  REVOKED: ['已取消', 'Revoked'],
});

/**
 * The park's visitor log (访客记录) for security, as `visits(filter:)` lists it; phone numbers
 * masked whoever exports (the file leaves the system), ID numbers left out.
 */
export const visitLogExport: AnyExportSpec = defineExport<VisitExportRow, VisitFilter>({
  name: 'visits',
  title: { 'zh-CN': '访客记录', en: 'visitor log' },
  permission: 'visitor.read',
  filter: { typeName: 'VisitFilter', type: VisitFilter },
  timeZone: (r) => r.time_zone,
  columns: [
    { header: header('开始时间', 'Starts'), kind: 'datetime', value: (r) => r.starts_at, width: 18 },
    { header: header('结束时间', 'Ends'), kind: 'datetime', value: (r) => r.ends_at, width: 18 },
    { header: header('访客', 'Visitor'), kind: 'text', value: (r) => r.visitor_name, width: 12 },
    {
      header: header('手机号', 'Phone'),
      kind: 'text',
      value: (r) => (r.phone ? maskPhone(r.phone) : null),
      width: 14,
    },
    { header: header('访客单位', 'Visitor’s company'), kind: 'text', value: (r) => r.company, width: 24 },
    { header: header('被访企业', 'Host company'), kind: 'text', value: (r) => r.tenant_name, width: 24 },
    { header: header('被访人', 'Host'), kind: 'text', value: (r) => r.host_name, width: 12 },
    { header: header('来访事由', 'Purpose'), kind: 'text', value: (r) => r.purpose, width: 24 },
    { header: header('方式', 'Source'), kind: 'text', value: (r) => r.source, labels: SOURCES },
    { header: header('状态', 'State'), kind: 'text', value: (r) => r.state, labels: STATES },
    { header: header('车牌', 'Plate'), kind: 'text', value: (r) => r.plate, width: 10 },
    { header: header('随行人数', 'Companions'), kind: 'integer', value: (r) => r.companions },
    { header: header('签到时间', 'Checked in'), kind: 'datetime', value: (r) => r.checked_in_at, width: 18 },
    {
      header: header('签离时间', 'Checked out'),
      kind: 'datetime',
      value: (r) => r.checked_out_at,
      width: 18,
    },
  ],
  source: (ctx, filter) => visitorRepository.exportSource(ctx, filter!),
});
