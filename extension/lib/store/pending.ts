/** Local edits not yet acknowledged by the service, oldest first. Written only by the background (queue.ts). */
import { lazyItem } from './lazy-item.ts';
import type { Op } from '../sync/ops.ts';

export const pendingOps = lazyItem<Op[]>('local:pendingOps', { fallback: [], version: 1, migrations: {} });
