import type { AuditWords } from '../../kernel/audit-vocabulary.js';
import { type AnyExportSpec, defineExport, header, labels } from '../data-exchange/export-spec.js';
import { type AuditExportRow, auditExportSource } from './audit.repository.js';
import { listFilter } from './audit.service.js';
import { AuditFilter } from './audit.type.js';

const OUTCOMES = labels({
  OK: ['成功', 'Succeeded'],
  FAILED: ['失败', 'Failed'],
  DENIED: ['拒绝', 'Denied'],
  ROLLED_BACK: ['已回滚', 'Rolled back'],
});
const ACTOR_KINDS = labels({
  staff: ['员工', 'Staff'],
  tenant: ['企业用户', 'Tenant user'],
  device: ['自助终端', 'Kiosk'],
  partner: ['合作系统', 'Partner system'],
  job: ['系统任务', 'System job'],
  anonymous: ['匿名', 'Anonymous'],
});

/** The audit log (审计日志) as a file: what `auditLog(filter:)` selects, every page. */
export const auditExport: AnyExportSpec = defineExport<
  AuditExportRow & { words?: AuditWords | undefined },
  AuditFilter
>({
  name: 'auditLog',
  title: { 'zh-CN': '审计日志', en: 'audit log' },
  permission: 'audit.read',
  filter: { typeName: 'AuditFilter', type: AuditFilter },
  timeZone: (r) => r.time_zone,
  columns: [
    { header: header('序号', 'No.'), kind: 'integer', value: (r) => r.seq },
    { header: header('时间', 'Time'), kind: 'datetime', value: (r) => r.occurred_at, width: 18 },
    { header: header('操作者', 'Actor'), kind: 'text', value: (r) => r.actor_label, width: 16 },
    {
      header: header('操作者类型', 'Actor kind'),
      kind: 'text',
      value: (r) => r.actor_kind,
      labels: ACTOR_KINDS,
    },
    { header: header('园区', 'Park'), kind: 'text', value: (r) => r.park_name, width: 24 },
    {
      header: header('模块', 'Module'),
      kind: 'text',
      value: (r, language) => (r.words ? r.words.moduleTitle[language === 'en' ? 'en' : 'zh'] : ''),
      width: 16,
    },
    {
      header: header('操作', 'Action'),
      kind: 'text',
      // An operation no feature names (none today) keeps its own name rather than a blank.
      value: (r, language) => (r.words ? r.words.action[language === 'en' ? 'en' : 'zh'] : r.operation),
      width: 24,
    },
    { header: header('对象类型', 'Target type'), kind: 'text', value: (r) => r.target_type },
    { header: header('对象编号', 'Target id'), kind: 'text', value: (r) => r.target_id, width: 38 },
    { header: header('结果', 'Outcome'), kind: 'text', value: (r) => r.outcome, labels: OUTCOMES },
    { header: header('错误代码', 'Error code'), kind: 'text', value: (r) => r.error_code, width: 20 },
    { header: header('IP 地址', 'IP address'), kind: 'text', value: (r) => r.ip, width: 16 },
  ],
  source: (ctx, filter) => {
    const source = auditExportSource(ctx, listFilter(ctx, filter, undefined));
    const vocabulary = ctx.services.auditVocabulary;
    return {
      count: source.count,
      async *batches() {
        for await (const rows of source.batches())
          yield rows.map((r) => ({ ...r, words: vocabulary.words(r.operation) }));
      },
    };
  },
});
