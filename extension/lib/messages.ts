/** The messages pages send to the background, which alone writes the op queue (see sync/queue.ts). */
import { browser } from '#imports';
import type { Change } from './sync/ops.ts';
import type { SyncOutcome } from './sync/sync-client.ts';

export type Request =
  | { type: 'save-changes'; changes: Change[] }
  | { type: 'sync-now' }
  | { type: 'dismiss-problem'; opId: string }
  | { type: 'reset-copy' }
  | { type: 'mark-on-list'; tabId: number; title: string };

export interface Replies {
  'save-changes': { ok: true; opIds: string[] };
  'sync-now': SyncOutcome | null;
  'dismiss-problem': { ok: true };
  'reset-copy': { ok: true };
  'mark-on-list': { ok: true };
}

/** Sends a request to the background and returns its typed reply. */
export async function ask<R extends Request>(request: R): Promise<Replies[R['type']]> {
  const reply = (await browser.runtime.sendMessage(request)) as Replies[R['type']] | { error: string } | undefined;
  if (reply && typeof reply === 'object' && 'error' in reply && typeof reply.error === 'string') throw new Error(reply.error);
  return reply as Replies[R['type']];
}

/** Saves changes through the background's queue (stored before the reply; synced right after). */
export async function saveChanges(changes: Change[]): Promise<string[]> {
  const reply = await ask({ type: 'save-changes', changes });
  if (!reply?.opIds) throw new Error('the background did not confirm the save');
  return reply.opIds;
}
