import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPass, signPass } from '../src/modules/visitor/visitor.pass.js';
import {
  ed25519Private,
  useVisitorSettings,
  visitorSettings,
} from '../src/modules/visitor/visitor.settings.js';
import { createSite, demoSite, pairedKiosk, unique } from './factories.js';
import { type Session, startTestApp, type TestApp } from './test-app.js';
import { invite } from './visitor-helpers.js';

const KIOSK_SCAN = `mutation ($token: String!, $d: PassDirection) { kioskScanVisitorPass(token: $token, direction: $d) {
  direction visitId visitorName tenantName hostName companions at } }`;
const GATE_SCAN = `mutation ($token: String!, $d: PassDirection) { scanVisitorPass(token: $token, direction: $d) {
  direction visitId } }`;

let t: TestApp;
let host: Session;
let kiosk: Session;
let otherKiosk: Session; // a kiosk of another park
const reason = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => ({
  code: res.errors?.[0]?.extensions?.code,
  domainCode: res.errors?.[0]?.extensions?.domainCode,
});
const row = async (id: string) =>
  (
    await t.sql<Record<string, unknown>>(
      'select state, checked_in_at, checked_out_at, checked_in_via, checked_out_via, updated_at from visit where id = $1',
      [id],
    )
  )[0]!;

beforeAll(async () => {
  t = await startTestApp();
  host = await t.as('tenant.admin');
  kiosk = await pairedKiosk(t, await demoSite(t));
  const site = await createSite(t);
  otherKiosk = await pairedKiosk(t, { parkId: site.park.id, buildingId: site.building.id });
});
afterAll(() => t.close());

describe('checking in and out with a pass', () => {
  it('checks in at the kiosk, refuses a second scan at once, and checks out later', async () => {
    const visit = await invite(t, host, { visitor: { companions: 2 } });
    const first = await kiosk.gqlOk<{ kioskScanVisitorPass: Record<string, unknown> }>(KIOSK_SCAN, {
      token: visit.pass!.token,
    });
    expect(first.kioskScanVisitorPass).toMatchObject({
      direction: 'IN',
      visitId: visit.id,
      visitorName: '张伟',
      hostName: '李明',
      companions: 2,
    });
    // The same code again right away is a replay, not a check-out.
    const replay = await kiosk.gql(KIOSK_SCAN, { token: visit.pass!.token });
    expect(reason(replay)).toEqual({ code: 'CONFLICT', domainCode: 'PASS_ALREADY_USED' });
    expect(reason(await kiosk.gql(KIOSK_SCAN, { token: visit.pass!.token, d: 'IN' }))).toMatchObject({
      domainCode: 'PASS_ALREADY_USED',
    });
    t.clock.advance(5 * 60_000);
    const out = await kiosk.gqlOk<{ kioskScanVisitorPass: { direction: string } }>(KIOSK_SCAN, {
      token: visit.pass!.token,
    });
    expect(out.kioskScanVisitorPass.direction).toBe('OUT');
    expect(reason(await kiosk.gql(KIOSK_SCAN, { token: visit.pass!.token, d: 'OUT' }))).toMatchObject({
      domainCode: 'PASS_ALREADY_USED',
    });
    const r = await row(visit.id);
    expect(r.checked_in_at).not.toBeNull();
    expect(r.checked_out_at).not.toBeNull();
    // The host sees it on the visit; the console's on-site board no longer lists it.
    const seen = await host.gqlOk<{ visit: { phase: string; pass: unknown } }>(
      'query ($id: ID!) { visit(id: $id) { phase pass { token } } }',
      { id: visit.id },
    );
    expect(seen.visit).toEqual({ phase: 'LEFT', pass: null });
  });

  it('of 50 concurrent scans of one pass, exactly one checks in and the rest are ALREADY_USED', async () => {
    const visit = await invite(t, host);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        (i % 2 ? kiosk : t).gql(i % 2 ? KIOSK_SCAN : GATE_SCAN, { token: visit.pass!.token, d: 'IN' }),
      ),
    );
    const ok = results.filter((r) => !r.errors?.length);
    expect(ok).toHaveLength(1);
    expect(results.filter((r) => reason(r).domainCode === 'PASS_ALREADY_USED')).toHaveLength(49);
    const [audit] = await t.sql<{ n: number }>(
      `select count(*)::int n from audit_log where target_id = $1 and outcome = 'OK'`,
      [visit.id],
    );
    expect(audit!.n).toBe(2); // the invitation and the one check-in
  });

  it('refuses forged codes: a bad signature, another key, an edited payload, garbage', async () => {
    const visit = await invite(t, host);
    const [v, kid, payload, sig] = visit.pass!.token.split('.') as [string, string, string, string];
    const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
    const claims = readPass(visitorSettings().passKeys, visit.pass!.token);
    if (claims === 'FORGED') throw new Error('unreadable pass');
    const { privateKey } = generateKeyPairSync('ed25519');
    // An edited payload: the same visit with a later end, signature left as it was.
    const longer = signPass(
      { signing: { id: kid, key: privateKey }, verifying: new Map() },
      {
        ...claims,
        validUntil: new Date(claims.validUntil.getTime() + 86_400_000),
      },
    ).split('.')[2]!;
    const before = await row(visit.id);
    for (const token of [
      `${v}.${kid}.${payload}.${flip(sig, 10)}`,
      signPass({ signing: { id: kid, key: privateKey }, verifying: new Map() }, claims),
      signPass({ signing: { id: 'k9', key: ed25519Private(randomBytes(32)) }, verifying: new Map() }, claims),
      `${v}.${kid}.${longer}.${sig}`,
      `${v}.${kid}.${flip(payload, 2)}.${sig}`,
      'not a pass',
    ]) {
      expect(reason(await kiosk.gql(KIOSK_SCAN, { token })), token).toEqual({
        code: 'CONFLICT',
        domainCode: 'PASS_FORGED',
      });
    }
    expect(await row(visit.id)).toEqual(before);
  });

  it('refuses a pass before its window (30 minutes early is fine) and after it', async () => {
    const later = await invite(t, host, { startsInMin: 120 });
    expect(reason(await kiosk.gql(KIOSK_SCAN, { token: later.pass!.token }))).toMatchObject({
      domainCode: 'PASS_NOT_YET_VALID',
    });
    const soon = await invite(t, host, { startsInMin: 20 });
    expect((await kiosk.gql(KIOSK_SCAN, { token: soon.pass!.token })).errors).toBeUndefined();
    const short = await invite(t, host, { hours: 1 });
    t.clock.advance(61 * 60_000);
    const before = await row(short.id);
    expect(reason(await kiosk.gql(KIOSK_SCAN, { token: short.pass!.token }))).toMatchObject({
      domainCode: 'PASS_EXPIRED',
    });
    expect(await row(short.id)).toEqual(before);
  });

  it('refuses a revoked pass and a pass an extension replaced; the new one works', async () => {
    const revoked = await invite(t, host);
    await host.gqlOk('mutation ($id: ID!) { revokeVisit(id: $id) { id } }', { id: revoked.id });
    expect(reason(await kiosk.gql(KIOSK_SCAN, { token: revoked.pass!.token }))).toMatchObject({
      domainCode: 'PASS_REVOKED',
    });
    const extended = await invite(t, host);
    const next = await host.gqlOk<{ extendVisit: { pass: { token: string } } }>(
      'mutation ($id: ID!, $e: DateTimeISO!) { extendVisit(id: $id, endsAt: $e) { pass { token } } }',
      { id: extended.id, e: new Date(new Date(extended.endsAt).getTime() + 3600_000).toISOString() },
    );
    expect(reason(await kiosk.gql(KIOSK_SCAN, { token: extended.pass!.token }))).toMatchObject({
      domainCode: 'PASS_SUPERSEDED',
    });
    expect((await kiosk.gql(KIOSK_SCAN, { token: next.extendVisit.pass.token })).errors).toBeUndefined();
  });

  it('refuses a pass of another park at a kiosk and at a gate key of that park', async () => {
    const visit = await invite(t, host);
    expect(reason(await otherKiosk.gql(KIOSK_SCAN, { token: visit.pass!.token }))).toMatchObject({
      domainCode: 'PASS_WRONG_PARK',
    });
    expect((await row(visit.id)).checked_in_at).toBeNull();
  });

  it('lets a partner gate with visitor:checkin scan, and not a key without it', async () => {
    const { parkId } = await demoSite(t);
    const key = async (scopes: string[]) => {
      const data = await t.gqlOk<{ createApiKey: { token: string } }>(
        'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { token } }',
        {
          input: {
            name: unique('闸机-'),
            partner: '东门闸机',
            scopes,
            parkIds: [parkId],
            rateLimitPerMinute: 600,
          },
        },
      );
      return t.withAuthorization(`ApiKey ${data.createApiKey.token}`);
    };
    const gate = await key(['visitor:checkin']);
    const reader = await key(['assets:read']);
    const visit = await invite(t, host);
    expect(reason(await reader.gql(GATE_SCAN, { token: visit.pass!.token }))).toMatchObject({
      code: 'FORBIDDEN',
    });
    const ok = await gate.gqlOk<{ scanVisitorPass: { direction: string } }>(GATE_SCAN, {
      token: visit.pass!.token,
    });
    expect(ok.scanVisitorPass.direction).toBe('IN');
    expect((await row(visit.id)).checked_in_via).toMatch(/东门闸机/);
    // A kiosk may not use the guards' mutation, nor a tenant user either.
    expect(reason(await kiosk.gql(GATE_SCAN, { token: visit.pass!.token }))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(reason(await host.gql(KIOSK_SCAN, { token: visit.pass!.token }))).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('keeps live passes working when the signing key rotates, and signs new ones with the new key', async () => {
    const visit = await invite(t, host);
    const previous = visitorSettings();
    const seed = randomBytes(32);
    const verifying = new Map(previous.passKeys.verifying);
    const signing = { id: 'k2027', key: ed25519Private(seed) };
    const { createPublicKey } = await import('node:crypto');
    verifying.set('k2027', createPublicKey(signing.key));
    useVisitorSettings({ ...previous, passKeys: { signing, verifying } });
    try {
      const fresh = await invite(t, host);
      expect(fresh.pass!.token.split('.')[1]).toBe('k2027');
      expect((await kiosk.gql(KIOSK_SCAN, { token: visit.pass!.token, d: 'IN' })).errors).toBeUndefined();
      expect((await kiosk.gql(KIOSK_SCAN, { token: fresh.pass!.token, d: 'IN' })).errors).toBeUndefined();
    } finally {
      useVisitorSettings(previous);
    }
  });

  it('tells parking whether a plate is inside a live pass window (visitorPlateWindows)', async () => {
    const { visitorPlateWindows } = await import('../src/modules/visitor/index.js');
    const { parkId } = await demoSite(t);
    const visit = await invite(t, host, { startsInMin: 60, hours: 2, visitor: { plate: '粤BD54321' } });
    const at = (minutes: number) => new Date(t.clock.now().getTime() + minutes * 60_000);
    // As a caller who sees the park (the barrier's key would), through the database function.
    const ask = (plate: string, when: Date) =>
      t.ownerOrm.em.fork().transactional(async (em) => {
        await em.execute(`select set_config('app.all_parks', 'on', true)`);
        return visitorPlateWindows(em, parkId, plate, when);
      });
    expect((await ask('粤BD54321', at(0))).admitted).toBe(false); // 60 minutes early
    expect(await ask('粤BD54321', at(35))).toMatchObject({
      admitted: true,
      windows: [{ visitId: visit.id }],
    });
    expect((await ask('粤BD54321', at(170))).admitted).toBe(true);
    expect((await ask('粤BD54321', at(181))).admitted).toBe(false); // after the end
    expect((await ask('粤B00000', at(90))).admitted).toBe(false);
    await host.gqlOk('mutation ($id: ID!) { revokeVisit(id: $id) { id } }', { id: visit.id });
    expect((await ask('粤BD54321', at(90))).admitted).toBe(false);
  });
});
