/** A minimal sync client over HTTP for the tests that talk to real `serve` processes: push, pull, pull-all. */
import type { Item } from '../../../shared/schema.ts';

export interface WireOp {
  opId: string;
  itemId: string;
  hlc: string;
  set: Record<string, unknown>;
}

export interface PushReply {
  results: { opId: string | null; status: 'applied' | 'duplicate' | 'rejected'; error?: string }[];
  cursor: number;
}

export interface PullReply {
  items: Item[];
  cursor: number;
  more: boolean;
}

/** POST /sync/push; throws on a non-200 answer (a 5xx is a bug, not an outcome). */
export async function pushOps(baseUrl: string, token: string, clientId: string, ops: WireOp[]): Promise<PushReply> {
  const res = await fetch(`${baseUrl}/api/v1/sync/push`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ clientId, ops }),
  });
  if (res.status !== 200) throw new Error(`push answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as PushReply;
}

/** GET /sync/pull, one page. */
export async function pullPage(baseUrl: string, token: string, since: number, limit = 1000): Promise<PullReply> {
  const res = await fetch(`${baseUrl}/api/v1/sync/pull?since=${since}&limit=${limit}`, { headers: { Authorization: `Bearer ${token}` } });
  if (res.status !== 200) throw new Error(`pull answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as PullReply;
}

/** Pulls until `more` is false; returns every page's items in order and the final cursor. */
export async function pullAll(baseUrl: string, token: string, since = 0, limit = 1000): Promise<{ items: Item[]; cursor: number }> {
  const items: Item[] = [];
  let cursor = since;
  for (;;) {
    const page = await pullPage(baseUrl, token, cursor, limit);
    items.push(...page.items);
    cursor = page.cursor;
    if (!page.more) return { items, cursor };
  }
}

/** A client's hybrid logical clock for tests: strictly increasing hlcs `<ms>-<counter>-<clientId>`. */
export function hlcClock(clientId: string): () => string {
  let last = 0;
  let counter = 0;
  return () => {
    const ms = Date.now();
    if (ms > last) {
      last = ms;
      counter = 0;
    } else {
      counter += 1;
    }
    return `${String(last).padStart(13, '0')}-${String(counter).padStart(4, '0')}-${clientId}`;
  };
}
