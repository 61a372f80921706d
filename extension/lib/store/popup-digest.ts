/** The popup's first-paint digest (see ../popup-digest.ts); written by the background only. */
import { lazyItem } from './lazy-item.ts';
import type { PopupDigest } from '../popup-digest.ts';

export const popupDigest = lazyItem<PopupDigest | null>('local:popupDigest', { fallback: null, version: 1, migrations: {} });
