/**
 * The service's HTTP API (DESIGN.md, "HTTP API") as the extension uses it. Plain fetch over CORS with the bearer token.
 */
import type { Item } from '../../shared/schema.ts';
import type { Op } from './sync/ops.ts';

/** The service answered with an error envelope (or a non-JSON error). */
export class ServiceError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The service could not be reached at all (offline, refused, timed out). */
export class NetworkError extends Error {}

export interface Me {
  member: { id: string; name: string; role: string };
  team: { id: string; name: string };
  role?: string;
}

export interface PushResult {
  results: { opId: string; status: 'applied' | 'duplicate' | 'rejected'; error?: unknown }[];
  cursor: number;
}

export interface PullResult {
  items: Item[];
  cursor: number;
  more: boolean;
}

/** One alert addressed to this member (GET /api/v1/alerts). */
export interface ServiceAlert {
  id?: string;
  key?: string;
  itemId: string;
  title: string;
  url?: string | null;
  deadline?: { date: string; time?: string; label: string; kind: string };
  offset?: number;
  dueAt?: string;
}

export interface AlertsResult {
  alerts: ServiceAlert[];
  cursor: string | null;
}

export interface ServiceClient {
  me(): Promise<Me>;
  push(clientId: string, ops: Op[]): Promise<PushResult>;
  pull(since: number, limit: number): Promise<PullResult>;
  alerts(since: string | null): Promise<AlertsResult>;
  members(): Promise<Member[]>;
}

export interface Member {
  id: string;
  name: string;
  role: string;
}

const TIMEOUT_MS = 20_000;

/** A client for the service at `baseUrl` authenticated with `token`. */
export function serviceClient(baseUrl: string, token: string, fetchImpl: typeof fetch = (...a) => fetch(...a)): ServiceClient {
  const root = baseUrl.trim().replace(/\/+$/, '');
  async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
    let response: Response;
    try {
      response = await fetchImpl(`${root}${path}`, {
        ...init,
        headers: { Authorization: `Bearer ${token.trim()}`, ...(init.body ? { 'Content-Type': 'application/json' } : {}) },
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      throw new NetworkError(error instanceof Error ? error.message : String(error));
    }
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const envelope = (body as { error?: { code?: string; message?: string } } | null)?.error;
      throw new ServiceError(response.status, envelope?.code ?? `http_${response.status}`, envelope?.message ?? response.statusText);
    }
    return body as T;
  }
  return {
    me: () => call<Me>('/api/v1/me'),
    push: (clientId, ops) => call<PushResult>('/api/v1/sync/push', { method: 'POST', body: JSON.stringify({ clientId, ops }) }),
    pull: (since, limit) => call<PullResult>(`/api/v1/sync/pull?since=${since}&limit=${limit}`),
    alerts: async (since) => {
      const body = await call<AlertsResult | ServiceAlert[]>(`/api/v1/alerts${since ? `?since=${encodeURIComponent(since)}` : ''}`);
      // tolerate a bare list as well as { alerts, cursor }
      return Array.isArray(body) ? { alerts: body, cursor: null } : { alerts: body.alerts ?? [], cursor: body.cursor ?? null };
    },
    members: async () => {
      const body = await call<{ members: Member[] } | Member[]>('/api/v1/members');
      return Array.isArray(body) ? body : (body.members ?? []);
    },
  };
}

/** A one-line reason for an op rejected by the service (its error may be a string or an envelope-like object). */
export function describeRejection(error: unknown): string {
  if (typeof error === 'string') return error;
  if (error && typeof error === 'object') {
    const e = error as { message?: unknown; code?: unknown; details?: unknown };
    const details = e.details ? ` ${JSON.stringify(e.details)}` : '';
    if (typeof e.message === 'string') return `${e.message}${details}`;
    if (typeof e.code === 'string') return `${e.code}${details}`;
    return JSON.stringify(error);
  }
  return 'rejected';
}
