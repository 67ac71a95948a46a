import { readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/**
 * An app's messages are merged from one file per feature, later files over earlier ones. A domain
 * error code (`error.UNIT_OCCUPIED`) is one code across the whole API: two feature files giving it
 * different words means one of them shows the other feature's refusal with its own text (leases
 * once reused the units' UNIT_OCCUPIED, and the unit register said "a unit of the lease is held by
 * another company"). Each code gets one wording per language.
 */
it.each(['admin-web', 'tenant-web', 'kiosk-web'])(
  '%s: no error code has two wordings in one language',
  async (app) => {
    const dir = resolve(root, app, 'src/i18n');
    const clashes: string[] = [];
    for (const locale of ['zh-CN', 'en']) {
      const seen = new Map<string, { file: string; text: unknown }>();
      for (const file of (await readdir(dir)).filter(
        (f) => f.endsWith(`${locale === 'en' ? '.en' : `.${locale}`}.ts`) || f === `${locale}.ts`,
      )) {
        const messages = (await import(pathToFileURL(resolve(dir, file)).href)).default as {
          error?: Record<string, unknown>;
        };
        for (const [code, text] of Object.entries(messages.error ?? {})) {
          const before = seen.get(code);
          if (before && before.text !== text) clashes.push(`${locale} ${code}: ${before.file} vs ${file}`);
          else seen.set(code, { file, text });
        }
      }
    }
    expect(clashes).toEqual([]);
  },
);
