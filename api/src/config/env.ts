import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { S3Settings } from '../modules/attachment/s3-file-store.js';
import type { MqttSettings } from '../modules/iot/iot.settings.js';

/** The repository root: `api/src/config` or `api/dist/config` are three levels below it. */
export const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** `id:base64`, the form of every key setting: the id travels with what the key protects. */
const ONE_KEY = /^[A-Za-z0-9_-]{1,20}:[A-Za-z0-9+/]{42,44}={0,2}$/;
const KEY_LIST =
  /^[A-Za-z0-9_-]{1,20}:[A-Za-z0-9+/]{42,44}={0,2}(,[A-Za-z0-9_-]{1,20}:[A-Za-z0-9+/]{42,44}={0,2})*$/;

const port = z.coerce.number().int().min(0).max(65535);

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(4000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATABASE_APP_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DB_APP_PASSWORD: z.string().min(8, 'must be at least 8 characters').default('park-app-local'),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(86_400).default(600),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  TRUST_PROXY: bool.default(false),
  ADMIN_LOGIN: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._@-]{2,63}$/, 'must be 3 to 64 of a-z 0-9 . _ @ -')
    .default('admin'),
  ADMIN_PASSWORD: z
    .string()
    .min(10, 'must be at least 10 characters')
    .max(128, 'must be at most 128 characters')
    .regex(/(?=.*[A-Za-z])(?=.*\d)/, 'must contain letters and digits')
    .optional(),
  DATA_DIR: z.string().min(1).default(resolve(repoRoot, '.data')),
  EMBEDDED_PG_PORT: port.default(54329),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  SEED_DEMO: bool.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_SQL: bool.default(false),
  SERVE_APPS: bool.default(true),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
  FILE_DIR: z.string().min(1).optional(),
  FILE_MAX_MB: z.coerce.number().int().min(1).max(100).default(10),
  FILE_STORE: z.enum(['local', 's3']).default('local'),
  S3_ENDPOINT: z.string().url().optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_BUCKET: z.string().min(1).optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  VISITOR_PII_KEYS: z
    .string()
    .regex(KEY_LIST, 'must be id:base64 pairs, comma-separated, e.g. k2026:…,k2025:…')
    .optional(),
  VISITOR_PII_KEY_ID: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,20}$/, 'must be 1 to 20 of A-Z a-z 0-9 _ -')
    .optional(),
  VISITOR_PASS_SIGNING_KEY: z
    .string()
    .regex(ONE_KEY, 'must be id:base64 of a 32-byte Ed25519 seed')
    .optional(),
  VISITOR_PASS_VERIFY_KEYS: z
    .string()
    .regex(KEY_LIST, 'must be id:base64 pairs of 32-byte Ed25519 public keys, comma-separated')
    .optional(),
  VISITOR_HOST_ANSWER_SECONDS: z.coerce.number().int().min(30).max(3600).default(180),
  VISITOR_RETENTION_DAYS: z.coerce
    .number()
    .int()
    .min(180, 'must be at least 180 (IPARK 5.1.1.4)')
    .max(3650)
    .default(180),
  VISITOR_NOTIFIER: z.enum(['log', 'sms', 'email']).default('log'),
  VISITOR_PASS_LINK: z.string().min(1).default('http://127.0.0.1:4000/kiosk/#/pass/{token}'),
  VISITOR_SMS_URL: z.string().url().optional(),
  VISITOR_SMS_ACCESS_KEY: z.string().min(1).optional(),
  VISITOR_SMS_SECRET: z.string().min(1).optional(),
  VISITOR_SMS_SIGN_NAME: z.string().min(1).optional(),
  VISITOR_SMS_TEMPLATE: z.string().min(1).optional(),
  VISITOR_EMAIL_URL: z.string().url().optional(),
  VISITOR_EMAIL_API_KEY: z.string().min(1).optional(),
  VISITOR_EMAIL_FROM: z.string().email().optional(),
  MQTT_ENABLED: bool.default(true),
  MQTT_URL: z
    .string()
    .regex(/^mqtts?:\/\//, 'must be an mqtt:// or mqtts:// URL')
    .optional(),
  MQTT_HOST: z.string().min(1).optional(),
  MQTT_PORT: port.default(1883),
  MQTT_SERVICE_USER: z
    .string()
    .regex(/^[A-Za-z0-9_-]{3,64}$/, 'must be 3 to 64 of A-Z a-z 0-9 _ -')
    .default('park-ingest'),
  MQTT_SERVICE_PASSWORD: z.string().min(16, 'must be at least 16 characters').optional(),
  MQTT_DEVICE_RATE: z.coerce.number().min(0.1).max(10_000).default(10),
  MQTT_DEVICE_BURST: z.coerce.number().int().min(1).max(100_000).default(100),
  PUBLIC_URL: z.string().url().optional(),
  PAYMENT_PROVIDER: z.enum(['sandbox', 'wechat', 'alipay', 'off']).optional(),
  PAYMENT_INTENT_MINUTES: z.coerce.number().int().min(2).max(120).default(15),
  BILL_RUN_BATCH: z.coerce.number().int().min(1).max(5000).default(200),
  WECHAT_PAY_BASE_URL: z.string().url().default('https://api.mch.weixin.qq.com'),
  WECHAT_PAY_MCH_ID: z
    .string()
    .regex(/^\d{8,12}$/, 'must be the merchant id (商户号)')
    .optional(),
  WECHAT_PAY_APP_ID: z.string().min(1).max(32).optional(),
  WECHAT_PAY_MCH_SERIAL: z
    .string()
    .regex(/^[0-9A-Fa-f]{16,64}$/, 'must be the certificate serial')
    .optional(),
  WECHAT_PAY_MCH_KEY_FILE: z.string().min(1).optional(),
  WECHAT_PAY_API_V3_KEY: z.string().length(32, 'must be the 32-character APIv3 key').optional(),
  WECHAT_PAY_PLATFORM_KEYS: z
    .string()
    .regex(/^[^=,]+=[^,]+(,[^=,]+=[^,]+)*$/, 'must be serial=pem-file[,serial=pem-file]')
    .optional(),
  ALIPAY_GATEWAY: z.string().url().default('https://openapi.alipay.com/gateway.do'),
  ALIPAY_APP_ID: z
    .string()
    .regex(/^\d{10,20}$/, 'must be the Alipay app id')
    .optional(),
  ALIPAY_SELLER_ID: z
    .string()
    .regex(/^2088\d{12}$/, 'must be the 2088… partner id')
    .optional(),
  ALIPAY_APP_KEY_FILE: z.string().min(1).optional(),
  ALIPAY_PUBLIC_KEY_FILE: z.string().min(1).optional(),
  SIMULATOR: z.enum(['on', 'off', 'true', 'false', '1', '0', 'yes', 'no']).default('on'),
  SIMULATOR_QUARTER_MS: z.coerce.number().int().min(200).max(900_000).optional(),
  SIMULATOR_LOGIN: z.string().min(1).default('park.manager'),
  SIMULATOR_LEAK: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,30}$/, 'must be a water meter code')
    .optional(),
});

export type Config = Readonly<{
  env: 'development' | 'production' | 'test';
  isProduction: boolean;
  host: string;
  port: number;
  /** Undefined means: run the embedded PostgreSQL server in `dataDir`. Migrations run as this role. */
  databaseUrl: string | undefined;
  /**
   * How the API itself connects: a role that owns nothing and cannot bypass row-level security.
   * Undefined means `park_app` on the same server, created at boot with `dbAppPassword`.
   */
  databaseAppUrl: string | undefined;
  dbAppPassword: string;
  /** HS256 key for access tokens; undefined outside production means one kept in `dataDir`. */
  jwtSecret: string | undefined;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  /** Take the client address from X-Forwarded-For (behind a load balancer). */
  trustProxy: boolean;
  /** First HQ admin of an install without users (no demo seed); must change the password. */
  adminLogin: string;
  adminPassword: string | undefined;
  dataDir: string;
  embeddedPgPort: number;
  dbPoolMax: number;
  seedDemo: boolean;
  logLevel: string;
  logSql: boolean;
  shutdownTimeoutMs: number;
  /** Serve the built apps at /admin/, /portal/ and /kiosk/ from the repository. */
  serveApps: boolean;
  /** Where attachments are stored (default DATA_DIR/files). */
  fileDir: string;
  fileMaxBytes: number;
  /** Attachments in an S3-compatible bucket instead of `fileDir`. */
  s3: S3Settings | undefined;
  /** Visitors (`modules/visitor/visitor.settings.ts` reads it; dev keys when unset outside production). */
  visitor: VisitorConfig;
  /** Devices over MQTT (`modules/iot`); undefined when `MQTT_ENABLED=false`. */
  mqtt: MqttSettings | undefined;
  /** The park simulator beside the API (`src/simulator/`); undefined when `SIMULATOR=off`. */
  simulator: SimulatorConfig | undefined;
  /** Where payers and providers reach the API (QR codes, callbacks); undefined: its own address. */
  publicUrl: string | undefined;
  /** Payments (`modules/payment/payment.settings.ts` reads it). */
  payment: PaymentConfig;
  billing: BillingConfig;
}>;

/** What the billing feature reads from the environment. */
export type BillingConfig = Readonly<{
  /** Companies a bill-run batch bills: one job and one transaction each. */
  runBatch: number;
}>;

/** What the payment feature reads from the environment: the provider and its credentials (files). */
export type PaymentConfig = Readonly<{
  /** `sandbox` by default outside production; unset in production means payments are off. */
  provider: 'sandbox' | 'wechat' | 'alipay' | 'off';
  intentMinutes: number;
  dataDir: string;
  wechat: {
    baseUrl: string;
    mchId?: string | undefined;
    appId?: string | undefined;
    merchantSerial?: string | undefined;
    merchantKeyFile?: string | undefined;
    apiV3Key?: string | undefined;
    platformKeys?: string | undefined;
  };
  alipay: {
    gateway: string;
    appId?: string | undefined;
    sellerId?: string | undefined;
    appKeyFile?: string | undefined;
    alipayKeyFile?: string | undefined;
  };
}>;

export type SimulatorConfig = Readonly<{
  /** Real milliseconds per simulated quarter hour; undefined: real time. */
  quarterMs: number | undefined;
  /** The demo user it signs in as (the demo password). */
  login: string;
  /** A water meter that leaks from the start. */
  leak: string | undefined;
}>;

/** What the visitor feature reads from the environment; keys as `id:base64` text. */
export type VisitorConfig = Readonly<{
  /** AES-256 keys of ID-card numbers at rest, by id; undefined: the development key. */
  piiKeys: string | undefined;
  /** The id of the key new values are encrypted with (default: the first of `piiKeys`). */
  piiKeyId: string | undefined;
  /** Ed25519 seed passes are signed with, `id:base64`; undefined: the development key. */
  passSigningKey: string | undefined;
  /** Further public keys passes are still accepted under (keys being retired). */
  passVerifyKeys: string | undefined;
  hostAnswerSeconds: number;
  retentionDays: number;
  notifier: 'log' | 'sms' | 'email';
  /** Where the visitor opens the pass; `{token}` is replaced. */
  passLink: string;
  sms: { url: string; accessKey: string; secret: string; signName: string; template: string } | undefined;
  email: { url: string; apiKey: string; from: string } | undefined;
}>;

/** Thrown when the environment holds a value the product cannot run with. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Validates an environment once and returns the frozen, typed configuration.
 * The message names every offending variable, so a bad deployment fails at boot, not later.
 */
export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  // Empty strings count as unset, as shells and .env files commonly produce them.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid environment configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.FILE_STORE === 's3') {
    const unset = (['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const).filter(
      (k) => !e[k],
    );
    if (unset.length > 0)
      throw new ConfigError(
        `Invalid environment configuration:\n${unset.map((k) => `  ${k}: required with FILE_STORE=s3`).join('\n')}`,
      );
  }
  // The rest of the password policy (modules/auth/password.ts), so `pnpm start` reports it before building.
  if (e.ADMIN_PASSWORD?.toLowerCase().includes(e.ADMIN_LOGIN.toLowerCase()))
    throw new ConfigError(
      'Invalid environment configuration:\n  ADMIN_PASSWORD: must not contain ADMIN_LOGIN',
    );
  const needs = (when: boolean, setting: string, keys: readonly (keyof typeof e)[]) =>
    when ? keys.filter((k) => !e[k]).map((k) => `  ${k}: required with ${setting}`) : [];
  const unsetForNotifier = [
    ...needs(e.VISITOR_NOTIFIER === 'sms', 'VISITOR_NOTIFIER=sms', [
      'VISITOR_SMS_URL',
      'VISITOR_SMS_ACCESS_KEY',
      'VISITOR_SMS_SECRET',
      'VISITOR_SMS_SIGN_NAME',
      'VISITOR_SMS_TEMPLATE',
    ]),
    ...needs(e.VISITOR_NOTIFIER === 'email', 'VISITOR_NOTIFIER=email', [
      'VISITOR_EMAIL_URL',
      'VISITOR_EMAIL_API_KEY',
      'VISITOR_EMAIL_FROM',
    ]),
  ];
  if (e.MQTT_ENABLED && e.MQTT_URL && !e.MQTT_SERVICE_PASSWORD)
    unsetForNotifier.push('  MQTT_SERVICE_PASSWORD: required with MQTT_URL');
  unsetForNotifier.push(
    ...needs(e.PAYMENT_PROVIDER === 'wechat', 'PAYMENT_PROVIDER=wechat', [
      'WECHAT_PAY_MCH_ID',
      'WECHAT_PAY_APP_ID',
      'WECHAT_PAY_MCH_SERIAL',
      'WECHAT_PAY_MCH_KEY_FILE',
      'WECHAT_PAY_API_V3_KEY',
      'WECHAT_PAY_PLATFORM_KEYS',
    ]),
    ...needs(e.PAYMENT_PROVIDER === 'alipay', 'PAYMENT_PROVIDER=alipay', [
      'ALIPAY_APP_ID',
      'ALIPAY_APP_KEY_FILE',
      'ALIPAY_PUBLIC_KEY_FILE',
    ]),
  );
  if (unsetForNotifier.length > 0)
    throw new ConfigError(`Invalid environment configuration:\n${unsetForNotifier.join('\n')}`);
  if (e.NODE_ENV === 'production') {
    const missing = [
      !e.JWT_SECRET && '  JWT_SECRET: required in production',
      !e.VISITOR_PII_KEYS && '  VISITOR_PII_KEYS: required in production',
      !e.VISITOR_PASS_SIGNING_KEY && '  VISITOR_PASS_SIGNING_KEY: required in production',
      e.DB_APP_PASSWORD === 'park-app-local' &&
        !e.DATABASE_APP_URL &&
        '  DB_APP_PASSWORD: set a real password in production',
    ].filter(Boolean);
    if (missing.length > 0)
      throw new ConfigError(`Invalid environment configuration:\n${missing.join('\n')}`);
  }
  return Object.freeze({
    env: e.NODE_ENV,
    isProduction: e.NODE_ENV === 'production',
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    databaseAppUrl: e.DATABASE_APP_URL,
    dbAppPassword: e.DB_APP_PASSWORD,
    jwtSecret: e.JWT_SECRET,
    accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlDays: e.REFRESH_TOKEN_TTL_DAYS,
    trustProxy: e.TRUST_PROXY,
    adminLogin: e.ADMIN_LOGIN,
    adminPassword: e.ADMIN_PASSWORD,
    dataDir: resolve(e.DATA_DIR),
    embeddedPgPort: e.EMBEDDED_PG_PORT,
    dbPoolMax: e.DB_POOL_MAX,
    seedDemo: e.SEED_DEMO,
    logLevel: e.LOG_LEVEL,
    logSql: e.LOG_SQL,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    serveApps: e.SERVE_APPS,
    fileDir: resolve(e.FILE_DIR ?? join(e.DATA_DIR, 'files')),
    fileMaxBytes: e.FILE_MAX_MB * 1024 * 1024,
    s3:
      e.FILE_STORE === 's3'
        ? {
            endpoint: e.S3_ENDPOINT!,
            region: e.S3_REGION,
            bucket: e.S3_BUCKET!,
            accessKeyId: e.S3_ACCESS_KEY_ID!,
            secretAccessKey: e.S3_SECRET_ACCESS_KEY!,
          }
        : undefined,
    visitor: Object.freeze({
      piiKeys: e.VISITOR_PII_KEYS,
      piiKeyId: e.VISITOR_PII_KEY_ID,
      passSigningKey: e.VISITOR_PASS_SIGNING_KEY,
      passVerifyKeys: e.VISITOR_PASS_VERIFY_KEYS,
      hostAnswerSeconds: e.VISITOR_HOST_ANSWER_SECONDS,
      retentionDays: e.VISITOR_RETENTION_DAYS,
      notifier: e.VISITOR_NOTIFIER,
      passLink: e.VISITOR_PASS_LINK,
      sms:
        e.VISITOR_NOTIFIER === 'sms'
          ? {
              url: e.VISITOR_SMS_URL!,
              accessKey: e.VISITOR_SMS_ACCESS_KEY!,
              secret: e.VISITOR_SMS_SECRET!,
              signName: e.VISITOR_SMS_SIGN_NAME!,
              template: e.VISITOR_SMS_TEMPLATE!,
            }
          : undefined,
      email:
        e.VISITOR_NOTIFIER === 'email'
          ? { url: e.VISITOR_EMAIL_URL!, apiKey: e.VISITOR_EMAIL_API_KEY!, from: e.VISITOR_EMAIL_FROM! }
          : undefined,
    }),
    mqtt: e.MQTT_ENABLED
      ? Object.freeze({
          url: e.MQTT_URL,
          host: e.MQTT_HOST ?? e.HOST,
          port: e.MQTT_PORT,
          dataDir: resolve(e.DATA_DIR, 'mqtt'),
          serviceUsername: e.MQTT_SERVICE_USER,
          servicePassword: e.MQTT_SERVICE_PASSWORD,
          rate: { perSecond: e.MQTT_DEVICE_RATE, burst: e.MQTT_DEVICE_BURST },
        })
      : undefined,
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ''),
    billing: Object.freeze({ runBatch: e.BILL_RUN_BATCH }),
    payment: Object.freeze({
      provider: e.PAYMENT_PROVIDER ?? (e.NODE_ENV === 'production' ? 'off' : 'sandbox'),
      intentMinutes: e.PAYMENT_INTENT_MINUTES,
      dataDir: resolve(e.DATA_DIR),
      wechat: {
        baseUrl: e.WECHAT_PAY_BASE_URL.replace(/\/+$/, ''),
        mchId: e.WECHAT_PAY_MCH_ID,
        appId: e.WECHAT_PAY_APP_ID,
        merchantSerial: e.WECHAT_PAY_MCH_SERIAL,
        merchantKeyFile: e.WECHAT_PAY_MCH_KEY_FILE,
        apiV3Key: e.WECHAT_PAY_API_V3_KEY,
        platformKeys: e.WECHAT_PAY_PLATFORM_KEYS,
      },
      alipay: {
        gateway: e.ALIPAY_GATEWAY,
        appId: e.ALIPAY_APP_ID,
        sellerId: e.ALIPAY_SELLER_ID,
        appKeyFile: e.ALIPAY_APP_KEY_FILE,
        alipayKeyFile: e.ALIPAY_PUBLIC_KEY_FILE,
      },
    }),
    simulator: ['on', 'true', '1', 'yes'].includes(e.SIMULATOR)
      ? Object.freeze({ quarterMs: e.SIMULATOR_QUARTER_MS, login: e.SIMULATOR_LOGIN, leak: e.SIMULATOR_LEAK })
      : undefined,
  });
}
