import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSite } from './factories.js';
import { startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('errors over HTTP', () => {
  it('answers wrong variable types and missing fields with BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const { floor } = await createSite(t);
    const before = await t.sql('select count(*) from unit');
    const m = 'mutation ($input: CreateUnitInput!) { createUnit(input: $input) { id } }';
    const wrongType = await t.gql(m, {
      input: { floorId: floor.id, code: 'X1', type: 'OFFICE', grossArea: 'big', usableArea: 1 },
    });
    expect(wrongType.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.grossArea',
    });
    const wrongEnum = await t.gql(m, {
      input: { floorId: floor.id, code: 'X1', type: 'CASTLE', grossArea: 1, usableArea: 1 },
    });
    expect(wrongEnum.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.type' });
    const missing = await t.gql(m, {
      input: { floorId: floor.id, type: 'OFFICE', grossArea: 1, usableArea: 1 },
    });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.code' });
    expect(await t.sql('select count(*) from unit')).toEqual(before);
  });

  it('answers unknown fields and syntax errors with the standard codes', async () => {
    const unknown = await t.gql('{ parks { nodes { colour } } }');
    expect(unknown.status).toBe(400);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const syntax = await t.gql('{ parks { ');
    expect(syntax.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('never sends stack traces or exception details, even for an unexpected failure', async () => {
    // Stack frames, exception objects, and the SQL or PostgreSQL message behind a database error.
    const leaks = /stacktrace|exception|\.[jt]s:\d+|at [A-Z]\w+\.|does not exist|select |city_gone/i;
    const notFound = await t.gql('{ unit(id: "x") { id } }');
    expect(notFound.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(notFound)).not.toMatch(leaks);
    // A database error the code does not expect (a column gone under it) has a stack and SQL.
    await t.sql('alter table park rename column city to city_gone');
    try {
      const broken = await t.gql('{ parks(first: 1) { nodes { city } } }');
      expect(broken.errors?.[0]?.extensions?.code).toBe('INTERNAL');
      expect(JSON.stringify(broken)).not.toMatch(leaks);
    } finally {
      await t.sql('alter table park rename column city_gone to city');
    }
  });

  it('refuses bodies over 1 MB and bodies that are not JSON', async () => {
    const huge = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ parks { totalCount } }`, variables: { pad: 'x'.repeat(1_100_000) } }),
    });
    expect(huge.status).toBe(413);
    const garbage = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{nope',
    });
    expect(garbage.status).toBe(400);
  });

  it('serves health and readiness', async () => {
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${t.url}/readyz`);
    expect(await ready.json()).toEqual({ status: 'ready' });
    expect((await fetch(`${t.url}/nowhere`)).status).toBe(404);
  });
});
