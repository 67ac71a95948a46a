import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/env.js';
import { idDigest, isIdCardNumber, maskIdNumber, maskPhone, seal, unseal } from './visitor.crypto.js';
import { newPassNonce, readPass, signPass } from './visitor.pass.js';
import { rawPublicKey, visitorSettingsFrom } from './visitor.settings.js';

const dev = visitorSettingsFrom(loadConfig({}).visitor);

describe('visitor personal data', () => {
  it('validates the ID-card check digit and birth date', () => {
    expect(isIdCardNumber('11010519491231002X')).toBe(true);
    expect(isIdCardNumber('110105194912310021')).toBe(false); // wrong check digit
    expect(isIdCardNumber('110105194902300026')).toBe(false); // 30 February
    expect(isIdCardNumber('11010519491231002')).toBe(false);
  });

  it('masks as the apps show it', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110***********002X');
    expect(maskPhone('13812345678')).toBe('138****5678');
  });

  it('seals with AES-256-GCM under the current key and opens under the key it names', () => {
    const sealed = seal(dev, '11010519491231002X');
    expect(sealed.keyId).toBe('dev1');
    expect(unseal(dev, sealed)).toBe('11010519491231002X');
    const tampered = Buffer.from(sealed.data);
    tampered[tampered.length - 1]! ^= 1;
    expect(() => unseal(dev, { ...sealed, data: tampered })).toThrow();
    expect(() => unseal(dev, { ...sealed, keyId: 'gone' })).toThrow(/No visitor data key/);
    expect(idDigest(dev, '11010519491231002x')).toEqual(idDigest(dev, '11010519491231002X'));
  });
});

describe('visitor passes', () => {
  const claims = {
    visitId: '0193a4f2-7b6c-7def-8123-456789abcdef',
    validFrom: new Date('2026-12-05T01:00:00Z'),
    validUntil: new Date('2026-12-05T09:00:00Z'),
    nonce: newPassNonce(),
  };

  it('round-trips only the id, the window and the nonce', () => {
    const token = signPass(dev.passKeys, claims);
    expect(token.split('.')[0]).toBe('VP1');
    expect(readPass(dev.passKeys, token)).toEqual(claims);
  });

  it('refuses a bad signature, an edited payload, an unknown key and another key under the same id', () => {
    const token = signPass(dev.passKeys, claims);
    const [v, kid, payload, sig] = token.split('.') as [string, string, string, string];
    const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
    expect(readPass(dev.passKeys, `${v}.${kid}.${payload}.${flip(sig, 5)}`)).toBe('FORGED');
    expect(readPass(dev.passKeys, `${v}.${kid}.${flip(payload, 3)}.${sig}`)).toBe('FORGED');
    expect(readPass(dev.passKeys, `${v}.other.${payload}.${sig}`)).toBe('FORGED');
    const { privateKey } = generateKeyPairSync('ed25519');
    const impostor = signPass({ signing: { id: kid, key: privateKey }, verifying: new Map() }, claims);
    expect(readPass(dev.passKeys, impostor)).toBe('FORGED');
    expect(readPass(dev.passKeys, 'garbage')).toBe('FORGED');
  });

  it('keeps accepting passes of a retired signing key while it is listed for verification', () => {
    const old = dev.passKeys;
    const rotated = visitorSettingsFrom(
      loadConfig({
        VISITOR_PASS_SIGNING_KEY: `p2:${randomBytes(32).toString('base64')}`,
        VISITOR_PASS_VERIFY_KEYS: `dev1:${rawPublicKey(old.signing.key).toString('base64')}`,
      }).visitor,
    ).passKeys;
    const before = signPass(old, claims);
    const after = signPass(rotated, claims);
    expect(after.split('.')[1]).toBe('p2');
    expect(readPass(rotated, before)).toEqual(claims);
    expect(readPass(rotated, after)).toEqual(claims);
    expect(readPass(old, after)).toBe('FORGED');
  });
});
