import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader } from '../../graphql/loader-utils.js';
import { SIGNED_IN } from '../../kernel/requirements.js';
import { declare, defineModule } from '../manifest.js';
import { VisitConsoleResolver } from './visit-console.resolver.js';
import { VisitKioskResolver } from './visit-kiosk.resolver.js';
import { VisitPortalResolver } from './visit-portal.resolver.js';
import { Visit, Visitor, VisitorWatchlistEntry } from './visitor.entity.js';
import { visitLogExport } from './visitor.export.js';
import { visitorJobs } from './visitor.jobs.js';
import { VisitorResolver, VisitResolver, WatchlistResolver } from './visitor.resolver.js';
import { visitorSeed } from './visitor.seed.js';
import type { VisitorTopics } from './visitor.topics.js';

export { visitorPlateWindows } from './visitor.plates.js';

/**
 * Visitors (SPEC §3.3, IPARK 7.2.1; SMART 7.2.1-3): invitations by tenant employees, kiosk
 * walk-ins with live host approval and a front-desk fallback, signed single-use passes checked
 * in and out at kiosks and gates, the watchlist, encrypted ID numbers, retention.
 */
export const visitorModule = defineModule({
  name: 'visitor',
  title: { zh: '访客', en: 'Visitors' },
  actions: {
    inviteVisitors: { zh: '邀请访客', en: 'Invite visitors' },
    revokeVisit: { zh: '取消访客邀请', en: 'Revoke a visit' },
    extendVisit: { zh: '延长访客通行证', en: 'Extend a visit' },
    decideVisit: { zh: '审批访客登记', en: 'Answer a walk-in' },
    decideFrontDeskVisit: { zh: '前台审批访客', en: 'Front desk answers a walk-in' },
    decideSecurityReview: { zh: '安保复核访客', en: 'Security review of a visit' },
    registerWalkIn: { zh: '访客自助登记', en: 'Register a walk-in' },
    kioskScanVisitorPass: { zh: '终端扫码通行', en: 'Scan a pass at a kiosk' },
    scanVisitorPass: { zh: '扫码通行', en: 'Scan a pass' },
    addWatchlistEntry: { zh: '加入访客黑名单', en: 'Add to the watchlist' },
    setWatchlistEntryActive: { zh: '启用或停用黑名单条目', en: 'Switch a watchlist entry on or off' },
    'visitor.hostTimeout': { zh: '访客转前台审批', en: 'Hand a walk-in to the front desk' },
    'visitor.notify': { zh: '发送访客通行证', en: 'Send a visitor pass' },
    'visitor.anonymise': { zh: '访客记录匿名化', en: 'Anonymise old visitor records' },
  },
  entities: [Visitor, VisitorWatchlistEntry, Visit],
  resolvers: [
    VisitResolver,
    VisitConsoleResolver,
    VisitPortalResolver,
    VisitKioskResolver,
    VisitorResolver,
    WatchlistResolver,
  ],
  typeAccess: {
    Visit: SIGNED_IN,
    Visitor: SIGNED_IN,
    VisitorPass: 'inherit',
    PassScan: 'inherit',
    KioskHost: 'inherit',
    VisitorWatchlistEntry: 'visitor.watchlist',
  },
  personalFields: [
    'Visitor.phone',
    'Visitor.email',
    'Visitor.idNumber',
    'Visit.pass',
    'VisitorWatchlistEntry.phone',
    'VisitorWatchlistEntry.idNumber',
  ],
  loaders: { visitorById: (em: EntityManager) => byIdLoader(em, Visitor) },
  topics: declare<VisitorTopics>(),
  tasks: {
    'visitor.hostTimeout': visitorJobs.hostTimeout,
    'visitor.notify': visitorJobs.notify,
    'visitor.anonymise': visitorJobs.anonymise,
  },
  recurring: { 'visitor.anonymise': '17 3 * * *' },
  exports: [visitLogExport],
  seed: visitorSeed,
  permissions: {
    'visitor.invite': {
      // BOTH so the HQ admin, who holds every staff permission, may grant the tenant roles holding it;
      // only a tenant company's users host (the service refuses staff).
      audience: 'BOTH',
      name: { zh: '邀请访客', en: 'Invite visitors' },
      description: {
        zh: '邀请访客、取消或延长邀请，审批到访本企业的访客登记，查看本企业的访客记录。',
        en: 'Invites visitors, revokes or extends invitations, answers walk-ins for the company and reads its visits.',
      },
      grants: ['tenant_admin', 'tenant_employee'],
    },
    'visitor.read': {
      audience: 'STAFF',
      name: { zh: '查看访客记录', en: 'View the visitor log' },
      description: {
        zh: '查看园区访客记录和在园访客，导出访客记录。',
        en: 'Reads the park’s visitor log and who is on site, and exports the log.',
      },
      grants: ['park_manager', 'customer_service', 'security', 'quality'],
    },
    'visitor.frontDesk': {
      audience: 'STAFF',
      name: { zh: '前台审批访客', en: 'Front desk visitor approvals' },
      description: {
        zh: '被访人未及时答复时，由前台审批访客登记。',
        en: 'Answers walk-ins whose hosts did not answer in time.',
      },
      grants: ['park_manager', 'customer_service', 'security'],
    },
    'visitor.security': {
      audience: 'STAFF',
      name: { zh: '安保复核访客', en: 'Security review of visitors' },
      description: {
        zh: '复核命中黑名单的访客，放行或拒绝。',
        en: 'Clears or rejects visits the watchlist held.',
      },
      grants: ['park_manager', 'security'],
    },
    'visitor.watchlist': {
      audience: 'STAFF',
      name: { zh: '管理访客黑名单', en: 'Manage the visitor watchlist' },
      description: {
        zh: '维护园区访客黑名单（姓名加手机号或身份证号）。',
        en: 'Keeps the park’s watchlist (name and phone, or ID number).',
      },
      grants: ['park_manager', 'security'],
    },
    'visitor.checkin': {
      audience: 'STAFF',
      name: { zh: '访客扫码通行', en: 'Check visitors in and out' },
      description: {
        zh: '扫描访客通行证办理进出登记。',
        en: 'Scans visitor passes to check visitors in and out.',
      },
      grants: ['park_manager', 'customer_service', 'security'],
    },
    'visitor.pii': {
      audience: 'STAFF',
      name: { zh: '查看访客完整证件号和手机号', en: 'See visitors’ full ID and phone numbers' },
      description: {
        zh: '查看访客完整的身份证号和手机号（其他人只见脱敏号码）。',
        en: 'Sees visitors’ ID-card and phone numbers in full (others see them masked).',
      },
      grants: ['park_manager', 'security'],
    },
  },
  apiKeyScopes: {
    'visitor:checkin': {
      description: 'Gates and turnstiles: check visitor passes in and out (scanVisitorPass).',
      permissions: ['visitor.checkin'],
    },
  },
});
