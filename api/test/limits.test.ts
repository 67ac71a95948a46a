import type { Client } from 'graphql-ws';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { LIMIT_MESSAGE, LIMITS } from '../src/graphql/limits.js';
import type { GqlResult, Session, TestApp } from './test-app.js';
import { startTestApp } from './test-app.js';
import { overWs, type WsError } from './ws.js';

let dev: TestApp;
let prod: TestApp;
beforeAll(async () => {
  [dev, prod] = await Promise.all([startTestApp(), startTestApp({ production: true })]);
});
afterAll(() => Promise.all([dev?.close(), prod?.close()]));
afterEach(() => {
  vi.restoreAllMocks();
});

/** Connects a session over graphql-ws and waits for the server's answer to connection_init. */
function connect(session: Session): Promise<{ client: Client; closed?: { code: number; reason: string } }> {
  const client = session.wsClient();
  return new Promise((resolve) => {
    client.on('connected', () => resolve({ client }));
    client.on('closed', (e) => {
      const { code, reason } = e as { code: number; reason: string };
      resolve({ client, closed: { code, reason } });
    });
  });
}

/** A valid document of exactly `depth` levels: buildings → nodes → (park → buildings)… → id. */
function deep(depth: number): string {
  const chain = Array.from({ length: depth - 3 }, (_, i) => (i % 2 === 0 ? 'park' : 'buildings'));
  const inner = chain.reduceRight((acc, field) => `${field} { ${acc} }`, 'id');
  return `{ buildings(first: 1) { nodes { ${inner} } } }`;
}
const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: viewer { id }`).join(' ')} }`;
const directives = (n: number) => `{ viewer { ${'id @include(if: true) '.repeat(n)}} }`;
// graphql-armor's cost: objects 2, scalars 1, ×1.5 per level, ×`first` for lists.
const costly = (extra: string) =>
  `{ buildings(first: 100) { nodes { floors { units { id code ${extra} } } } } }`;

/** Limits enforced by validation rules; `ok` sits at the limit, `over` just beyond it. */
const RULE_LIMITS = [
  { name: 'depth', limit: LIMITS.maxDepth, ok: deep(LIMITS.maxDepth), over: deep(LIMITS.maxDepth + 1) },
  {
    name: 'aliases',
    limit: LIMITS.maxAliases,
    ok: aliases(LIMITS.maxAliases),
    over: aliases(LIMITS.maxAliases + 1),
  },
  {
    name: 'directives',
    limit: LIMITS.maxDirectives,
    ok: directives(LIMITS.maxDirectives),
    over: directives(LIMITS.maxDirectives + 1),
  },
  {
    name: 'cost',
    limit: LIMITS.maxCost,
    ok: costly('tenant { id name units { id code } }'), // about 9,000
    over: costly('tenant { id name units { id code building { id } } }'), // about 13,000
  },
];
const tokens = `{ viewer { ${'id '.repeat(LIMITS.maxTokens + 10)}} }`;

const messages = (r: { errors?: WsError[]; closed?: { reason: string } }) => [
  ...(r.errors ?? []).map((e) => e.message),
  ...(r.closed ? [r.closed.reason] : []),
];

/** Runs the document over HTTP and WebSocket, counting the API's SQL statements of each. */
async function both(app: TestApp, query: string) {
  const { client } = await connect(app);
  const http = await app.statements.measure(() => app.gql(query));
  const ws = await app.statements.measure(() => overWs(client, query));
  return { http: http.result, httpSql: http.statements, ws: ws.result, wsSql: ws.statements };
}

describe('validation limits', () => {
  for (const rule of RULE_LIMITS) {
    it(`refuses ${rule.name} over ${rule.limit} over HTTP and WebSocket before any statement runs`, async () => {
      vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const at = await dev.gql(rule.ok);
      expect(at.status, JSON.stringify(at.errors)).toBe(200);
      expect(at.errors).toBeUndefined();

      const r = await both(dev, rule.over);
      expect(r.httpSql).toBe(0);
      expect(r.http.status).toBe(400);
      expect(r.http.data ?? undefined).toBeUndefined();
      const httpError = r.http.errors?.find((e) => /limit/i.test(e.message));
      expect(httpError?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(httpError?.message).toContain(String(rule.limit)); // development names the limit
      expect(r.wsSql).toBe(0);
      expect(r.ws.data).toBeUndefined();
      expect(r.ws.closed).toBeUndefined(); // an error for the operation; the socket stays open
      expect(r.ws.errors?.find((e) => /limit/i.test(e.message))?.extensions?.code).toBe(
        'GRAPHQL_VALIDATION_FAILED',
      );
    });
  }

  it('refuses documents over the token limit while parsing, naming the limit in development', async () => {
    const r = await both(dev, tokens);
    expect(r.httpSql).toBe(0);
    expect(r.http.status).toBe(400);
    expect(r.http.data ?? undefined).toBeUndefined();
    expect(r.http.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(r.http.errors?.[0]?.message).toContain(String(LIMITS.maxTokens));
    expect(r.wsSql).toBe(0);
    expect(r.ws.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(r.ws.errors?.[0]?.message).toContain(String(LIMITS.maxTokens));
  });

  it('does not reveal limits in production', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const t = await both(prod, tokens);
    expect([t.httpSql, t.wsSql]).toEqual([0, 0]);
    expect(t.http.status).toBe(400);
    expect(t.http.errors?.[0]).toMatchObject({
      message: `Syntax Error: ${LIMIT_MESSAGE}`,
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
    expect(t.ws.errors?.[0]).toMatchObject({
      message: `Syntax Error: ${LIMIT_MESSAGE}`,
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
    for (const rule of RULE_LIMITS) {
      const r = await both(prod, rule.over);
      expect([r.httpSql, r.wsSql], rule.name).toEqual([0, 0]);
      const said = [...messages(r.http), ...messages(r.ws)];
      expect(said.length, rule.name).toBeGreaterThan(0);
      for (const message of said) {
        expect(message, rule.name).toMatch(new RegExp(`${LIMIT_MESSAGE}$`));
        expect(message, rule.name).not.toMatch(/\d/);
      }
    }
  });
});

describe('transport limits', () => {
  it('refuses a body over 1 MB: 413 over HTTP, a closed socket over WebSocket', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const variables = { pad: 'x'.repeat(1_100_000) };
    const http = await dev.statements.measure(() =>
      fetch(`${dev.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: dev.authorization! },
        body: JSON.stringify({ query: '{ viewer { id } }', variables }),
      }),
    );
    expect(http.statements).toBe(0);
    expect(http.result.status).toBe(413);
    const body = (await http.result.json()) as GqlResult;
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');

    const { client } = await connect(dev);
    const ws = await dev.statements.measure(() => overWs(client, '{ viewer { id } }', variables));
    expect(ws.statements).toBe(0);
    expect(ws.result.closed?.code).toBe(1009); // "message too big" from ws's maxPayload
  });

  it('refuses batched requests', async () => {
    const res = await dev.statements.measure(() =>
      fetch(`${dev.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: dev.authorization! },
        body: JSON.stringify([{ query: '{ viewer { id } }' }, { query: '{ viewer { id } }' }]),
      }),
    );
    expect(res.statements).toBe(0);
    expect(res.result.status).toBe(400);
    const body = (await res.result.json()) as GqlResult;
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(body.errors?.[0]?.message).toMatch(/batching/i);
  });

  it('refuses simple (CSRF-able) GET and text/plain POST requests unless they carry a preflight header', async () => {
    const query = '{ viewer { id } }';
    const get = (headers: Record<string, string>) =>
      fetch(`${dev.url}/graphql?query=${encodeURIComponent(query)}`, {
        headers: { authorization: dev.authorization!, ...headers },
      });
    const post = () =>
      fetch(`${dev.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain', authorization: dev.authorization! },
        body: JSON.stringify({ query }),
      });
    for (const send of [() => get({}), post]) {
      const res = await dev.statements.measure(send);
      expect(res.statements).toBe(0);
      expect(res.result.status).toBe(400);
      const body = (await res.result.json()) as GqlResult;
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
      expect(body.errors?.[0]?.message).toContain('CSRF');
    }
    // The same GET with the header Apollo asks for goes through.
    const allowed = await get({ 'apollo-require-preflight': 'true' });
    expect(allowed.status).toBe(200);
    expect(((await allowed.json()) as GqlResult<{ viewer: { id: string } }>).data?.viewer.id).toBe(
      dev.userId,
    );
  });
});

describe('schema exposure', () => {
  it('allows introspection and suggests field names in development', async () => {
    const intro = await both(dev, '{ __schema { queryType { name } } }');
    expect(intro.http.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    expect(intro.ws.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const typo = await both(dev, '{ viewer { nme } }');
    expect([typo.httpSql, typo.wsSql]).toEqual([0, 0]);
    expect(typo.http.status).toBe(400);
    for (const e of [typo.http.errors?.[0], typo.ws.errors?.[0]]) {
      expect(e?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(e?.message).toContain('Did you mean "name"?');
    }
  });

  it('refuses introspection and drops suggestions in production', async () => {
    for (const query of [
      '{ __schema { queryType { name } } }',
      '{ __type(name: "Unit") { fields { name } } }',
    ]) {
      const r = await both(prod, query);
      expect([r.httpSql, r.wsSql], query).toEqual([0, 0]);
      expect(r.http.status, query).toBe(400);
      expect(r.http.data ?? undefined).toBeUndefined();
      expect(r.ws.data).toBeUndefined();
      expect(r.http.errors?.[0]?.extensions?.code, query).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(r.ws.errors?.[0]?.extensions?.code, query).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(JSON.stringify(r)).not.toContain('"Query"');
    }
    const typo = await both(prod, '{ viewer { nme } }');
    expect(typo.http.status).toBe(400);
    for (const e of [typo.http.errors?.[0], typo.ws.errors?.[0]]) {
      expect(e).toMatchObject({
        message: 'Cannot query field "nme" on type "Viewer".',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      });
    }
  });
});

describe('WebSocket credentials', () => {
  it('closes a connection with 4403 when connection_init has no credential or a garbage one', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    for (const authorization of [undefined, 'Bearer garbage', 'Basic YWRtaW46YWRtaW4=', 'ApiKey psk_nope']) {
      const { closed } = await connect(dev.withAuthorization(authorization));
      expect(closed?.code, String(authorization)).toBe(4403);
    }
    const signedIn = await connect(dev);
    expect(signedIn.closed).toBeUndefined();
    expect(await overWs(signedIn.client, '{ viewer { kind } }')).toEqual({
      data: { viewer: { kind: 'STAFF' } },
    });
  });
});
