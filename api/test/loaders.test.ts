import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await t.gqlOk('{ viewer { id } }');
});
afterAll(() => t.close());

/** DataLoaders the API made while answering `query`. */
async function loadersMadeBy(query: string): Promise<number> {
  const loaders = t.app.services.loaders;
  const before = loaders.made;
  await t.gqlOk(query);
  return loaders.made - before;
}

describe('per-request DataLoaders', () => {
  it('are made only for the relations a query reads, once each however many parents', async () => {
    expect(await loadersMadeBy('{ buildings(first: 5) { nodes { id name } } }')).toBe(0);
    // Five buildings' parks and floors: one parkById and one floorsByBuilding.
    expect(
      await loadersMadeBy('{ buildings(first: 5) { nodes { name park { name } floors { name } } } }'),
    ).toBe(2);
  });

  it('are fresh for every request', async () => {
    const query = '{ buildings(first: 2) { nodes { park { name } } } }';
    expect(await loadersMadeBy(query)).toBe(1);
    expect(await loadersMadeBy(query)).toBe(1);
  });
});
