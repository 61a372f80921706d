/**
 * The dashboard: the team's list with search, filters and the full item editor (with history, delete and undo), new
 * items without a page, the inbox, a calendar, the watched sources, the team's administration (admins) and export.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { Item } from '../../../shared/schema.ts';
import { mailboxesClient, serviceClient, sourcesClient, teamClient, type MailboxesClient, type Member, type SourcesClient, type TeamClient } from '../../lib/api.ts';
import { followChanges } from '../../lib/live-updates.ts';
import { ask, saveChanges } from '../../lib/messages.ts';
import { t, tn } from '../../lib/i18n.ts';
import { isConfigured } from '../../lib/store/settings.ts';
import { ProblemList } from '../../components/ProblemList.tsx';
import { SyncLine } from '../../components/SyncLine.tsx';
import { useWatchlist } from '../../components/use-store.ts';
import { Calendar } from './Calendar.tsx';
import { download, toCsv, toJson } from './export.ts';
import { allTags, applyFilter, DEFAULT_FILTER, inbox } from './filter.ts';
import { Inbox } from './Inbox.tsx';
import { NewItem } from './NewItem.tsx';
import { Sources } from './Sources.tsx';
import { TeamAdmin } from './TeamAdmin.tsx';
import { SiteProfiles, type ProfilesClient } from './SiteProfiles.tsx';
import { Mailboxes } from './Mailboxes.tsx';
import { PdfDrop } from './PdfDrop.tsx';
import { Toolbar } from './Toolbar.tsx';
import { UndoLine } from './UndoLine.tsx';
import { WatchlistTable } from './WatchlistTable.tsx';

type View = 'list' | 'inbox' | 'calendar' | 'sources' | 'team';

export interface AppProps {
  now?: () => Date;
  sourcesFor?: (url: string, token: string) => SourcesClient;
  teamFor?: (url: string, token: string) => TeamClient;
  /** the team's site profiles (admins, in the Team tab) */
  profilesFor?: (url: string, token: string) => ProfilesClient;
  /** the team's mailboxes (admins, in the Team tab) */
  mailboxesFor?: (url: string, token: string) => MailboxesClient;
  save?: typeof saveChanges;
}

export function App({ now = () => new Date(), sourcesFor = sourcesClient, teamFor = teamClient, profilesFor = serviceClient as (url: string, token: string) => ProfilesClient, mailboxesFor = mailboxesClient, save = saveChanges }: AppProps) {
  const state = useWatchlist();
  const [filter, setFilter] = useState(DEFAULT_FILTER);
  const [view, setView] = useState<View>('list');
  const [members, setMembers] = useState<Member[]>([]);
  const [open, setOpen] = useState<string | null>(() => /item=([\w-]+)/.exec(location.hash)?.[1] ?? null);
  const [deleted, setDeleted] = useState<{ id: string; title: string } | null>(null);
  const memberId = state.settings.member?.id ?? null;
  const isAdmin = state.settings.member?.role === 'admin';
  const views: View[] = isAdmin ? ['list', 'inbox', 'calendar', 'sources', 'team'] : ['list', 'inbox', 'calendar', 'sources'];
  const at = now();
  const list = useMemo(() => applyFilter(state.items, filter, at, memberId), [state.items, filter, memberId]);
  const newFinds = useMemo(() => inbox(state.items), [state.items]);
  const { serviceUrl, token } = state.settings;
  const sources = useMemo(() => (isConfigured(state.settings) ? sourcesFor(serviceUrl, token) : null), [serviceUrl, token]);
  const team = useMemo(() => (isConfigured(state.settings) ? teamFor(serviceUrl, token) : null), [serviceUrl, token]);
  const mailboxes = useMemo(() => (isConfigured(state.settings) ? mailboxesFor(serviceUrl, token) : null), [serviceUrl, token]);
  const siteProfiles = useMemo(() => (isConfigured(state.settings) ? profilesFor(serviceUrl, token) : null), [serviceUrl, token]);
  const loadHistory = useMemo(() => (team ? (id: string) => team.history(id) : null), [team]);
  // members name the assignees (without the network the ids are shown) and fill the team's administration
  const loadMembers = useCallback(() => void team?.members().then(setMembers, () => undefined), [team]);

  function remove(item: Item) {
    void save([{ itemId: item.id, set: { deleted: true } }]).then(() => {
      setOpen(null);
      setDeleted({ id: item.id, title: item.title });
    });
  }

  function undo() {
    if (!deleted) return;
    const { id } = deleted;
    setDeleted(null);
    // a newer op than the delete: the clock of the queue only moves forward
    void save([{ itemId: id, set: { deleted: false } }]).then(() => setOpen(id));
  }

  useEffect(() => {
    const s = state.settings;
    if (!isConfigured(s)) return;
    loadMembers();
    // opening the dashboard is a moment to catch up: pending changes go out, colleagues' changes come in
    void ask({ type: 'sync-now' }).catch(() => undefined);
    // a colleague's change shows up at once while the dashboard is open: the background pulls on every change event
    const stop = new AbortController();
    void followChanges(s.serviceUrl, s.token, () => void ask({ type: 'sync-now' }).catch(() => undefined), stop.signal);
    return () => stop.abort();
  }, [state.settings.serviceUrl, state.settings.token]);

  function onTabKey(e: KeyboardEvent) {
    const i = views.indexOf(view);
    const next = e.key === 'ArrowRight' ? views[(i + 1) % views.length] : e.key === 'ArrowLeft' ? views[(i + views.length - 1) % views.length] : null;
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
      <PdfDrop />
      <div class="tabs" role="tablist" aria-label={t('viewsLabel')} onKeyDown={onTabKey}>
        {views.map((v) => (
          <button type="button" role="tab" id={`tab-${v}`} aria-selected={view === v} aria-controls={`panel-${v}`} tabIndex={view === v ? 0 : -1} onClick={() => setView(v)}>
            {v === 'inbox' ? t('viewInbox', [String(newFinds.length)]) : t(`view_${v}`)}
          </button>
        ))}
      </div>
      <section role="tabpanel" id={`panel-${view}`} aria-labelledby={`tab-${view}`}>
        {view === 'list' && (
          <>
            <NewItem save={save} onCreated={(id) => { setFilter({ ...DEFAULT_FILTER, sort: filter.sort }); setOpen(id); }} />
            <Toolbar filter={filter} onChange={setFilter} tags={allTags(state.items)} members={members} canFilterMine={memberId !== null} />
            <p class="hint" role="status">{tn('countShown', state.items.length, [String(list.length)])}</p>
            <UndoLine deleted={deleted} onUndo={undo} onExpire={() => setDeleted(null)} />
            <WatchlistTable
              items={list}
              members={members}
              now={at}
              save={save}
              open={open}
              setOpen={setOpen}
              loadHistory={loadHistory}
              onDelete={remove}
              emptyText={filter.assignee === 'mine' && state.items.every((i) => i.deleted || i.assignee !== memberId) ? t('nothingMine') : undefined}
            />
          </>
        )}
        {view === 'inbox' && <Inbox items={newFinds} now={at} />}
        {view === 'calendar' && <Calendar items={state.items.filter((i) => i.status !== 'dismissed')} now={at} />}
        {view === 'sources' && <Sources client={sources} savedRole={state.settings.member?.role ?? null} />}
        {view === 'team' && team && <TeamAdmin client={team} members={members} myId={memberId} serviceUrl={serviceUrl} onChanged={loadMembers} />}
        {view === 'team' && siteProfiles && <SiteProfiles client={siteProfiles} />}
        {view === 'team' && mailboxes && <Mailboxes client={mailboxes} />}
      </section>
    </main>
  );
}
