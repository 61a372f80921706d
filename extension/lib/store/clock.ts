/** This browser's sync identity and hybrid logical clock (DESIGN.md: clientId is the third part of every hlc). */
import { storage } from '#imports';
import type { ClockState } from '../sync/hlc.ts';

export interface ClientClock extends ClockState {
  clientId: string;
}

export const clientClock = storage.defineItem<ClientClock>('local:clock', {
  init: () => ({ clientId: crypto.randomUUID(), wall: 0, counter: 0 }),
  version: 1,
  migrations: {},
});
