/** Local edits not yet acknowledged by the service, oldest first. Written only by the background (queue.ts). */
import { storage } from '#imports';
import type { Op } from '../sync/ops.ts';

export const pendingOps = storage.defineItem<Op[]>('local:pendingOps', { fallback: [], version: 1, migrations: {} });
