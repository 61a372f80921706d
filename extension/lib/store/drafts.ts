/** Clips between extraction and saving: kept in storage so closing the window loses nothing. */
import { lazyItem } from './lazy-item.ts';
import type { ClipDraft } from '../clip/draft.ts';

export const clipDrafts = lazyItem<Record<string, ClipDraft>>('local:clipDrafts', {
  fallback: {},
  version: 1,
  migrations: {},
});
