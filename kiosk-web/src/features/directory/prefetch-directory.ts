import { apolloClient } from '../../apollo.js';
import { KioskDirectoryDocument } from '../../gql/graphql.js';

/**
 * Warms the directory while the start screen waits for a visitor: its code, the pinyin
 * dictionary and the company list, so the first touch opens it at once. Failures are left to
 * the page itself (a revoked kiosk is sent to pairing by the Apollo client either way).
 */
export function prefetchDirectory(): void {
  void import('./DirectoryPage.vue');
  void import('./company-search.js');
  void apolloClient.query({ query: KioskDirectoryDocument }).catch(() => undefined);
}
