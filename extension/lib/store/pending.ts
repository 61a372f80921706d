/** Local edits not yet acknowledged by the service, oldest first. Written only by the background (queue.ts). */
import { storage } from '#imports';
import { lazyItem } from './lazy-item.ts';
import type { Op } from '../sync/ops.ts';

export const pendingOps = lazyItem('local:pendingOps', () => storage.defineItem<Op[]>('local:pendingOps', { fallback: [], version: 1, migrations: {} }));
