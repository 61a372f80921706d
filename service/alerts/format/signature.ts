/**
 * HMAC-SHA256 signatures of generic JSON webhooks, so a receiver can tell callwatch's requests from forged ones
 * and refuse replays: the signed text is `<timestamp>.<raw body>` (the timestamp travels in its own header),
 * as Stripe and GitHub do it. Receivers must verify over the raw bytes, before parsing the JSON.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'X-Callwatch-Signature';
export const TIMESTAMP_HEADER = 'X-Callwatch-Timestamp';
/** how old a signed request may be before a receiver should refuse it */
export const DEFAULT_TOLERANCE_SECONDS = 300;

/** `sha256=<hex>` over `<timestamp>.<body>`. */
export function signBody(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** Checks a signature (constant time) and that its timestamp is within the tolerance of `nowMs`. */
export function verifySignature(input: {
  secret: string;
  body: string;
  timestamp: string;
  signature: string;
  nowMs: number;
  toleranceSeconds?: number;
}): boolean {
  const seconds = Number(input.timestamp);
  if (!/^\d+$/.test(input.timestamp) || Math.abs(input.nowMs / 1000 - seconds) > (input.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS)) {
    return false;
  }
  const expected = Buffer.from(signBody(input.secret, input.timestamp, input.body));
  const given = Buffer.from(input.signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
