/** Tokens: `cw_` + 43 base64url characters (32 random bytes); only their SHA-256 is stored (DESIGN.md "Precise rules"). */
import { hash, randomBytes } from 'node:crypto';

/** A fresh random token with the given prefix (`cw_` API tokens, `cwf_` feed tokens). */
export function newToken(prefix = 'cw_'): string {
  return prefix + randomBytes(32).toString('base64url');
}

/** The stored form of a token (crypto.hash: the one-shot SHA-256, a third of createHash's cost on every request). */
export function hashToken(token: string): string {
  return hash('sha256', token, 'hex');
}

/** True when a string has the shape of a token with the prefix (cheap check before a lookup). */
export function looksLikeToken(token: string, prefix = 'cw_'): boolean {
  return token.startsWith(prefix) && /^[A-Za-z0-9_-]{43}$/.test(token.slice(prefix.length));
}
