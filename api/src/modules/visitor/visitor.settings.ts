import { createHash, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { loadConfig, type VisitorConfig } from '../../config/env.js';

/** One AES-256 key of personal data at rest, with the id stored beside what it encrypted. */
export type DataKey = { id: string; key: Buffer };
/** The Ed25519 keys of visitor passes: one signs, every one listed verifies (rotation). */
export type PassKeys = { signing: { id: string; key: KeyObject }; verifying: ReadonlyMap<string, KeyObject> };

/** What the visitor feature runs with, decoded from the configuration (`config/env.ts`). */
export type VisitorSettings = {
  dataKeys: ReadonlyMap<string, Buffer>;
  /** The key new ID numbers are encrypted with. */
  currentDataKey: DataKey;
  passKeys: PassKeys;
  /** How long a walk-in waits for its host before the front desk takes it (seconds). */
  hostAnswerSeconds: number;
  /** Days visit records are kept before anonymisation, never under 180 (IPARK 5.1.1.4). */
  retentionDays: number;
  notifier: VisitorConfig['notifier'];
  passLink: string;
  sms: VisitorConfig['sms'];
  email: VisitorConfig['email'];
};

const PKCS8_ED25519 = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_ED25519 = Buffer.from('302a300506032b6570032100', 'hex');

/** An Ed25519 private key from its 32-byte seed. */
export const ed25519Private = (seed: Buffer): KeyObject =>
  createPrivateKey({ key: Buffer.concat([PKCS8_ED25519, seed]), format: 'der', type: 'pkcs8' });
/** An Ed25519 public key from its 32 raw bytes. */
export const ed25519Public = (raw: Buffer): KeyObject =>
  createPublicKey({ key: Buffer.concat([SPKI_ED25519, raw]), format: 'der', type: 'spki' });
/** The 32 raw bytes of an Ed25519 public key (what `VISITOR_PASS_VERIFY_KEYS` lists). */
export const rawPublicKey = (key: KeyObject): Buffer =>
  createPublicKey(key).export({ format: 'der', type: 'spki' }).subarray(SPKI_ED25519.length);

/**
 * Development keys, used only when the settings are unset outside production (the config loader
 * refuses production without real ones, like `DB_APP_PASSWORD`'s local default): derived from
 * fixed words, so a restarted dev server still reads its data and accepts its passes.
 */
const devKey = (words: string) => createHash('sha256').update(words).digest();
export const DEV_DATA_KEY_ID = 'dev1';
export const DEV_PASS_KEY_ID = 'dev1';

function parsePairs(text: string, bytes: number, setting: string): [string, Buffer][] {
  return text.split(',').map((pair) => {
    const [id, b64] = pair.split(':') as [string, string];
    const key = Buffer.from(b64, 'base64');
    if (key.length !== bytes) throw new Error(`${setting}: key ${id} is not ${bytes} bytes`);
    return [id, key];
  });
}

/** Decodes the visitor configuration: keys, rotation, limits. Throws naming a bad setting. */
export function visitorSettingsFrom(config: VisitorConfig): VisitorSettings {
  const dataPairs = config.piiKeys
    ? parsePairs(config.piiKeys, 32, 'VISITOR_PII_KEYS')
    : ([[DEV_DATA_KEY_ID, devKey('smart-park dev visitor pii key')]] as [string, Buffer][]);
  const dataKeys = new Map(dataPairs);
  const currentId = config.piiKeyId ?? dataPairs[0]![0];
  const current = dataKeys.get(currentId);
  if (!current) throw new Error(`VISITOR_PII_KEY_ID: ${currentId} is not in VISITOR_PII_KEYS`);
  const [signId, seed] = config.passSigningKey
    ? parsePairs(config.passSigningKey, 32, 'VISITOR_PASS_SIGNING_KEY')[0]!
    : [DEV_PASS_KEY_ID, devKey('smart-park dev visitor pass key')];
  const signing = ed25519Private(seed);
  const verifying = new Map<string, KeyObject>();
  for (const [id, raw] of config.passVerifyKeys
    ? parsePairs(config.passVerifyKeys, 32, 'VISITOR_PASS_VERIFY_KEYS')
    : [])
    verifying.set(id, ed25519Public(raw));
  verifying.set(signId, createPublicKey(signing));
  return {
    dataKeys,
    currentDataKey: { id: currentId, key: current },
    passKeys: { signing: { id: signId, key: signing }, verifying },
    hostAnswerSeconds: config.hostAnswerSeconds,
    retentionDays: Math.max(180, config.retentionDays),
    notifier: config.notifier,
    passLink: config.passLink,
    sms: config.sms,
    email: config.email,
  };
}

let active: VisitorSettings | undefined;
/**
 * The process's visitor settings: read from the environment the first time (the same validated
 * loader `main.ts` uses), or what a test installed with {@link useVisitorSettings}.
 */
export function visitorSettings(): VisitorSettings {
  active ??= visitorSettingsFrom(loadConfig().visitor);
  return active;
}
/** Replaces the settings (tests: rotated keys, a short host timeout); returns the previous ones. */
export function useVisitorSettings(next: VisitorSettings): VisitorSettings {
  const previous = visitorSettings();
  active = next;
  return previous;
}
