/** The dashboard: the team's list with search, filters and inline editing, the inbox, a calendar, the watched sources, and export. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { serviceClient, sourcesClient, type Member, type SourcesClient } from '../../lib/api.ts';
import { followChanges } from '../../lib/live-updates.ts';
import { ask } from '../../lib/messages.ts';
import { t, tn } from '../../lib/i18n.ts';
import { isConfigured } from '../../lib/store/settings.ts';
import { ProblemList } from '../../components/ProblemList.tsx';
import { SyncLine } from '../../components/SyncLine.tsx';
import { useWatchlist } from '../../components/use-store.ts';
import { Calendar } from './Calendar.tsx';
import { download, toCsv, toJson } from './export.ts';
import { allTags, applyFilter, DEFAULT_FILTER, inbox } from './filter.ts';
import { Inbox } from './Inbox.tsx';
import { Sources } from './Sources.tsx';
import { Toolbar } from './Toolbar.tsx';
import { WatchlistTable } from './WatchlistTable.tsx';

type View = 'list' | 'inbox' | 'calendar' | 'sources';
const VIEWS: View[] = ['list', 'inbox', 'calendar', 'sources'];

export function App({ now = () => new Date(), sourcesFor = sourcesClient }: { now?: () => Date; sourcesFor?: (url: string, token: string) => SourcesClient }) {
  const state = useWatchlist();
  const [filter, setFilter] = useState(DEFAULT_FILTER);
  const [view, setView] = useState<View>('list');
  const [members, setMembers] = useState<Member[]>([]);
  const focusId = /item=([\w-]+)/.exec(location.hash)?.[1] ?? null;
  const at = now();
  const list = useMemo(() => applyFilter(state.items, filter, at), [state.items, filter]);
  const newFinds = useMemo(() => inbox(state.items), [state.items]);
  const { serviceUrl, token } = state.settings;
  const sources = useMemo(() => (isConfigured(state.settings) ? sourcesFor(serviceUrl, token) : null), [serviceUrl, token]);

  useEffect(() => {
    const s = state.settings;
    if (!isConfigured(s)) return;
    // members only name the assignees; without the network the ids are shown
    serviceClient(s.serviceUrl, s.token).members().then(setMembers, () => undefined);
    // a colleague's change shows up at once while the dashboard is open: the background pulls on every change event
    const stop = new AbortController();
    void followChanges(s.serviceUrl, s.token, () => void ask({ type: 'sync-now' }).catch(() => undefined), stop.signal);
    return () => stop.abort();
  }, [state.settings.serviceUrl, state.settings.token]);

  function onTabKey(e: KeyboardEvent) {
    const i = VIEWS.indexOf(view);
    const next = e.key === 'ArrowRight' ? VIEWS[(i + 1) % VIEWS.length] : e.key === 'ArrowLeft' ? VIEWS[(i + VIEWS.length - 1) % VIEWS.length] : null;
    if (!next) return;
    e.preventDefault();
    setView(next);
    document.getElementById(`tab-${next}`)?.focus();
  }

  const stamp = at.toISOString().slice(0, 10);
  return (
    <main class="page dashboard">
      <header class="popup-header">
        <h1>{t('dashboardHeading')}</h1>
        <div class="actions">
          <button type="button" onClick={() => download(`callwatch-${stamp}.csv`, toCsv(list, members, at), 'text/csv;charset=utf-8')}>{t('exportCsv')}</button>
          <button type="button" onClick={() => download(`callwatch-${stamp}.json`, toJson(list), 'application/json')}>{t('exportJson')}</button>
        </div>
      </header>
      <SyncLine state={state} />
      <ProblemList problems={state.problems} />
      <div class="tabs" role="tablist" aria-label={t('viewsLabel')} onKeyDown={onTabKey}>
        {VIEWS.map((v) => (
          <button type="button" role="tab" id={`tab-${v}`} aria-selected={view === v} aria-controls={`panel-${v}`} tabIndex={view === v ? 0 : -1} onClick={() => setView(v)}>
            {v === 'inbox' ? t('viewInbox', [String(newFinds.length)]) : t(`view_${v}`)}
          </button>
        ))}
      </div>
      <section role="tabpanel" id={`panel-${view}`} aria-labelledby={`tab-${view}`}>
        {view === 'list' && (
          <>
            <Toolbar filter={filter} onChange={setFilter} tags={allTags(state.items)} members={members} />
            <p class="hint" role="status">{tn('countShown', state.items.length, [String(list.length)])}</p>
            <WatchlistTable items={list} members={members} now={at} focusId={focusId} />
          </>
        )}
        {view === 'inbox' && <Inbox items={newFinds} now={at} />}
        {view === 'calendar' && <Calendar items={state.items.filter((i) => i.status !== 'dismissed')} now={at} />}
        {view === 'sources' && <Sources client={sources} savedRole={state.settings.member?.role ?? null} />}
      </section>
    </main>
  );
}
