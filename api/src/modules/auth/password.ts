import { hash, verify } from '@node-rs/argon2';
import { BadInputError } from '../../kernel/errors.js';

/** argon2id with OWASP's minimum: 19 MiB, 2 passes, 1 lane. */
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** Spent on unknown logins so they take as long as known ones. */
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword('not-a-real-password-0');
  await verifyPassword(await dummyHash, password);
}

/** 10–128 characters with letters and digits, and not the login itself. */
export function checkPasswordPolicy(password: string, login: string, field: string): void {
  if (password.length < 10 || password.length > 128)
    throw new BadInputError(field, 'Password must be 10 to 128 characters long', 'PASSWORD_TOO_WEAK');
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password))
    throw new BadInputError(field, 'Password must contain letters and digits', 'PASSWORD_TOO_WEAK');
  if (password.toLowerCase().includes(login.toLowerCase()))
    throw new BadInputError(field, 'Password must not contain the login name', 'PASSWORD_TOO_WEAK');
}
