import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ParkDatabaseConnection } from '../src/db/driver.js';
import { createSite, createStaffUser, demoSite } from './factories.js';
import { startTestApp, type TestApp } from './test-app.js';

/**
 * Whatever fails at whatever step of a request (open, resolver, audit, commit, publish), its
 * transaction is rolled back, its connection goes back to the pool, and the attempt is audited.
 * Failures are injected for real: database triggers that raise at a chosen moment, and a
 * service that throws.
 */
let t: TestApp;
let parkId: string;
beforeAll(async () => {
  t = await startTestApp();
  ({ parkId } = await demoSite(t));
  await t.sql(`create function test_fail() returns trigger language plpgsql as $$
    begin raise exception 'injected failure (%)', tg_argv[0]; end $$`);
});
afterAll(() => t.close());
afterEach(async () => {
  await t.sql('drop trigger if exists test_fail on audit_log');
  await t.sql('drop trigger if exists test_fail on park');
});

const RENAME = `mutation ($id: ID!, $name: String!) { updatePark(id: $id, input: { name: $name }) { id name } }`;

/** Connections of the API's role left inside a transaction (the leak this guards against). */
async function stuckConnections(): Promise<number> {
  const [row] = await t.sql<{ n: number }>(
    `select count(*)::int as n from pg_stat_activity
     where datname = current_database() and usename = 'park_app' and state like 'idle in transaction%'`,
  );
  return row!.n;
}

/** More parallel requests than the pool has connections: all answer, so none was lost. */
async function poolIsWhole(): Promise<void> {
  expect(await stuckConnections()).toBe(0);
  const answers = await Promise.all(
    Array.from({ length: 12 }, () =>
      t.gql<{ park: { id: string } }>('query ($id: ID!) { park(id: $id) { id } }', { id: parkId }),
    ),
  );
  expect(answers.map((a) => a.data?.park?.id)).toEqual(Array(12).fill(parkId));
  const ready = await fetch(`${t.url}/readyz`);
  expect(ready.status).toBe(200);
}

async function parkName(): Promise<string> {
  const [row] = await t.sql<{ name: string }>('select name from park where id = $1', [parkId]);
  return row!.name;
}

async function auditOutcomes(requestName: string) {
  return t.sql<{ outcome: string; error_code: string | null }>(
    `select outcome, error_code from audit_log where operation = 'updatePark' and coalesce(after->>'name', after->'input'->>'name') = $1 order by seq`,
    [requestName],
  );
}

describe('a request that fails at any step', () => {
  it('in the resolver: rolled back, audited as failed, pool whole', async () => {
    const before = await parkName();
    await t.sql(`create trigger test_fail before update on park for each row
      when (new.name = 'FAIL-IN-RESOLVER') execute function test_fail('resolver')`);
    for (let i = 0; i < 10; i += 1) {
      const res = await t.gql(RENAME, { id: parkId, name: 'FAIL-IN-RESOLVER' });
      expect(res.errors?.[0]?.extensions?.code).toBe('INTERNAL');
    }
    expect(await parkName()).toBe(before);
    expect((await auditOutcomes('FAIL-IN-RESOLVER')).map((r) => r.outcome)).toEqual(Array(10).fill('FAILED'));
    await poolIsWhole();
  });

  it('writing its audit entry: rolled back, still audited on its own as failed, pool whole', async () => {
    const before = await parkName();
    // Only the entry written with the change fails; the failed attempt's own entry goes through.
    await t.sql(`create trigger test_fail before insert on audit_log for each row
      when (new.operation = 'updatePark' and new.outcome = 'OK') execute function test_fail('audit')`);
    // Ten of them: more than the pool's four connections, which a leak would have used up.
    for (let i = 0; i < 10; i += 1) {
      const res = await t.gql(RENAME, { id: parkId, name: 'FAIL-AT-AUDIT' });
      expect(res.errors?.[0]?.extensions?.code).toBe('INTERNAL');
      expect(res.data ?? null).toBeNull();
    }
    expect(await parkName()).toBe(before);
    const rows = await auditOutcomes('FAIL-AT-AUDIT');
    expect(rows).toEqual(Array(10).fill({ outcome: 'FAILED', error_code: 'INTERNAL' }));
    await poolIsWhole();
  });

  it('at commit: nothing kept, audited as failed, pool whole', async () => {
    const before = await parkName();
    await t.sql(`create constraint trigger test_fail after update on park deferrable initially deferred
      for each row when (new.name = 'FAIL-AT-COMMIT') execute function test_fail('commit')`);
    for (let i = 0; i < 10; i += 1) {
      const res = await t.gql(RENAME, { id: parkId, name: 'FAIL-AT-COMMIT' });
      expect(res.errors?.[0]?.extensions?.code).toBe('INTERNAL');
    }
    expect(await parkName()).toBe(before);
    const rows = await auditOutcomes('FAIL-AT-COMMIT');
    expect(rows).toEqual(Array(10).fill({ outcome: 'FAILED', error_code: 'INTERNAL' }));
    await poolIsWhole();
  });

  it('when opening (after BEGIN, confirming the caller): refused, pool whole', async () => {
    const limiter = t.app.services.auth.keyLimiter;
    const hit = limiter.hit;
    const { createApiKey } = await t.gqlOk<{ createApiKey: { token: string } }>(
      `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { token } }`,
      { input: { name: '开启失败', partner: '测试', scopes: ['assets:read'], parkIds: [parkId] } },
    );
    limiter.hit = () => {
      throw new Error('injected failure (open)');
    };
    try {
      const partner = t.withAuthorization(`ApiKey ${createApiKey.token}`);
      for (let i = 0; i < 10; i += 1) {
        const res = await partner.gql('{ viewer { id } }');
        expect(res.errors?.[0]?.extensions?.code).toBe('INTERNAL');
        expect(JSON.stringify(res)).not.toContain('injected');
      }
    } finally {
      limiter.hit = hit;
    }
    await poolIsWhole();
  });

  it('publishing after commit: the change stands and the client hears success', async () => {
    const pubsub = t.app.services.pubsub;
    const publish = pubsub.publish;
    pubsub.publish = () => {
      throw new Error('injected failure (publish)');
    };
    try {
      const res = await t.gql<{ updatePark: { name: string } }>(RENAME, {
        id: parkId,
        name: '星湖智造产业园（发布失败）',
      });
      expect(res.errors).toBeUndefined();
      expect(res.data?.updatePark.name).toBe('星湖智造产业园（发布失败）');
    } finally {
      pubsub.publish = publish;
    }
    expect(await parkName()).toBe('星湖智造产业园（发布失败）');
    expect((await auditOutcomes('星湖智造产业园（发布失败）')).map((r) => r.outcome)).toEqual(['OK']);
    await poolIsWhole();
  });
});

describe('audit entries that would not fit their columns', () => {
  it('a partner key whose organisation and name exceed the label column is still audited', async () => {
    const { createApiKey } = await t.gqlOk<{ createApiKey: { token: string; apiKey: { id: string } } }>(
      `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { token apiKey { id } } }`,
      {
        input: {
          name: '长'.repeat(80),
          partner: '机构'.repeat(40),
          scopes: ['assets:read'],
          parkIds: [parkId],
        },
      },
    );
    const partner = t.withAuthorization(`ApiKey ${createApiKey.token}`);
    for (let i = 0; i < 6; i += 1) {
      // Denied (no tenant.read), which is audited with the key's label.
      const res = await partner.gql('{ tenantCompanies(first: 1) { totalCount } }');
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const rows = await t.sql<{ actor_label: string; outcome: string }>(
      `select actor_label, outcome from audit_log where actor_id = $1 and operation = 'tenantCompanies'`,
      [createApiKey.apiKey.id],
    );
    expect(rows).toHaveLength(6);
    expect(rows.every((r) => r.outcome === 'DENIED' && [...r.actor_label].length === 100)).toBe(true);
    await poolIsWhole();
  });

  // Found by the schema fuzzer: masking cut an emoji phone in half, and the half (a lone
  // surrogate) made the audit entry unstorable, so a refused input answered INTERNAL.
  it('a phone of emoji is refused as input and its attempt audited, masked whole', async () => {
    const res = await t.gql('mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }', {
      input: {
        kind: 'STAFF',
        login: 'emoji.phone',
        displayName: '表情号码',
        phone: '😀'.repeat(12),
        password: 'Secret-2026-phone',
        roleIds: [],
      },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const [row] = await t.sql<{ outcome: string; phone: string }>(
      `select outcome, after->'input'->>'phone' as phone from audit_log where operation = 'createUser'
       and after->'input'->>'login' = 'emoji.phone'`,
    );
    expect(row).toEqual({ outcome: 'FAILED', phone: '😀😀😀****😀😀😀😀' });
    await poolIsWhole();
  });
});

describe('read-only transactions ended under load', () => {
  // When a request waits for a connection, a query's COMMIT is held back and sent in the same
  // message as the waiting request's BEGIN and actor statement (db/driver.ts). The actor settings
  // must end with the COMMIT, and no connection may idle inside a transaction afterwards.
  it('each caller still sees only their own park, and no connection is left in a transaction', async () => {
    const other = await createSite(t);
    const [a, b] = await Promise.all([
      createStaffUser(t, parkId, 'investment'),
      createStaffUser(t, other.park.id, 'investment'),
    ]);
    await t.sql('update app_user set must_change_password = false where id = any($1)', [[a.id, b.id]]);
    const [asA, asB] = await Promise.all([t.as(a.login, a.password), t.as(b.login, b.password)]);
    let deferred = 0;
    const end = ParkDatabaseConnection.prototype.end;
    ParkDatabaseConnection.prototype.end = async function (this: ParkDatabaseConnection, ...args) {
      await end.apply(this, args);
      if (this.hasPendingCommit) deferred += 1;
    };
    let answers: (string[] | undefined)[];
    try {
      // Ten times the pool's four connections, alternating callers.
      answers = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          (i % 2 ? asB : asA)
            .gql<{ parks: { nodes: { id: string }[] } }>('{ parks(first: 50) { nodes { id } } }')
            .then((r) => r.data?.parks.nodes.map((n) => n.id)),
        ),
      );
    } finally {
      ParkDatabaseConnection.prototype.end = end;
    }
    answers.forEach((ids, i) => {
      expect(ids).toEqual([i % 2 ? other.park.id : parkId]);
    });
    // Some COMMITs did travel with the next request's BEGIN (the pool had waiters) ...
    expect(deferred).toBeGreaterThan(0);
    // ... and none is left behind once the load is gone.
    expect(await stuckConnections()).toBe(0);
    await poolIsWhole();
  });
});
