/**
 * How a delivery attempt failed, which decides what the outbox does next: `retry` (refused, timeout, 5xx, 429 —
 * tried again later with backoff), `permanent` (the target said no: 4xx, a blocked address, no SMTP configured —
 * recorded, not retried) or `gone` (a Web Push subscription the push service no longer knows: the channel is removed).
 */
export type DeliveryFailure = 'retry' | 'permanent' | 'gone';

export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly failure: DeliveryFailure = 'retry',
  ) {
    super(message);
  }
}

/** The failure kind of an HTTP answer status, or null for success. */
export function failureOfStatus(status: number): DeliveryFailure | null {
  if (status >= 200 && status < 300) return null;
  if (status === 408 || status === 425 || status === 429 || status >= 500) return 'retry';
  // a redirect is not followed: its target was never checked against the address policy
  return 'permanent';
}

/** Any thrown value as a DeliveryError (unknown errors are retried: a bug must not drop alerts silently). */
export function asDeliveryError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  // the SSRF guard's refusals are final; the target will not become public by waiting
  if (code === 'blocked_address' || code === 'invalid_url' || code === 'unsupported_scheme' || code === 'credentials_in_url') {
    return new DeliveryError((error as Error).message || String(code), 'permanent');
  }
  if ((error as Error | null)?.name === 'TimeoutError' || (error as Error | null)?.name === 'AbortError') {
    return new DeliveryError('timed out', 'retry');
  }
  const cause = (error as { cause?: { code?: string; message?: string } } | null)?.cause;
  const text = [(error as Error | null)?.message ?? String(error), cause?.code ?? cause?.message].filter(Boolean).join(': ');
  return new DeliveryError(text, 'retry');
}
