import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

it('passes every MUST of the GraphQL-over-HTTP audit (graphql-http auditServer)', async () => {
  const results = await auditServer({ url: `${t.url}/graphql` });
  const failedMust = results.filter((r) => r.status !== 'ok' && r.name.startsWith('MUST'));
  const failedShould = results.filter((r) => r.status !== 'ok' && !r.name.startsWith('MUST'));
  console.log(
    `graphql-http audit: ${results.length} checks, ${results.filter((r) => r.status === 'ok').length} ok; ` +
      `SHOULD/MAY not met (${failedShould.length}):\n${failedShould.map((r) => `  - ${r.name}`).join('\n')}`,
  );
  expect(failedMust.map((r) => ({ name: r.name, reason: r.status === 'ok' ? '' : r.reason }))).toEqual([]);
  expect(results.length).toBeGreaterThan(30);
});
