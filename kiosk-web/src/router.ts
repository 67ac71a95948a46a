import { createRouter, createWebHistory } from 'vue-router';
import { device } from './apollo.js';
import { rememberIdleSeconds } from './features/layout/idle-settings.js';

declare module 'vue-router' {
  interface RouteMeta {
    /** Open to an unpaired kiosk (only the pairing screen). */
    unpaired?: boolean;
  }
}

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes: [
    {
      path: '/pair',
      name: 'pair',
      component: () => import('./features/device/PairPage.vue'),
      meta: { unpaired: true },
    },
    {
      path: '/',
      component: () => import('./features/layout/KioskShell.vue'),
      children: [
        { path: '', name: 'welcome', component: () => import('./features/welcome/WelcomePage.vue') },
        {
          path: 'directory',
          name: 'directory',
          component: () => import('./features/directory/DirectoryPage.vue'),
        },
        {
          path: 'visitor',
          name: 'visitor',
          component: () => import('./features/visitor/VisitorHomePage.vue'),
        },
        {
          path: 'visitor/register',
          name: 'visitor-register',
          component: () => import('./features/visitor/RegisterPage.vue'),
        },
        {
          path: 'visitor/pass',
          name: 'visitor-pass',
          component: () => import('./features/visitor/PassScanPage.vue'),
        },
        {
          // One payer's screens share a frame that holds what they typed: leaving it forgets it.
          path: 'bill',
          component: () => import('./features/bill/BillFlowPage.vue'),
          children: [
            { path: '', name: 'bill', component: () => import('./features/bill/BillLookupPage.vue') },
            {
              path: 'detail',
              name: 'bill-detail',
              component: () => import('./features/bill/BillDetailPage.vue'),
            },
            { path: 'pay', name: 'bill-pay', component: () => import('./features/bill/BillPayPage.vue') },
            {
              path: 'receipt',
              name: 'bill-receipt',
              component: () => import('./features/bill/BillReceiptPage.vue'),
            },
          ],
        },
      ],
    },
    { path: '/:rest(.*)*', redirect: '/' },
  ],
});

/**
 * An unpaired kiosk always lands on pairing; a paired one has no business there. `?idle=N` on
 * any address sets the idle reset for the session.
 */
router.beforeEach((to) => {
  rememberIdleSeconds(to.query.idle);
  const paired = device.credential !== null;
  if (!paired && !to.meta.unpaired) return { name: 'pair' };
  if (paired && to.meta.unpaired) return { name: 'welcome' };
  return true;
});
