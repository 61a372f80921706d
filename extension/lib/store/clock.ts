/**
 * This browser's sync identity and its hybrid logical clock (shared/sync's format): the last reading, the offset to the
 * service's clock and the highest hlc the service acknowledged (shared/sync/skew.ts).
 */
import type { ClientClockState } from '../../../shared/sync/skew.ts';
import { lazyItem } from './lazy-item.ts';

/** `clientId`: a UUID made on first use, the third part of every hlc this browser makes. */
export type ClientClock = ClientClockState;

export const clientClock = lazyItem<ClientClock>('local:clock', { fallback: { clientId: '', last: '' }, version: 1, migrations: {} });

/** The stored clock, with a client id made and stored on first use. Call it inside queue.ts's `serialized`. */
export async function readClientClock(): Promise<ClientClock> {
  const stored = await clientClock.getValue();
  if (stored.clientId) return stored;
  const fresh = { clientId: crypto.randomUUID(), last: '', acked: '' };
  await clientClock.setValue(fresh);
  return fresh;
}
