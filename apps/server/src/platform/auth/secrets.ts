import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** A random secret for a cookie or an e-mailed link: 32 bytes, URL-safe. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps of a secret: its SHA-256, so a leaked table opens nothing. */
export function digestOf(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

// argon2id with the library's defaults (19 MiB, 2 passes), OWASP's recommended minimum.
export async function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// Verifying against this when no account matches takes as long as a real check,
// so response times do not tell whether an address is registered.
const unusedHash = await hash('no account has this password');

export async function verifyPassword(passwordHash: string | undefined, password: string): Promise<boolean> {
  try {
    const matches = await verify(passwordHash ?? unusedHash, password);
    return matches && passwordHash !== undefined;
  } catch {
    return false;
  }
}
