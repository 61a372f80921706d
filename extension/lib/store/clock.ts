/** This browser's sync identity and the last reading of its hybrid logical clock (shared/sync's format). */
import { storage } from '#imports';
import { lazyItem } from './lazy-item.ts';

export interface ClientClock {
  /** a UUID made on first use; the third part of every hlc this browser makes */
  clientId: string;
  /** the last hlc this client made, '' before the first */
  last: string;
}

export const clientClock = lazyItem('local:clock', () => storage.defineItem<ClientClock>('local:clock', { fallback: { clientId: '', last: '' }, version: 1, migrations: {} }));

/** The stored clock, with a client id made and stored on first use. Call it inside queue.ts's `serialized`. */
export async function readClientClock(): Promise<ClientClock> {
  const stored = await clientClock.getValue();
  if (stored.clientId) return stored;
  const fresh = { clientId: crypto.randomUUID(), last: '' };
  await clientClock.setValue(fresh);
  return fresh;
}
