/** The toolbar popup: clip this page, and the team's next deadlines from the local copy (never waits for the network). */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Browser } from '#imports';
import { upcoming } from '../../lib/deadlines.ts';
import { t, tn } from '../../lib/i18n.ts';
import { isConfigured } from '../../lib/store/settings.ts';
import { popupFilter } from '../../lib/store/popup-filter.ts';
import { DeadlineRow } from '../../components/DeadlineRow.tsx';
import { FilterBar, type PopupFilter } from '../../components/FilterBar.tsx';
import { ProblemList } from '../../components/ProblemList.tsx';
import { SyncLine } from '../../components/SyncLine.tsx';
import { useWatchlist } from '../../components/use-store.ts';
import { ClipPanel } from './ClipPanel.tsx';
import { UnsavedClips } from './UnsavedClips.tsx';
import { WaitingPdfs } from './WaitingPdfs.tsx';

const MAX_ROWS = 50;

export function App({ tab, now = () => new Date(), initialFilter }: { tab: Browser.tabs.Tab | null; now?: () => Date; initialFilter: PopupFilter }) {
  const state = useWatchlist();
  const [filter, setFilter] = useState(initialFilter);
  const memberId = state.settings.member?.id ?? null;
  const list = useMemo(() => {
    const items = state.items.filter((item) => (filter.kind === 'all' || item.kind === filter.kind) && (filter.who === 'all' || item.assignee === memberId));
    return upcoming(items, now());
  }, [state.items, filter, memberId]);

  useEffect(() => {
    void popupFilter.setValue(filter);
  }, [filter]);

  return (
    <main class="popup">
      <header class="popup-header">
        <h1>{t('popupHeading')}</h1>
        <nav aria-label={t('navLabel')}>
          <a href="/dashboard.html" target="_blank">
            {t('openDashboard')}
          </a>
          <a href="/options.html" target="_blank">
            {t('openOptions')}
          </a>
        </nav>
      </header>
      {state.loaded && !isConfigured(state.settings) && (
        <p class="hint setup-hint">
          {t('setupHint')}{' '}
          <a href="/options.html" target="_blank">
            {t('openOptions')}
          </a>
        </p>
      )}
      <ClipPanel tab={tab} items={state.items} />
      <UnsavedClips />
      <WaitingPdfs />
      <ProblemList problems={state.problems} />
      <FilterBar filter={filter} onChange={setFilter} canFilterMine={memberId !== null} />
      <h2 class="list-heading" id="deadlines-heading">
        {t('nextDeadlines')}
      </h2>
      {state.loaded && list.length === 0 && (
        <p class="empty">{filter.who === 'mine' && !state.items.some((i) => !i.deleted && i.assignee === memberId) ? t('nothingMine') : t('noDeadlines')}</p>
      )}
      <ul class="deadline-list" aria-labelledby="deadlines-heading">
        {list.slice(0, MAX_ROWS).map((due) => (
          <DeadlineRow key={due.item.id} due={due} />
        ))}
      </ul>
      {!state.preview && list.length > MAX_ROWS && (
        <p class="more">
          <a href="/dashboard.html" target="_blank">
            {tn('moreInDashboard', list.length - MAX_ROWS)}
          </a>
        </p>
      )}
      <SyncLine state={state} />
    </main>
  );
}
