import { createRouter, createWebHistory } from 'vue-router';
import { apolloClient, session } from './apollo.js';
import { ViewerDocument } from './gql/graphql.js';
import { homeFor, pages } from './pages.js';

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
      // Labels print outside the console's layout, so the page holds nothing but labels.
      path: '/equipment/labels',
      name: 'equipment-labels',
      component: () => import('./features/equipment/EquipmentLabelSheetPage.vue'),
      meta: { permission: 'equipment.read' },
    },
    {
      path: '/',
      component: () => import('./features/layout/AppLayout.vue'),
      children: [
        // Never shown: the guard below sends `home` to the viewer's own (`homeFor`).
        { path: '', name: 'home', component: { render: () => null } },
        ...pages,
        // Reached from the board and task cards, not the menu.
        {
          path: 'work-orders/:id',
          name: 'work-order',
          component: () => import('./features/work-orders/WorkOrderDetailPage.vue'),
          props: true,
          meta: { permission: 'workOrder.read' },
        },
        // Reached from the meter list, not the menu.
        {
          path: 'energy/meters/:id',
          name: 'energy-meter',
          component: () => import('./features/energy/MeterDetailPage.vue'),
          props: true,
          meta: { permission: 'energy.read' },
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
 * Signed out → login; not park staff (a tenant user) → staff-only; the home page → the viewer's
 * own (`homeFor`: My tasks for technicians, the board for the desk); a page whose permission the
 * user lacks → forbidden. The API enforces all of it anyway; this keeps the console honest.
 */
router.beforeEach(async (to) => {
  if (to.meta.public) return true;
  if (!session.signedIn) return { name: 'login', query: { next: to.fullPath } };
  try {
    const { data } = await apolloClient.query({ query: ViewerDocument, fetchPolicy: 'cache-first' });
    if (data.viewer.kind !== 'STAFF') return { name: 'staff-only' };
    if (to.name === 'home') return { name: homeFor(data.viewer.permissions) };
    const permission = to.meta.permission;
    if (!permission || data.viewer.permissions.includes(permission)) return true;
    return { name: 'forbidden' };
  } catch {
    return session.signedIn ? { name: 'forbidden' } : { name: 'login' };
  }
});
