import { declare, defineModule } from '../manifest.js';
import { accessEventExport } from './access.export.js';
import { accessLoaders } from './access.loaders.js';
import { AccessCredentialResolver, AccessGroupResolver, AccessPointResolver } from './access.resolver.js';
import { seedAccessControl } from './access.seed.js';
import type { AccessTopics } from './access.topics.js';
import { AccessCredential } from './access-credential.entity.js';
import { AccessEvent, SecurityEvent } from './access-event.entity.js';
import { AccessEventResolver, SecurityEventResolver } from './access-event.resolver.js';
import { AccessGroup, AccessGroupMember } from './access-group.entity.js';
import { AccessPoint } from './access-point.entity.js';

/**
 * Access control 门禁 (SPEC §3.3; SMART 7.2.1; IPARK 5.1.1.3): access points, credentials bound to
 * people, access groups with weekly schedules, device events ingested from partner systems, the
 * decisions devices ask for, and the security events denials and door alarms raise.
 */
export const accessModule = defineModule({
  name: 'access',
  title: { zh: '门禁', en: 'Access control' },
  actions: {
    createAccessPoint: { zh: '新增通行点', en: 'Add an access point' },
    updateAccessPoint: { zh: '修改通行点', en: 'Edit an access point' },
    createAccessCredential: { zh: '发放门禁凭证', en: 'Issue a credential' },
    setAccessCredentialStatus: { zh: '挂失、恢复或注销凭证', en: 'Suspend, restore or revoke a credential' },
    createAccessGroup: { zh: '新增门禁权限组', en: 'Add an access group' },
    updateAccessGroup: { zh: '修改门禁权限组', en: 'Edit an access group' },
    addAccessGroupMember: { zh: '加入权限组', en: 'Add a person to an access group' },
    removeAccessGroupMember: { zh: '移出权限组', en: 'Remove a person from an access group' },
    ingestAccessEvents: { zh: '上报门禁记录', en: 'Report access events' },
    acknowledgeSecurityEvent: { zh: '确认安防事件', en: 'Acknowledge a security event' },
    closeSecurityEvent: { zh: '关闭安防事件', en: 'Close a security event' },
  },
  entities: [AccessPoint, AccessCredential, AccessGroup, AccessGroupMember, AccessEvent, SecurityEvent],
  resolvers: [
    AccessPointResolver,
    AccessCredentialResolver,
    AccessGroupResolver,
    AccessEventResolver,
    SecurityEventResolver,
  ],
  typeAccess: {
    AccessPoint: 'access.read',
    AccessCredential: 'access.read',
    AccessGroup: 'access.read',
    AccessGroupMember: 'access.read',
    AccessHolderOption: 'access.assign',
    ScheduleWindow: 'inherit',
    AccessEvent: 'access.read',
    SecurityEvent: 'access.security',
    SecurityEventChange: 'inherit',
    AccessDecisionResult: 'inherit',
    AccessIngestResult: 'inherit',
  },
  loaders: accessLoaders,
  topics: declare<AccessTopics>(),
  exports: [accessEventExport],
  seed: [{ name: 'access control', run: seedAccessControl }],
  permissions: {
    'access.read': {
      audience: 'BOTH',
      name: { zh: '查看门禁', en: 'View access control' },
      description: {
        zh: '查看通行点、门禁凭证、权限组和通行记录；企业只看本企业员工的。',
        en: 'Reads access points, credentials, access groups and the access event log; tenants only their own employees’.',
      },
      grants: ['security', 'park_manager', 'tenant_admin'],
    },
    'access.manage': {
      audience: 'STAFF',
      name: { zh: '管理门禁', en: 'Manage access control' },
      description: {
        zh: '新增和修改通行点、发放和注销凭证、设置权限组及其时段。',
        en: 'Adds and edits access points, issues and revokes credentials, sets up access groups and their schedules.',
      },
      grants: ['park_manager', 'security'],
    },
    'access.assign': {
      audience: 'BOTH',
      name: { zh: '分配门禁权限', en: 'Assign access groups' },
      description: {
        zh: '把人员加入或移出权限组；企业管理员只能把本企业员工加入本企业的权限组。',
        en: 'Puts people in access groups and takes them out; tenant admins only their own employees, in their own company’s groups.',
      },
      grants: ['park_manager', 'security', 'tenant_admin'],
    },
    'access.security': {
      audience: 'STAFF',
      name: { zh: '处理安防事件', en: 'Handle security events' },
      description: {
        zh: '实时查看拒绝通行、尾随、强行开门等安防事件，确认并关闭。',
        en: 'Watches denied access, tailgating and forced doors live, acknowledges and closes them.',
      },
      grants: ['security', 'park_manager'],
    },
    'access.ingest': {
      audience: 'STAFF',
      name: { zh: '门禁设备对接', en: 'Access device integration' },
      description: {
        zh: '上报门禁设备的通行记录，查询凭证能否通行（供合作方接口密钥使用）。',
        en: 'Reports access device events and asks whether a credential may pass (for partner keys).',
      },
      grants: 'HQ_ONLY',
    },
  },
  apiKeyScopes: {
    'access:write': {
      description: 'Report access device events and ask for access decisions (access control vendors).',
      permissions: ['access.ingest'],
    },
  },
});
