import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  randomBytes,
} from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig, type PaymentConfig } from '../../config/env.js';
import { PaymentProviderName } from './payment.enums.js';
import { type AlipayConfig, AlipayProvider } from './providers/alipay.js';
import type { PaymentProvider } from './providers/provider.js';
import { type WechatPayConfig, WechatPayProvider } from './providers/wechat-pay.js';

/**
 * The sandbox's keys: both sides of WeChat Pay's protocol, since the sandbox is the provider and
 * the product its merchant. Made on first use and kept in the data folder (`payment-sandbox.json`),
 * so a restarted product still verifies the callbacks its sandbox queued.
 */
export type SandboxKeys = {
  mchId: string;
  appId: string;
  merchantSerial: string;
  merchantKey: KeyObject;
  platformSerial: string;
  platformKey: KeyObject;
  apiV3Key: Buffer;
};

export type PaymentSettings = {
  /** Undefined: payments are off (production without a provider configured). */
  provider: PaymentProviderName | undefined;
  intentMinutes: number;
  /** WeChat Pay (real) or the sandbox's merchant side; `baseUrl` undefined: the product's own sandbox. */
  wechat: (Omit<WechatPayConfig, 'baseUrl'> & { baseUrl: string | undefined }) | undefined;
  alipay: AlipayConfig | undefined;
  sandbox: SandboxKeys | undefined;
};

const pem = (key: KeyObject, type: 'pkcs8' | 'spki') => key.export({ format: 'pem', type }) as string;
const serialOf = () => randomBytes(20).toString('hex').toUpperCase();

/** Fresh sandbox keys (RSA 2048, as WeChat Pay's). */
export function makeSandboxKeys(): SandboxKeys {
  const rsa = () => generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  return {
    mchId: '1900000109',
    appId: 'wxd678efh567hg6787',
    merchantSerial: serialOf(),
    merchantKey: rsa(),
    platformSerial: `PUB_KEY_ID_${serialOf().slice(0, 32)}`,
    platformKey: rsa(),
    apiV3Key: Buffer.from(randomBytes(16).toString('hex')),
  };
}

function sandboxKeys(dataDir: string): SandboxKeys {
  const file = join(dataDir, 'payment-sandbox.json');
  try {
    const j = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    return {
      mchId: j.mchId!,
      appId: j.appId!,
      merchantSerial: j.merchantSerial!,
      merchantKey: createPrivateKey(j.merchantKey!),
      platformSerial: j.platformSerial!,
      platformKey: createPrivateKey(j.platformKey!),
      apiV3Key: Buffer.from(j.apiV3Key!),
    };
  } catch {
    const k = makeSandboxKeys();
    try {
      writeFileSync(
        file,
        JSON.stringify({
          ...k,
          merchantKey: pem(k.merchantKey, 'pkcs8'),
          platformKey: pem(k.platformKey, 'pkcs8'),
          apiV3Key: k.apiV3Key.toString(),
        }),
        { mode: 0o600 },
      );
    } catch {
      // No data folder (a test's in-memory settings): these keys live as long as the process.
    }
    return k;
  }
}

/** The merchant side of the sandbox: WeChat Pay's settings pointed at the product's own sandbox. */
export function sandboxMerchant(k: SandboxKeys): NonNullable<PaymentSettings['wechat']> {
  return {
    baseUrl: undefined,
    mchId: k.mchId,
    appId: k.appId,
    merchantSerial: k.merchantSerial,
    merchantKey: k.merchantKey,
    apiV3Key: k.apiV3Key,
    platformKeys: new Map([[k.platformSerial, createPublicKey(k.platformKey)]]),
    maxSkewSeconds: 300,
  };
}

const readKey = (file: string, setting: string, kind: 'private' | 'public') => {
  try {
    const text = readFileSync(file, 'utf8');
    return kind === 'private' ? createPrivateKey(text) : createPublicKey(text);
  } catch (err) {
    throw new Error(`${setting}: cannot read a ${kind} key from ${file}: ${(err as Error).message}`);
  }
};

/** Decodes the payment configuration; throws naming a bad setting (an unreadable key file). */
export function paymentSettingsFrom(c: PaymentConfig): PaymentSettings {
  const base = { intentMinutes: c.intentMinutes, wechat: undefined, alipay: undefined, sandbox: undefined };
  if (c.provider === 'off') return { ...base, provider: undefined };
  if (c.provider === 'sandbox') {
    const sandbox = sandboxKeys(c.dataDir);
    return { ...base, provider: PaymentProviderName.SANDBOX, sandbox, wechat: sandboxMerchant(sandbox) };
  }
  if (c.provider === 'wechat') {
    const w = c.wechat;
    const platformKeys = new Map(
      w.platformKeys!.split(',').map((pair) => {
        const [serial, file] = pair.split('=') as [string, string];
        return [serial.trim(), readKey(file.trim(), 'WECHAT_PAY_PLATFORM_KEYS', 'public')] as const;
      }),
    );
    return {
      ...base,
      provider: PaymentProviderName.WECHAT,
      wechat: {
        baseUrl: w.baseUrl,
        mchId: w.mchId!,
        appId: w.appId!,
        merchantSerial: w.merchantSerial!,
        merchantKey: readKey(w.merchantKeyFile!, 'WECHAT_PAY_MCH_KEY_FILE', 'private'),
        apiV3Key: Buffer.from(w.apiV3Key!),
        platformKeys,
        maxSkewSeconds: 300,
      },
    };
  }
  const a = c.alipay;
  return {
    ...base,
    provider: PaymentProviderName.ALIPAY,
    alipay: {
      gateway: a.gateway,
      appId: a.appId!,
      sellerId: a.sellerId,
      appKey: readKey(a.appKeyFile!, 'ALIPAY_APP_KEY_FILE', 'private'),
      alipayKey: readKey(a.alipayKeyFile!, 'ALIPAY_PUBLIC_KEY_FILE', 'public'),
    },
  };
}

let active: PaymentSettings | undefined;
/** The process's payment settings: from the environment the first time, or what a test installed. */
export function paymentSettings(): PaymentSettings {
  active ??= paymentSettingsFrom(loadConfig().payment);
  return active;
}
/** Replaces the settings (tests: a key switch, another provider); returns the previous ones. */
export function usePaymentSettings(next: PaymentSettings): PaymentSettings {
  const previous = paymentSettings();
  active = next;
  return previous;
}

/**
 * The configured provider, reaching the sandbox at `origin` (the API's public address), or
 * undefined when payments are off. `name` picks one explicitly (a refund goes back the way the
 * money came).
 */
export function providerOf(
  origin: string,
  name: PaymentProviderName | undefined = paymentSettings().provider,
): PaymentProvider | undefined {
  const s = paymentSettings();
  if (name === PaymentProviderName.ALIPAY) return s.alipay && new AlipayProvider(s.alipay);
  if (!s.wechat || !name) return undefined;
  const sandbox = name === PaymentProviderName.SANDBOX;
  if (sandbox !== (s.provider === PaymentProviderName.SANDBOX)) return undefined;
  return new WechatPayProvider(sandbox ? 'SANDBOX' : 'WECHAT', {
    ...s.wechat,
    baseUrl: s.wechat.baseUrl ?? `${origin}/sandbox-pay`,
  });
}
