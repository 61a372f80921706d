/**
 * Own ops the service acknowledged whose result the local copy has not pulled yet (queue.ts): they leave the queue with
 * the push's answer but stay in what the pages show until the pull of the same round has brought the service's copy —
 * or a new entry would drop off the list, and an edited field show its old value, for the length of a pull.
 */
import { lazyItem } from './lazy-item.ts';
import type { Op } from '../sync/ops.ts';

export const sentOps = lazyItem<Op[]>('local:sentOps', { fallback: [], version: 1, migrations: {} });
