/** Search, filters and sort of the dashboard. */
import type { ItemStatus } from '../../../shared/schema.ts';
import type { Member } from '../../lib/api.ts';
import { t } from '../../lib/i18n.ts';
import { STATUSES, statusLabel } from '../../components/StatusSelect.tsx';
import type { DashboardFilter } from './filter.ts';

export function Toolbar({ filter, onChange, tags, members, canFilterMine = false }: { filter: DashboardFilter; onChange: (f: DashboardFilter) => void; tags: string[]; members: Member[]; canFilterMine?: boolean }) {
  const set = (patch: Partial<DashboardFilter>) => onChange({ ...filter, ...patch });
  return (
    <div class="toolbar" role="search">
      <label>
        {t('search')}
        <input type="search" value={filter.query} placeholder={t('searchPlaceholder')} onInput={(e) => set({ query: e.currentTarget.value })} />
      </label>
      <label>
        {t('filterKind')}
        <select value={filter.kind} onChange={(e) => set({ kind: e.currentTarget.value as DashboardFilter['kind'] })}>
          <option value="all">{t('filterAllKinds')}</option>
          <option value="call">{t('filterCalls')}</option>
          <option value="event">{t('filterEvents')}</option>
        </select>
      </label>
      <label>
        {t('columnStatus')}
        <select value={filter.status} onChange={(e) => set({ status: e.currentTarget.value as DashboardFilter['status'] })}>
          <option value="open">{t('statusOpen')}</option>
          <option value="all">{t('statusAll')}</option>
          {STATUSES.map((s: ItemStatus) => <option value={s}>{statusLabel(s)}</option>)}
        </select>
      </label>
      <label>
        {t('columnAssignee')}
        <select value={filter.assignee} onChange={(e) => set({ assignee: e.currentTarget.value })}>
          <option value="all">{t('assigneeAll')}</option>
          <option value="none">{t('nobody')}</option>
          {canFilterMine && <option value="mine">{t('filterMine')}</option>}
          {members.map((m) => <option value={m.id}>{m.name}</option>)}
        </select>
      </label>
      <label>
        {t('tag')}
        <select value={filter.tag} onChange={(e) => set({ tag: e.currentTarget.value })}>
          <option value="">{t('tagAll')}</option>
          {tags.map((tag) => <option value={tag}>{tag}</option>)}
        </select>
      </label>
      <label>
        {t('dueWithin')}
        <select value={filter.dueWithin === null ? '' : String(filter.dueWithin)} onChange={(e) => set({ dueWithin: e.currentTarget.value === '' ? null : Number(e.currentTarget.value) })}>
          <option value="">{t('dueAny')}</option>
          {[7, 14, 30, 90].map((n) => <option value={String(n)}>{t('dueDays', [String(n)])}</option>)}
        </select>
      </label>
      <label>
        {t('sort')}
        <select value={filter.sort} onChange={(e) => set({ sort: e.currentTarget.value as DashboardFilter['sort'] })}>
          <option value="due">{t('sortDue')}</option>
          <option value="title">{t('sortTitle')}</option>
          <option value="updated">{t('sortUpdated')}</option>
          <option value="status">{t('sortStatus')}</option>
        </select>
      </label>
    </div>
  );
}
