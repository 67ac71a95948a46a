import type { RouteRecordRaw } from 'vue-router';

declare module 'vue-router' {
  interface RouteMeta {
    /** The permission the page needs; the menu shows only pages the user may open. */
    permission?: string;
    /** i18n key of the menu entry. */
    title?: string;
    /** i18n key of the menu group (子菜单) the entry sits in; entries of a group are listed together. */
    group?: string;
    public?: boolean;
  }
}

/**
 * The signed-in pages: the router nests them under the layout, the side menu lists them. Apart
 * from the router so the menu (inside the layout the router loads) does not import it back.
 */
export const pages: RouteRecordRaw[] = [
  {
    path: 'assets',
    name: 'assets',
    component: () => import('./features/assets/AssetTreePage.vue'),
    meta: { permission: 'asset.read', title: 'menu.assetTree' },
  },
  {
    path: 'units',
    name: 'units',
    component: () => import('./features/assets/UnitListPage.vue'),
    meta: { permission: 'asset.read', title: 'menu.units' },
  },
  {
    path: 'equipment',
    name: 'equipment',
    component: () => import('./features/equipment/EquipmentLedgerPage.vue'),
    meta: { permission: 'equipment.read', title: 'menu.equipment' },
  },
  {
    path: 'maintenance',
    name: 'maintenance',
    component: () => import('./features/maintenance/MaintenancePage.vue'),
    meta: { permission: 'equipment.read', title: 'menu.maintenance' },
  },
  {
    path: 'tenants',
    name: 'tenants',
    component: () => import('./features/tenants/TenantListPage.vue'),
    meta: { permission: 'tenant.read', title: 'menu.tenants' },
  },
  {
    path: 'users',
    name: 'users',
    component: () => import('./features/users/UsersPage.vue'),
    meta: { permission: 'user.read', title: 'menu.users' },
  },
  {
    path: 'board',
    name: 'board',
    component: () => import('./features/work-orders/DispatchBoardPage.vue'),
    meta: { permission: 'workOrder.read', title: 'menu.board' },
  },
  {
    path: 'kpis',
    name: 'kpis',
    component: () => import('./features/work-orders/KpiDashboardPage.vue'),
    meta: { permission: 'workOrder.read', title: 'menu.kpis' },
  },
  {
    path: 'my-tasks',
    name: 'my-tasks',
    component: () => import('./features/work-orders/MyTasksPage.vue'),
    meta: { permission: 'workOrder.work', title: 'menu.myTasks' },
  },
  {
    path: 'access-points',
    name: 'access-points',
    component: () => import('./features/access/AccessPointsPage.vue'),
    meta: { permission: 'access.read', title: 'menu.accessPoints', group: 'menu.access' },
  },
  {
    path: 'access-credentials',
    name: 'access-credentials',
    component: () => import('./features/access/AccessCredentialsPage.vue'),
    meta: { permission: 'access.read', title: 'menu.accessCredentials', group: 'menu.access' },
  },
  {
    path: 'access-groups',
    name: 'access-groups',
    component: () => import('./features/access/AccessGroupsPage.vue'),
    meta: { permission: 'access.read', title: 'menu.accessGroups', group: 'menu.access' },
  },
  {
    path: 'access-events',
    name: 'access-events',
    component: () => import('./features/access/AccessEventsPage.vue'),
    meta: { permission: 'access.read', title: 'menu.accessEvents', group: 'menu.access' },
  },
  {
    path: 'security-events',
    name: 'security-events',
    component: () => import('./features/access/SecurityEventsPage.vue'),
    meta: { permission: 'access.security', title: 'menu.securityEvents', group: 'menu.access' },
  },
  {
    path: 'parking',
    name: 'parking',
    component: () => import('./features/parking/ParkingBoardPage.vue'),
    meta: { permission: 'parking.read', title: 'menu.parkingBoard', group: 'menu.parking' },
  },
  {
    path: 'parking-lots',
    name: 'parking-lots',
    component: () => import('./features/parking/ParkingLotsPage.vue'),
    meta: { permission: 'parking.read', title: 'menu.parkingLots', group: 'menu.parking' },
  },
  {
    path: 'parking-log',
    name: 'parking-log',
    component: () => import('./features/parking/ParkingLogPage.vue'),
    meta: { permission: 'parking.read', title: 'menu.parkingLog', group: 'menu.parking' },
  },
  {
    path: 'parking-charges',
    name: 'parking-charges',
    component: () => import('./features/parking/ParkingChargesPage.vue'),
    meta: { permission: 'parking.read', title: 'menu.parkingCharges', group: 'menu.parking' },
  },
  {
    path: 'vehicles',
    name: 'vehicles',
    component: () => import('./features/parking/VehiclesPage.vue'),
    meta: { permission: 'vehicle.read', title: 'menu.vehicles', group: 'menu.parking' },
  },
  {
    path: 'visitors/on-site',
    name: 'visitors-on-site',
    component: () => import('./features/visitors/OnSitePage.vue'),
    meta: { permission: 'visitor.read', title: 'menu.visitorsOnSite', group: 'menu.visitors' },
  },
  {
    path: 'visitors/log',
    name: 'visit-log',
    component: () => import('./features/visitors/VisitLogPage.vue'),
    meta: { permission: 'visitor.read', title: 'menu.visitLog', group: 'menu.visitors' },
  },
  {
    path: 'visitors/front-desk',
    name: 'front-desk',
    component: () => import('./features/visitors/FrontDeskPage.vue'),
    meta: { permission: 'visitor.frontDesk', title: 'menu.frontDesk', group: 'menu.visitors' },
  },
  {
    path: 'visitors/security',
    name: 'security-review',
    component: () => import('./features/visitors/SecurityReviewPage.vue'),
    meta: { permission: 'visitor.security', title: 'menu.securityReview', group: 'menu.visitors' },
  },
  {
    path: 'visitors/watchlist',
    name: 'watchlist',
    component: () => import('./features/visitors/WatchlistPage.vue'),
    meta: { permission: 'visitor.watchlist', title: 'menu.watchlist', group: 'menu.visitors' },
  },
  // 能源 (energy): the alert pages; the overview, meters and devices pages join this group.
  {
    path: 'energy',
    name: 'energy-overview',
    component: () => import('./features/energy-overview/EnergyOverviewPage.vue'),
    meta: { permission: 'energy.read', title: 'menu.energyOverview', group: 'menu.energy' },
  },
  {
    path: 'energy/alerts',
    name: 'energy-alerts',
    component: () => import('./features/energy-alerts/EnergyAlertsPage.vue'),
    meta: { permission: 'energy.read', title: 'menu.energyAlerts', group: 'menu.energy' },
  },
  {
    path: 'energy/alert-rules',
    name: 'energy-alert-rules',
    component: () => import('./features/energy-alerts/EnergyAlertRulesPage.vue'),
    meta: { permission: 'energy.alert.manage', title: 'menu.energyAlertRules', group: 'menu.energy' },
  },
  {
    path: 'energy/meters',
    name: 'energy-meters',
    component: () => import('./features/energy/MetersPage.vue'),
    meta: { permission: 'energy.read', title: 'menu.energyMeters', group: 'menu.energy' },
  },
  {
    path: 'energy/devices',
    name: 'energy-devices',
    component: () => import('./features/energy/DevicesPage.vue'),
    meta: { permission: 'iot.read', title: 'menu.energyDevices', group: 'menu.energy' },
  },
  {
    path: 'energy/tariffs',
    name: 'energy-tariffs',
    component: () => import('./features/energy-overview/TariffsPage.vue'),
    meta: { permission: 'energy.read', title: 'menu.energyTariffs', group: 'menu.energy' },
  },
  {
    path: 'leases',
    name: 'leases',
    component: () => import('./features/leases/LeasesPage.vue'),
    meta: { permission: 'lease.read', title: 'menu.leases', group: 'menu.leasing' },
  },
  {
    path: 'bills',
    name: 'bills',
    component: () => import('./features/bills/BillsPage.vue'),
    meta: { permission: 'bill.read', title: 'menu.bills', group: 'menu.leasing' },
  },
  {
    // 其他收费: who reads bills sees the charges; adding and cancelling them need bill.charge.
    path: 'charges',
    name: 'charges',
    component: () => import('./features/charges/ChargesPage.vue'),
    meta: { permission: 'bill.read', title: 'menu.charges', group: 'menu.leasing' },
  },
  {
    path: 'payments',
    name: 'payments',
    component: () => import('./features/payments/PaymentsPage.vue'),
    meta: { permission: 'payment.read', title: 'menu.payments', group: 'menu.leasing' },
  },
  {
    path: 'reconciliation',
    name: 'reconciliation',
    component: () => import('./features/payments/ReconciliationPage.vue'),
    meta: { permission: 'payment.reconcile', title: 'menu.reconciliation', group: 'menu.leasing' },
  },
  {
    // 发票: anyone who reads bills sees the queue; issuing and refusing need invoice.issue.
    path: 'invoices',
    name: 'invoices',
    component: () => import('./features/invoices/InvoicesPage.vue'),
    meta: { permission: 'bill.read', title: 'menu.invoices', group: 'menu.leasing' },
  },
  {
    path: 'fees',
    name: 'fees',
    component: () => import('./features/fees/FeeStandardsPage.vue'),
    meta: { permission: 'fee.read', title: 'menu.fees', group: 'menu.leasing' },
  },
  {
    path: 'kiosks',
    name: 'kiosks',
    component: () => import('./features/kiosks/KiosksPage.vue'),
    meta: { permission: 'kiosk.manage', title: 'menu.kiosks' },
  },
  {
    path: 'audit',
    name: 'audit',
    component: () => import('./features/audit/AuditLogPage.vue'),
    meta: { permission: 'audit.read', title: 'menu.audit' },
  },
];

/**
 * Where each role's work is, first match first: the desk (who dispatches) on the board, those who
 * do the work (technicians, guards, cleaners, gardeners) on My tasks, leasing on the leases,
 * finance on the bills; anyone else lands on the first page the menu shows them.
 */
const HOMES: { name: string; when: (can: (permission: string) => boolean) => boolean }[] = [
  { name: 'board', when: (can) => can('workOrder.dispatch') },
  { name: 'my-tasks', when: (can) => can('workOrder.work') },
  { name: 'leases', when: (can) => can('lease.manage') },
  { name: 'bills', when: (can) => can('bill.void') },
];

/** The route name a signed-in staff member lands on, from their permissions. */
export function homeFor(permissions: readonly string[]): string {
  const can = (permission: string) => permissions.includes(permission);
  const home = HOMES.find((h) => h.when(can))?.name;
  if (home) return home;
  const first = pages.find((p) => !p.meta?.permission || can(p.meta.permission));
  return first ? String(first.name) : 'forbidden';
}
