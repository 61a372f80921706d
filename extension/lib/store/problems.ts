/** Ops the service rejected, with its reason, until the user dismisses them (they are never retried). */
import { storage } from '#imports';
import type { Problem } from '../sync/ops.ts';

export const syncProblems = storage.defineItem<Problem[]>('local:problems', { fallback: [], version: 1, migrations: {} });
