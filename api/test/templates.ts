/** Template databases prepared once per run by global-setup.ts. */
export const TEMPLATE_SEEDED = 'template_seeded';
export const TEMPLATE_EMPTY = 'template_empty';
/** Password global-setup gives the application role (`park_app`) on the test server. */
export const TEST_APP_PASSWORD = 'park-app-test';
export const TEST_JWT_SECRET = 'test-secret-of-at-least-thirty-two-characters';
/** The one user of the empty template: an HQ admin with no park, password DEMO_PASSWORD. */
export const TEST_ROOT_LOGIN = 'test.root';
