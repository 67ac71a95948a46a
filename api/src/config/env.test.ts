import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './env.js';

describe('loadConfig', () => {
  it('runs with no configuration at all', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ env: 'development', port: 4000, databaseUrl: undefined, seedDemo: true });
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('names every bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', SEED_DEMO: 'maybe' })).toThrow(
      ConfigError,
    );
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', SEED_DEMO: 'maybe' });
    } catch (err) {
      const message = (err as Error).message;
      for (const name of ['PORT', 'DATABASE_URL', 'SEED_DEMO']) expect(message).toContain(name);
    }
  });

  it("holds the first admin's password to the sign-in policy before anything starts", () => {
    expect(() => loadConfig({ ADMIN_PASSWORD: 'Admin-2026-park' })).toThrow(
      'ADMIN_PASSWORD: must not contain ADMIN_LOGIN',
    );
    expect(() => loadConfig({ ADMIN_LOGIN: 'ops.chief', ADMIN_PASSWORD: 'xOPS.CHIEF-2026' })).toThrow(
      'must not contain ADMIN_LOGIN',
    );
    expect(() => loadConfig({ ADMIN_PASSWORD: `a1${'x'.repeat(127)}` })).toThrow('at most 128 characters');
    expect(loadConfig({ ADMIN_PASSWORD: 'Park-first-2026' }).adminPassword).toBe('Park-first-2026');
  });

  it('reads typed values', () => {
    const c = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://u:p@db/park',
      SEED_DEMO: 'false',
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(40),
      DATABASE_APP_URL: 'postgres://park_app:p@db/park',
      VISITOR_PII_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}`,
      VISITOR_PASS_SIGNING_KEY: `p1:${Buffer.alloc(32, 2).toString('base64')}`,
    });
    expect(c).toMatchObject({
      port: 8080,
      databaseUrl: 'postgres://u:p@db/park',
      seedDemo: false,
      isProduction: true,
    });
  });

  it('refuses production without a signing key or with the local database password', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://u:p@db/park' })).toThrow(
      /JWT_SECRET[\s\S]*DB_APP_PASSWORD/,
    );
    expect(() =>
      loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'short', DB_APP_PASSWORD: 'a-real-password' }),
    ).toThrow(/JWT_SECRET: must be at least 32 characters/);
  });

  it('reads the visitor keys and limits, and refuses what would weaken them', () => {
    const key = (n: number) => Buffer.alloc(32, n).toString('base64');
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /VISITOR_PII_KEYS: required in production[\s\S]*VISITOR_PASS_SIGNING_KEY: required in production/,
    );
    expect(() => loadConfig({ VISITOR_RETENTION_DAYS: '179' })).toThrow(
      /VISITOR_RETENTION_DAYS: must be at least 180/,
    );
    expect(() => loadConfig({ VISITOR_PII_KEYS: 'k1:short' })).toThrow(/VISITOR_PII_KEYS/);
    expect(() => loadConfig({ VISITOR_NOTIFIER: 'sms' })).toThrow(
      /VISITOR_SMS_URL: required with VISITOR_NOTIFIER=sms/,
    );
    const c = loadConfig({
      VISITOR_PII_KEYS: `k2:${key(2)},k1:${key(1)}`,
      VISITOR_PASS_SIGNING_KEY: `p2:${key(3)}`,
      VISITOR_PASS_VERIFY_KEYS: `p1:${key(4)}`,
      VISITOR_HOST_ANSWER_SECONDS: '90',
    });
    expect(c.visitor).toMatchObject({
      piiKeys: `k2:${key(2)},k1:${key(1)}`,
      hostAnswerSeconds: 90,
      retentionDays: 180,
    });
    expect(loadConfig({}).visitor).toMatchObject({ notifier: 'log', piiKeys: undefined, retentionDays: 180 });
  });

  it('keeps attachments on disk by default and in an S3-compatible bucket when asked, all settings given', () => {
    expect(loadConfig({})).toMatchObject({ s3: undefined, fileMaxBytes: 10 * 1024 * 1024 });
    expect(() => loadConfig({ FILE_STORE: 's3', S3_BUCKET: 'park' })).toThrow(
      /S3_ENDPOINT: required with FILE_STORE=s3[\s\S]*S3_ACCESS_KEY_ID[\s\S]*S3_SECRET_ACCESS_KEY/,
    );
    const c = loadConfig({
      FILE_STORE: 's3',
      S3_ENDPOINT: 'https://oss-cn-hangzhou.aliyuncs.com',
      S3_BUCKET: 'park-files',
      S3_ACCESS_KEY_ID: 'id',
      S3_SECRET_ACCESS_KEY: 'secret',
    });
    expect(c.s3).toEqual({
      endpoint: 'https://oss-cn-hangzhou.aliyuncs.com',
      region: 'us-east-1',
      bucket: 'park-files',
      accessKeyId: 'id',
      secretAccessKey: 'secret',
    });
  });
});
