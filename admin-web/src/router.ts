import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import { apolloClient, session } from './apollo.js';
import { ViewerDocument } from './gql/graphql.js';

declare module 'vue-router' {
  interface RouteMeta {
    /** The permission the page needs; the menu shows only pages the user may open. */
    permission?: string;
    /** i18n key of the menu entry. */
    title?: string;
    public?: boolean;
  }
}

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

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes: [
    {
      path: '/login',
      name: 'login',
      component: () => import('./features/auth/LoginPage.vue'),
      meta: { public: true },
    },
    {
      path: '/staff-only',
      name: 'staff-only',
      component: () => import('./features/auth/StaffOnlyPage.vue'),
      meta: { public: true },
    },
    {
      path: '/',
      component: () => import('./features/layout/AppLayout.vue'),
      children: [
        { path: '', name: 'home', redirect: () => ({ name: 'assets' }) },
        ...pages,
        // Reached from the board and task cards, not the menu.
        {
          path: 'work-orders/:id',
          name: 'work-order',
          component: () => import('./features/work-orders/WorkOrderDetailPage.vue'),
          props: true,
          meta: { permission: 'workOrder.read' },
        },
        {
          path: 'forbidden',
          name: 'forbidden',
          component: () => import('./features/layout/ForbiddenPage.vue'),
        },
      ],
    },
    { path: '/:rest(.*)*', redirect: '/' },
  ],
});

/**
 * Signed out → login; not park staff (a tenant user) → staff-only; a page whose permission the
 * user lacks → forbidden. The API enforces all of it anyway; this keeps the console honest.
 */
router.beforeEach(async (to) => {
  if (to.meta.public) return true;
  if (!session.signedIn) return { name: 'login', query: { next: to.fullPath } };
  try {
    const { data } = await apolloClient.query({ query: ViewerDocument, fetchPolicy: 'cache-first' });
    if (data.viewer.kind !== 'STAFF') return { name: 'staff-only' };
    const permission = to.meta.permission;
    if (!permission || data.viewer.permissions.includes(permission)) return true;
    const first = pages.find(
      (p) => p.meta?.permission && data.viewer.permissions.includes(p.meta.permission),
    );
    return first && to.name === 'assets' ? { name: first.name } : { name: 'forbidden' };
  } catch {
    return session.signedIn ? { name: 'forbidden' } : { name: 'login' };
  }
});
