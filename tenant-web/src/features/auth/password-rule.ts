/**
 * The API's password rule (10–128 characters with Latin letters and digits), checked before
 * sending so the form can say so next to the field. The API also refuses the login name itself.
 */
export function isStrongPassword(value: string): boolean {
  return value.length >= 10 && value.length <= 128 && /[A-Za-z]/.test(value) && /\d/.test(value);
}

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';

/** A first or temporary password an admin can read out: 12 characters, no look-alikes (0/O, 1/l). */
export function generatePassword(length = 12): string {
  // Bytes past the last whole multiple of the alphabet are skipped, so every character is equally likely.
  const limit = 256 - (256 % ALPHABET.length);
  for (;;) {
    const chars: string[] = [];
    while (chars.length < length) {
      for (const b of crypto.getRandomValues(new Uint8Array(length * 2))) {
        if (b < limit && chars.length < length) chars.push(ALPHABET[b % ALPHABET.length]!);
      }
    }
    const candidate = chars.join('');
    if (isStrongPassword(candidate)) return candidate;
  }
}
