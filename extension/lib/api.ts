/**
 * The service's HTTP API (DESIGN.md, "HTTP API") as the extension uses it. Plain fetch over CORS with the bearer token.
 * Answers are parsed with the resources' contracts in shared/api/ (the schemas the service validates and documents
 * with): members, sync, sources, profiles, mailboxes, alerts, feeds (docs/architecture.md). Request bodies a
 * resource's contract does not hold (they need the service's parsers) are declared here as the client sends them.
 */
import * as v from 'valibot';
import { MembersSchema, MemberSchema, MeSchema, NewMemberSchema, type Me, type Member, type Role } from '../../shared/api/members.ts';
import {
  PresetListSchema,
  SOURCE_KINDS,
  SourceListSchema,
  SourceRunListSchema,
  SourceSchema,
  type LastRun,
  type Preset,
  type Source,
  type SourceKind,
  type SourceRun,
} from '../../shared/api/sources.ts';
import { ProfilesReplySchema, type ProfilesReply } from '../../shared/api/profiles.ts';
import { MailboxListSchema, MailboxSchema, PollReplySchema, type LastPoll, type Mailbox } from '../../shared/api/mailboxes.ts';
import { PullReplySchema, PushReplySchema, type PullReply, type PushReply } from '../../shared/api/sync.ts';
import {
  ChannelListSchema,
  ChannelSchema,
  InboxSchema,
  VapidSchema,
  type AlertBody,
  type AlertDeadline,
  type Channel,
  type Inbox,
  type InboxAlert,
  type PushSubscriptionBody,
} from '../../shared/api/alerts.ts';
import { FeedUrlSchema } from '../../shared/api/feeds.ts';
import { ItemHistorySchema, type HistoryEntry } from '../../shared/item-history.ts';
import { currentLanguage } from './i18n.ts';
import type { Op } from './sync/ops.ts';

/** One field the service refused, from the envelope's `details.fields` (`field` is a dot path, "" for the whole body). */
export interface FieldProblem {
  field: string;
  message: string;
}

/** The service answered with an error envelope (or a non-JSON error). */
export class ServiceError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** the fields a validation error names; empty for other errors */
    readonly fields: readonly FieldProblem[] = [],
  ) {
    super(message);
  }
}

/** The `details.fields` of an error envelope, keeping only well-formed entries (the body is not ours to trust). */
function fieldsOf(details: unknown): FieldProblem[] {
  const fields = (details as { fields?: unknown } | null | undefined)?.fields;
  if (!Array.isArray(fields)) return [];
  return fields.flatMap((f: { field?: unknown; message?: unknown } | null) =>
    f && typeof f.message === 'string' ? [{ field: typeof f.field === 'string' ? f.field : '', message: f.message }] : [],
  );
}

/** The service could not be reached at all (offline, refused, timed out). */
export class NetworkError extends Error {}

export type { Me, Member };
/** POST /api/v1/sync/push as the client takes it (serverTime unchecked: shared/sync/skew.ts reads it) */
export type PushResult = PushReply;
/** GET /api/v1/sync/pull as the client takes it (serverTime unchecked: shared/sync/skew.ts reads it) */
export type PullResult = PullReply;

/** The alert inbox, channels and Web Push subscription as the alerts API's contract has them (shared/api/alerts.ts). */
export type { AlertBody, AlertDeadline, PushSubscriptionBody };
/** One alert addressed to this member (GET /api/v1/alerts): the service's notification text and the alert itself. */
export type ServiceAlert = InboxAlert;
/** GET /api/v1/alerts */
export type AlertsResult = Inbox;
/** A delivery channel of this member (GET/POST /api/v1/alerts/channels; secrets are never shown). */
export type AlertChannel = Channel;

/** GET /api/v1/profiles: the team's site profiles changed since a cursor (profile null: deleted; each unchecked here). */
export type ProfilesResult = ProfilesReply;

export interface ServiceClient {
  me(): Promise<Me>;
  /** the team's site profiles since a cursor (optional: a client without it syncs no profiles) */
  profiles?(since: number): Promise<ProfilesResult>;
  /** deletes a host's profile (admin) */
  removeProfile?(host: string): Promise<void>;
  /** notes that a clip applied the team's profile of a host (its lastUsedAt) */
  profileUsed?(host: string): Promise<void>;
  push(clientId: string, ops: Op[]): Promise<PushResult>;
  pull(since: number, limit: number): Promise<PullResult>;
  alerts(since: number, limit?: number): Promise<AlertsResult>;
  members(): Promise<Member[]>;
  channels(): Promise<AlertChannel[]>;
  addChannel(body: { type: 'email'; to: string } | { type: 'webpush'; subscription: PushSubscriptionBody }): Promise<AlertChannel>;
  removeChannel(id: string): Promise<void>;
  /** the service's VAPID public key (base64url), for PushManager.subscribe */
  vapidKey(): Promise<string>;
  /** the member's personal calendar-feed address */
  calendarFeed(): Promise<string>;
}

const TIMEOUT_MS = 20_000;

/** The UI's language, or null where it cannot be read (a context without browser.i18n: the browser's own header goes). */
function uiLanguage(): string | null {
  try {
    return currentLanguage();
  } catch {
    return null;
  }
}

/**
 * The headers of a call to the service: the token, the UI's language (the service answers its error messages in it,
 * German unless asked for English), and the JSON type when a body goes along.
 */
export function serviceHeaders(token: string, withBody: boolean): Record<string, string> {
  const language = uiLanguage();
  return {
    Authorization: `Bearer ${token.trim()}`,
    ...(language ? { 'Accept-Language': language } : {}),
    ...(withBody ? { 'Content-Type': 'application/json' } : {}),
  };
}

/** A JSON caller for the service at `baseUrl` with `token`: maps failures to NetworkError / ServiceError. */
function caller(baseUrl: string, token: string, fetchImpl: typeof fetch) {
  const root = baseUrl.trim().replace(/\/+$/, '');
  return async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
    let response: Response;
    try {
      response = await fetchImpl(`${root}${path}`, {
        ...init,
        headers: serviceHeaders(token, Boolean(init.body)),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      throw new NetworkError(error instanceof Error ? error.message : String(error));
    }
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const envelope = (body as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
      throw new ServiceError(response.status, envelope?.code ?? `http_${response.status}`, envelope?.message ?? response.statusText, fieldsOf(envelope?.details));
    }
    return body as T;
  };
}

/** A client for the service at `baseUrl` authenticated with `token`. */
export function serviceClient(baseUrl: string, token: string, fetchImpl: typeof fetch = (...a) => fetch(...a)): ServiceClient {
  const call = caller(baseUrl, token, fetchImpl);
  return {
    me: async () => v.parse(MeSchema, await call('/api/v1/me')),
    push: async (clientId, ops) => v.parse(PushReplySchema, await call('/api/v1/sync/push', { method: 'POST', body: JSON.stringify({ clientId, ops }) })),
    pull: async (since, limit) => v.parse(PullReplySchema, await call(`/api/v1/sync/pull?since=${since}&limit=${limit}`)),
    profiles: async (since) => v.parse(ProfilesReplySchema, await call(`/api/v1/profiles?since=${since}`)),
    removeProfile: async (host) => {
      await call(`/api/v1/profiles/${encodeURIComponent(host)}`, { method: 'DELETE' });
    },
    profileUsed: async (host) => {
      await call(`/api/v1/profiles/${encodeURIComponent(host)}/used`, { method: 'POST' });
    },
    alerts: async (since, limit = 100) => v.parse(InboxSchema, await call(`/api/v1/alerts?since=${since}&limit=${limit}`)),
    members: async () => v.parse(MembersSchema, await call('/api/v1/members')).members,
    channels: async () => v.parse(ChannelListSchema, await call('/api/v1/alerts/channels')).channels,
    addChannel: async (body) => v.parse(ChannelSchema, await call('/api/v1/alerts/channels', { method: 'POST', body: JSON.stringify(body) })),
    removeChannel: async (id) => {
      await call<null>(`/api/v1/alerts/channels/${encodeURIComponent(id)}`, { method: 'DELETE' });
    },
    vapidKey: async () => v.parse(VapidSchema, await call('/api/v1/alerts/vapid')).publicKey,
    calendarFeed: async () => v.parse(FeedUrlSchema, await call('/api/v1/feeds/ics')).url,
  };
}

export { SOURCE_KINDS, type SourceKind, type SourceRun };
/** How a source's latest scrape went (the sources API's contract, shared/api/sources.ts). */
export type SourceLastRun = LastRun;
/** A watched source of the team (GET /api/v1/sources). */
export type WatchedSource = Source;
/** A built-in source a team can add (GET /api/v1/source-presets). */
export type SourcePreset = Preset;

/** POST /api/v1/sources: a source of its own, or a preset. */
export type NewSource =
  | { name: string; url: string; kind: SourceKind; every?: string; itemSelector?: string | null; linkSelector?: string | null }
  | { preset: string; name?: string; every?: string };

/** PATCH /api/v1/sources/:id: any writable field; a selector set to null is removed. */
export interface SourcePatch {
  name?: string;
  url?: string;
  kind?: SourceKind;
  every?: string;
  itemSelector?: string | null;
  linkSelector?: string | null;
  enabled?: boolean;
}

/** The watched-sources API; every write is for admins. */
export interface SourcesClient {
  me(): Promise<Me>;
  sources(): Promise<WatchedSource[]>;
  source(id: string): Promise<WatchedSource>;
  presets(): Promise<SourcePreset[]>;
  addSource(body: NewSource): Promise<WatchedSource>;
  patchSource(id: string, patch: SourcePatch): Promise<WatchedSource>;
  removeSource(id: string): Promise<void>;
  /** starts a run (202): the answer shows lastRun.status "running" */
  runSource(id: string): Promise<WatchedSource>;
  /** the source's latest runs, newest first */
  runs(id: string): Promise<SourceRun[]>;
}

/** A watched-sources client for the service at `baseUrl` authenticated with `token`. */
export function sourcesClient(baseUrl: string, token: string, fetchImpl: typeof fetch = (...a) => fetch(...a)): SourcesClient {
  const call = caller(baseUrl, token, fetchImpl);
  const one = (id: string) => `/api/v1/sources/${encodeURIComponent(id)}`;
  return {
    me: async () => v.parse(MeSchema, await call('/api/v1/me')),
    sources: async () => v.parse(SourceListSchema, await call('/api/v1/sources')).sources,
    source: async (id) => v.parse(SourceSchema, await call(one(id))),
    presets: async () => v.parse(PresetListSchema, await call('/api/v1/source-presets')).presets,
    addSource: async (body) => v.parse(SourceSchema, await call('/api/v1/sources', { method: 'POST', body: JSON.stringify(body) })),
    patchSource: async (id, patch) => v.parse(SourceSchema, await call(one(id), { method: 'PATCH', body: JSON.stringify(patch) })),
    removeSource: async (id) => {
      await call<null>(one(id), { method: 'DELETE' });
    },
    runSource: async (id) => v.parse(SourceSchema, await call(`${one(id)}/run`, { method: 'POST' })),
    runs: async (id) => v.parse(SourceRunListSchema, await call(`${one(id)}/runs`)).runs,
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

export type { HistoryEntry };

/** An item's history and the team's administration (admins only for the member writes). */
export interface TeamClient {
  members(): Promise<Member[]>;
  history(itemId: string): Promise<HistoryEntry[]>;
  /** adds a colleague; the token is only ever shown in this answer */
  addMember(name: string, role: Role): Promise<{ member: Member; token: string }>;
  setRole(memberId: string, role: Role): Promise<Member>;
  removeMember(memberId: string): Promise<void>;
}

/** A team client for the service at `baseUrl` authenticated with `token`; answers are checked before use. */
export function teamClient(baseUrl: string, token: string, fetchImpl: typeof fetch = (...a) => fetch(...a)): TeamClient {
  const call = caller(baseUrl, token, fetchImpl);
  const member = (id: string) => `/api/v1/members/${encodeURIComponent(id)}`;
  return {
    members: async () => v.parse(MembersSchema, await call('/api/v1/members')).members,
    history: async (itemId) => v.parse(ItemHistorySchema, await call(`/api/v1/items/${encodeURIComponent(itemId)}/history`)).entries,
    addMember: async (name, role) => v.parse(NewMemberSchema, await call('/api/v1/members', { method: 'POST', body: JSON.stringify({ name, role }) })),
    setRole: async (id, role) => v.parse(MemberSchema, await call(member(id), { method: 'PATCH', body: JSON.stringify({ role }) })),
    removeMember: async (id) => {
      await call<null>(member(id), { method: 'DELETE' });
    },
  };
}

export type { LastPoll, Mailbox };

/** POST /api/v1/mailboxes (PATCH: any of these; a password left out keeps the stored one). */
export type MailboxBody = Pick<Mailbox, 'name' | 'host' | 'port' | 'user' | 'folder' | 'after' | 'moveTo'> & { password: string; enabled?: boolean };

/** The team's mailboxes (admins only; issue 11, item 4). */
export interface MailboxesClient {
  mailboxes(): Promise<Mailbox[]>;
  addMailbox(body: MailboxBody): Promise<Mailbox>;
  patchMailbox(id: string, patch: Partial<MailboxBody>): Promise<Mailbox>;
  removeMailbox(id: string): Promise<void>;
  /** reads the mailbox now and answers how it went (409: it is being read right now) */
  pollMailbox(id: string): Promise<{ mailbox: Mailbox; poll: LastPoll }>;
}

/** A mailboxes client for the service at `baseUrl` authenticated with `token`; answers are checked before use. */
export function mailboxesClient(baseUrl: string, token: string, fetchImpl: typeof fetch = (...a) => fetch(...a)): MailboxesClient {
  const call = caller(baseUrl, token, fetchImpl);
  const one = (id: string) => `/api/v1/mailboxes/${encodeURIComponent(id)}`;
  return {
    mailboxes: async () => v.parse(MailboxListSchema, await call('/api/v1/mailboxes')).mailboxes,
    addMailbox: async (body) => v.parse(MailboxSchema, await call('/api/v1/mailboxes', { method: 'POST', body: JSON.stringify(body) })),
    patchMailbox: async (id, patch) => v.parse(MailboxSchema, await call(one(id), { method: 'PATCH', body: JSON.stringify(patch) })),
    removeMailbox: async (id) => {
      await call<null>(one(id), { method: 'DELETE' });
    },
    pollMailbox: async (id) => v.parse(PollReplySchema, await call(`${one(id)}/poll`, { method: 'POST' })),
  };
}
