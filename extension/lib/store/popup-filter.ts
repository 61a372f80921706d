/** The popup's last filter choice, so it opens the way the user left it. */
import { lazyItem } from './lazy-item.ts';
import type { PopupFilter } from '../../components/FilterBar.tsx';

export const popupFilter = lazyItem<PopupFilter>('local:popupFilter', { fallback: { who: 'all', kind: 'all' }, version: 1, migrations: {} });
