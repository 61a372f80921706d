/**
 * Mailbox passwords at rest: AES-256-GCM with a key from the environment (CALLWATCH_MAIL_KEY, any secret of at
 * least 32 characters; README "Newsletters"). Without a key a password is stored as given, marked so that setting a
 * key later still reads it (and the next save encrypts it).
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/** The 256-bit key derived from the configured secret; undefined without one. */
export function mailKey(secret: string | undefined): Buffer | undefined {
  if (!secret) return undefined;
  if (secret.length < 32) throw new Error('CALLWATCH_MAIL_KEY must be at least 32 characters long');
  return createHash('sha256').update(secret).digest();
}

/** The stored form of a password. */
export function sealPassword(password: string, key: Buffer | undefined): string {
  if (!key) return `plain:${password}`;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const sealed = Buffer.concat([cipher.update(password, 'utf8'), cipher.final()]);
  return `v1:${iv.toString('base64url')}:${cipher.getAuthTag().toString('base64url')}:${sealed.toString('base64url')}`;
}

/** The password of a stored form; throws a plain message when it was encrypted with another key (or none is set). */
export function openPassword(stored: string, key: Buffer | undefined): string {
  if (stored.startsWith('plain:')) return stored.slice('plain:'.length);
  const [version, iv, tag, sealed] = stored.split(':');
  if (version !== 'v1' || !iv || !tag || sealed === undefined) throw new Error('the stored password cannot be read; enter it again');
  if (!key) throw new Error('the password is stored encrypted, but the service has no CALLWATCH_MAIL_KEY');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    throw new Error('the stored password was encrypted with another CALLWATCH_MAIL_KEY; enter it again');
  }
}
