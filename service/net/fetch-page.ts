import type { Agent, Response } from 'undici';
import { undici } from '../lazy.ts';
import { looksLikePdf, mayBePdfType } from '../pdf/detect.ts';
import { decodeHtml, mimeTypeOf } from './charset.ts';
import { FetchError } from './fetch-error.ts';
import { createPinnedAgent } from './pinned-agent.ts';
import { BodyTooLargeError, readBodyCapped } from './read-body.ts';
import { isDnsError, parseFetchableUrl, resolveAllowed, type AddressPolicy } from './ssrf.ts';
import { ACCEPT, USER_AGENT } from './user-agent.ts';

/** Limits and cache validators of one fetch. */
export interface FetchRequestOptions {
  /** the whole fetch — every redirect hop and the full body — must finish within this (default 15 s) */
  timeoutMs?: number;
  /** largest decompressed body read (default 5 MB) */
  maxBytes?: number;
  /** redirects followed (default 5) */
  maxRedirects?: number;
  /** ETag of the copy we hold → If-None-Match */
  etag?: string;
  /** Last-Modified of the copy we hold → If-Modified-Since */
  lastModified?: string;
  /** cancels the fetch (e.g. the service shutting down) */
  signal?: AbortSignal;
  /** accept a PDF (application/pdf, or %PDF bytes under a binary or text type) up to this size; without it a PDF is not_html */
  maxPdfBytes?: number;
}

/** Options of the one-shot {@link fetchPage}: limits plus the address policy. */
export interface FetchPageOptions extends FetchRequestOptions, AddressPolicy {}

/** A fetched page, decoded to text. */
export interface FetchedPage {
  /** the final URL, after redirects */
  url: string;
  status: number;
  /** the decoded body ('' when notModified) */
  html: string;
  /** MIME type without parameters, e.g. "text/html" ('' when the server sent none) */
  contentType: string;
  /** the encoding used to decode, e.g. "utf-8", "windows-1252" */
  charset: string;
  headers: Record<string, string>;
  etag?: string;
  lastModified?: string;
  /** the server answered 304 to our validators: keep the copy we hold */
  notModified: boolean;
  /** every URL redirected to, in order (empty without redirects) */
  redirects: string[];
  /** the body, when it is a PDF (only with maxPdfBytes; `html` is '' then) */
  pdf?: Uint8Array;
}

/** A fetcher bound to one address policy and one connection pool. */
export interface PageFetcher {
  (url: string | URL, options?: FetchRequestOptions): Promise<FetchedPage>;
  /** closes the pooled connections */
  close(): Promise<void>;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** Pages, feeds and calendars are text; an image, PDF or archive is refused before its body is read. */
function isReadableType(mime: string): boolean {
  return (
    mime === '' ||
    mime.startsWith('text/') ||
    mime.endsWith('+xml') ||
    mime === 'application/xml' ||
    mime === 'application/json' ||
    mime === 'application/ld+json'
  );
}

/**
 * Makes a fetcher for one address policy (the service builds one from CALLWATCH_ALLOW_PRIVATE_SOURCES and shares it);
 * `defaults` are per-request options every call starts from.
 */
export function createFetchPage(policy: AddressPolicy = {}, defaults: FetchRequestOptions = {}): PageFetcher {
  // the pool (and undici with it) is made at the first fetch: the service makes its fetcher at start, with or
  // without sources to read
  let agent: Promise<Agent> | undefined;
  const fetcher = async (url: string | URL, options: FetchRequestOptions = {}) =>
    fetchWithAgent(await (agent ??= createPinnedAgent(policy)), policy, url, { ...defaults, ...options });
  return Object.assign(fetcher, {
    close: async () => {
      await (await agent)?.close();
    },
  });
}

/** Fetches one user-given URL safely (SSRF-checked on every hop, bounded in time and size) and decodes it. */
export async function fetchPage(url: string | URL, options: FetchPageOptions = {}): Promise<FetchedPage> {
  const { allowPrivate, lookup, isBlockedAddress, ...request } = options;
  const policy: AddressPolicy = { allowPrivate, lookup, isBlockedAddress };
  const agent = await createPinnedAgent(policy);
  try {
    return await fetchWithAgent(agent, policy, url, request);
  } finally {
    await agent.close();
  }
}

async function fetchWithAgent(
  agent: Agent,
  policy: AddressPolicy,
  input: string | URL,
  options: FetchRequestOptions,
): Promise<FetchedPage> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  // one deadline for the whole fetch, slow bodies included: a per-hop timer would let a trickling server hold us forever
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  const fail = (error: unknown, url: URL) => toFetchError(error, url, timeout, timeoutMs);
  const { fetch } = await undici();

  const headers: Record<string, string> = {
    'user-agent': USER_AGENT,
    accept: ACCEPT,
    'accept-language': 'de-DE,de;q=0.9,en;q=0.5',
    // undici decodes all three; without this it offers br only over TLS
    'accept-encoding': 'gzip, deflate, br',
  };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;

  let url = parseFetchableUrl(input);
  const visited = new Set<string>([url.href]);
  const redirects: string[] = [];
  for (;;) {
    let response: Response;
    try {
      // early, readable refusal (and the only check for IP literals); the pinned agent checks names again at connect
      await abortable(resolveAllowed(url.hostname, policy, url.href), signal);
      response = await fetch(url, { dispatcher: agent, redirect: 'manual', headers, signal });
    } catch (error) {
      throw fail(error, url);
    }

    const location = response.headers.get('location');
    if (REDIRECT_STATUSES.has(response.status) && location !== null) {
      await discard(response);
      let next: URL;
      try {
        next = parseFetchableUrl(new URL(location, url));
      } catch (error) {
        throw error instanceof FetchError ? error : new FetchError('invalid_url', { url: location, cause: error });
      }
      if (visited.has(next.href)) throw new FetchError('too_many_redirects', { url: next.href, reason: 'redirect loop' });
      if (redirects.length >= maxRedirects) throw new FetchError('too_many_redirects', { url: next.href });
      visited.add(next.href);
      redirects.push(next.href);
      url = next;
      continue;
    }

    const contentTypeHeader = response.headers.get('content-type');
    const base = {
      url: url.href,
      status: response.status,
      contentType: mimeTypeOf(contentTypeHeader),
      headers: Object.fromEntries(response.headers),
      etag: response.headers.get('etag') ?? undefined,
      lastModified: response.headers.get('last-modified') ?? undefined,
      redirects,
    };
    if (response.status === 304) {
      await discard(response);
      return {
        ...base,
        html: '',
        charset: '',
        etag: base.etag ?? options.etag,
        lastModified: base.lastModified ?? options.lastModified,
        notModified: true,
      };
    }
    if (response.status < 200 || response.status > 299) {
      await discard(response);
      throw new FetchError('http_error', { url: url.href, status: response.status, retryAfter: response.headers.get('retry-after') ?? undefined });
    }
    const pdfLimit = options.maxPdfBytes && mayBePdfType(base.contentType) ? options.maxPdfBytes : undefined;
    if (!isReadableType(base.contentType) && pdfLimit === undefined) {
      await discard(response);
      throw new FetchError('not_html', { url: url.href, contentType: base.contentType });
    }
    // refuse an announced oversize body at once (compressed length: the decoded one can only be larger)
    const limit = pdfLimit ?? maxBytes;
    const declaredLength = Number(response.headers.get('content-length') ?? NaN);
    if (declaredLength > limit) {
      await discard(response);
      throw new FetchError('too_large', { url: url.href, limit });
    }
    let bytes: Uint8Array;
    try {
      bytes = await readBodyCapped(response.body as ReadableStream<Uint8Array> | null, limit);
    } catch (error) {
      if (error instanceof BodyTooLargeError) throw new FetchError('too_large', { url: url.href, limit });
      throw fail(error, url);
    }
    if (options.maxPdfBytes && (base.contentType === 'application/pdf' || looksLikePdf(bytes))) {
      return { ...base, html: '', charset: '', notModified: false, pdf: bytes };
    }
    // a download type that turned out not to be a PDF
    if (!isReadableType(base.contentType)) throw new FetchError('not_html', { url: url.href, contentType: base.contentType });
    const decoded = decodeHtml(bytes, contentTypeHeader);
    return { ...base, html: decoded.html, charset: decoded.charset, notModified: false };
  }
}

/** Frees the connection of a response whose body we do not want. */
async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

/** Rejects with the signal's reason as soon as it aborts (dns.lookup itself cannot be cancelled). */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

const TLS_CODE = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|HOSTNAME_MISMATCH)/;

/** Maps whatever fetch, the socket or the resolver threw to one FetchError code. */
function toFetchError(error: unknown, url: URL, timeout: AbortSignal, timeoutMs: number): FetchError {
  if (error instanceof FetchError) return error;
  if (timeout.aborted) return new FetchError('timeout', { url: url.href, timeoutMs, cause: error });
  // fetch wraps socket errors as TypeError("fetch failed", { cause }); our own lookup's FetchError sits in there too
  const chain: unknown[] = [];
  for (let e: unknown = error; e && chain.length < 8; e = (e as { cause?: unknown }).cause) chain.push(e);
  const own = chain.find((e): e is FetchError => e instanceof FetchError);
  // the socket's own lookup (DNS rebinding) knows only the host name: the refusal names the hop's URL
  if (own) return own.details.url ? own : new FetchError(own.code, { ...own.details, url: url.href });
  const name = (e: unknown) => (e as { name?: unknown })?.name;
  if (chain.some((e) => name(e) === 'AbortError')) return new FetchError('aborted', { url: url.href, cause: error });
  const codes = chain.map((e) => (e as { code?: unknown })?.code).filter((c): c is string => typeof c === 'string');
  if (chain.some(isDnsError)) return new FetchError('dns', { url: url.href, cause: error });
  if (codes.includes('UND_ERR_CONNECT_TIMEOUT') || codes.includes('ETIMEDOUT')) {
    return new FetchError('timeout', { url: url.href, timeoutMs, cause: error });
  }
  const tls = codes.find((c) => TLS_CODE.test(c));
  if (tls) return new FetchError('tls', { url: url.href, reason: tls, cause: error });
  const last = chain[chain.length - 1] as { message?: unknown } | undefined;
  const reason = codes[codes.length - 1] ?? (typeof last?.message === 'string' ? last.message : undefined);
  return new FetchError('network', { url: url.href, reason, cause: error });
}
