import { createRouter, createWebHistory } from 'vue-router';
import { apolloClient, session } from './apollo.js';
import { signOut } from './features/auth/sign-out.js';
import { ViewerDocument } from './gql/graphql.js';

declare module 'vue-router' {
  interface RouteMeta {
    /** Open without signing in. */
    public?: boolean;
    /** The permission the page needs; its tab is hidden without it. */
    permission?: string;
    /** i18n key of the page title. */
    title?: string;
    /** A page below a tab: it shows a back arrow to this route and no tab bar. */
    parent?: string;
  }
}

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
      // What an equipment label's QR opens: anyone may report a fault, no sign-in.
      path: '/report/:token',
      name: 'public-report',
      component: () => import('./features/report/PublicReportPage.vue'),
      props: true,
      meta: { public: true },
    },
    {
      path: '/change-password',
      name: 'change-password',
      component: () => import('./features/auth/ChangePasswordPage.vue'),
      meta: { title: 'password.title' },
    },
    {
      path: '/',
      component: () => import('./features/layout/TabLayout.vue'),
      children: [
        {
          path: '',
          name: 'home',
          component: () => import('./features/company/CompanyPage.vue'),
          meta: { title: 'tab.home' },
        },
        {
          path: 'repairs',
          name: 'repairs',
          component: () => import('./features/repairs/RepairsPage.vue'),
          meta: { title: 'repair.pages.list' },
        },
        {
          path: 'repairs/new',
          name: 'repair-new',
          component: () => import('./features/repairs/NewRepairPage.vue'),
          meta: { title: 'repair.pages.new', parent: 'repairs' },
        },
        {
          path: 'repairs/:id',
          name: 'repair',
          component: () => import('./features/repairs/RepairPage.vue'),
          props: true,
          meta: { title: 'repair.pages.detail', parent: 'repairs' },
        },
        {
          path: 'units',
          name: 'units',
          component: () => import('./features/units/UnitsPage.vue'),
          meta: { title: 'tab.units' },
        },
        {
          path: 'visitors',
          name: 'visitors',
          component: () => import('./features/visitors/VisitsPage.vue'),
          meta: { title: 'visitor.pages.list', permission: 'visitor.invite' },
        },
        {
          path: 'visitors/invite',
          name: 'visitor-invite',
          component: () => import('./features/visitors/InvitePage.vue'),
          meta: { title: 'visitor.pages.invite', parent: 'visitors', permission: 'visitor.invite' },
        },
        {
          path: 'visitors/:id',
          name: 'visit',
          component: () => import('./features/visitors/VisitPage.vue'),
          props: true,
          meta: { title: 'visitor.pages.detail', parent: 'visitors', permission: 'visitor.invite' },
        },
        {
          path: 'employees',
          name: 'employees',
          component: () => import('./features/employees/EmployeesPage.vue'),
          meta: { title: 'tab.employees', permission: 'user.manage' },
        },
        {
          path: 'me/vehicles',
          name: 'vehicles',
          component: () => import('./features/vehicles/VehiclesPage.vue'),
          meta: { title: 'vehicles.title', parent: 'me', permission: 'vehicle.read' },
        },
        {
          path: 'me/access-groups',
          name: 'access-groups',
          component: () => import('./features/access/AccessGroupsPage.vue'),
          meta: { title: 'access.title', parent: 'me', permission: 'access.read' },
        },
        {
          path: 'me/energy',
          name: 'my-energy',
          component: () => import('./features/energy/MyEnergyPage.vue'),
          meta: { title: 'energy.title', parent: 'me', permission: 'energy.read' },
        },
        {
          path: 'me/leases',
          name: 'my-leases',
          component: () => import('./features/leases/MyLeasesPage.vue'),
          meta: { title: 'lease.title', parent: 'me', permission: 'lease.read' },
        },
        {
          path: 'me/leases/:id',
          name: 'my-lease',
          component: () => import('./features/leases/LeasePage.vue'),
          props: true,
          meta: { title: 'lease.detailTitle', parent: 'my-leases', permission: 'lease.read' },
        },
        {
          path: 'me/bills',
          name: 'my-bills',
          component: () => import('./features/bills/MyBillsPage.vue'),
          meta: { title: 'bill.title', parent: 'me', permission: 'bill.read' },
        },
        {
          path: 'me/bills/:id',
          name: 'my-bill',
          component: () => import('./features/bills/BillPage.vue'),
          props: true,
          meta: { title: 'bill.detailTitle', parent: 'my-bills', permission: 'bill.read' },
        },
        {
          path: 'me/bills/:id/invoice',
          name: 'bill-invoice',
          component: () => import('./features/invoices/InvoiceRequestPage.vue'),
          props: true,
          meta: { title: 'invoice.requestTitle', parent: 'my-bill', permission: 'invoice.request' },
        },
        {
          path: 'me/invoices',
          name: 'my-invoices',
          component: () => import('./features/invoices/MyInvoicesPage.vue'),
          meta: { title: 'invoice.title', parent: 'my-bills', permission: 'bill.read' },
        },
        {
          // One payment of the bill: its QR while it waits, its receipt once paid.
          path: 'me/bills/:id/payments/:paymentId',
          name: 'bill-payment',
          component: () => import('./features/bills/PaymentPage.vue'),
          props: true,
          meta: { title: 'bill.payment.title', parent: 'my-bills', permission: 'bill.read' },
        },
        {
          path: 'messages',
          name: 'notifications',
          component: () => import('./features/notifications/NotificationsPage.vue'),
          meta: { title: 'notice.title', parent: 'home' },
        },
        {
          path: 'me',
          name: 'me',
          component: () => import('./features/me/MePage.vue'),
          meta: { title: 'tab.me' },
        },
      ],
    },
    { path: '/:rest(.*)*', redirect: '/' },
  ],
});

/**
 * Signed out → login. Only tenant users belong here: a staff session is ended and explained on
 * the login page. A password that must change comes before anything else; a page the user's
 * permissions do not cover falls back to home.
 */
router.beforeEach(async (to) => {
  if (to.meta.public) return true;
  if (!session.signedIn) return { name: 'login', query: to.fullPath === '/' ? {} : { next: to.fullPath } };
  let viewer: Awaited<ReturnType<typeof loadViewer>>;
  try {
    viewer = await loadViewer();
  } catch {
    // Offline: let the page show its own error and retry; an ended session went to login already.
    return session.signedIn ? true : { name: 'login' };
  }
  if (viewer.kind !== 'TENANT') {
    await signOut();
    return { name: 'login', query: { refused: 'staff' } };
  }
  if (viewer.user?.mustChangePassword && to.name !== 'change-password') {
    return { name: 'change-password', query: to.name === 'home' ? {} : { next: to.fullPath } };
  }
  if (to.meta.permission && !viewer.permissions.includes(to.meta.permission)) return { name: 'home' };
  return true;
});

async function loadViewer() {
  const { data } = await apolloClient.query({ query: ViewerDocument, fetchPolicy: 'cache-first' });
  return data.viewer;
}
