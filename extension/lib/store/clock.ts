/** This browser's sync identity and the last reading of its hybrid logical clock (shared/sync's format). */
import { storage } from '#imports';

export interface ClientClock {
  clientId: string;
  /** the last hlc this client made or observed, '' before the first */
  last: string;
}

export const clientClock = storage.defineItem<ClientClock>('local:clock', {
  init: () => ({ clientId: crypto.randomUUID(), last: '' }),
  version: 1,
  migrations: {},
});
