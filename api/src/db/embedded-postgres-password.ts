import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { EmbeddedPostgresError } from './embedded-postgres-error.js';

/**
 * The superuser password every cluster was initialised with before passwords were generated.
 * Only read to take over such a cluster: it is replaced at its first start.
 */
export const LEGACY_PASSWORD = 'park-embedded';

/** Where the superuser password is kept: the data folder, beside `jwt-secret`, readable by its owner only. */
export const passwordFile = (dataDir: string) => join(dataDir, 'pg-password');
const pendingFile = (dataDir: string) => join(dataDir, 'pg-password.pending');

export const newPassword = () => randomBytes(24).toString('base64url');

/** Writes the password for a new cluster (before initdb, so a cluster never exists without it). */
export async function savePassword(dataDir: string, password: string): Promise<void> {
  await writeFile(passwordFile(dataDir), `${password}\n`, { mode: 0o600 });
}

/** The kept password, or undefined for a cluster initialised before passwords were kept. */
export async function readPassword(dataDir: string): Promise<string | undefined> {
  if (!existsSync(passwordFile(dataDir))) return undefined;
  const password = (await readFile(passwordFile(dataDir), 'utf8')).trim();
  if (!password)
    throw new EmbeddedPostgresError(
      `${passwordFile(dataDir)} is empty; restore it or delete the data folder`,
    );
  return password;
}

async function connects(url: (password: string) => string, password: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url(password) });
  try {
    await client.connect();
    return true;
  } catch (err) {
    if ((err as { code?: string }).code === '28P01') return false; // password authentication failed
    throw err;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * A cluster from before generated passwords still has LEGACY_PASSWORD, which anyone who read the
 * source knows: give the superuser a new one and keep it. The new password is written to a
 * pending file first and renamed once PostgreSQL has it, so an interruption at any point leaves
 * a password that works.
 */
export async function replaceLegacyPassword(
  dataDir: string,
  user: string,
  url: (password: string) => string,
): Promise<string> {
  const pending = existsSync(pendingFile(dataDir))
    ? (await readFile(pendingFile(dataDir), 'utf8')).trim()
    : undefined;
  let current: string | undefined;
  for (const candidate of [pending, LEGACY_PASSWORD]) {
    if (candidate && (await connects(url, candidate))) {
      current = candidate;
      break;
    }
  }
  if (!current)
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL in ${dataDir} refuses its passwords and ${passwordFile(dataDir)} is missing: restore that file, or delete the data folder to start again.`,
    );
  if (current !== pending) {
    const next = newPassword();
    await writeFile(pendingFile(dataDir), `${next}\n`, { mode: 0o600 });
    const client = new pg.Client({ connectionString: url(current) });
    await client.connect();
    try {
      await client.query(`alter role "${user}" password ${client.escapeLiteral(next)}`);
    } finally {
      await client.end();
    }
    current = next;
  }
  await rename(pendingFile(dataDir), passwordFile(dataDir));
  return current;
}
