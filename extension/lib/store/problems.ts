/** Ops the service rejected, with its reason, until the user dismisses them (they are never retried). */
import { lazyItem } from './lazy-item.ts';
import type { Problem } from '../sync/ops.ts';

export const syncProblems = lazyItem<Problem[]>('local:problems', { fallback: [], version: 1, migrations: {} });
