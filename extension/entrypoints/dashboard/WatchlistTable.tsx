import { Fragment } from 'preact';
/** The team's list: one row per item with inline status and assignee; "Details" opens the item's full editor. */
import type { Item } from '../../../shared/schema.ts';
import type { HistoryEntry, Member } from '../../lib/api.ts';
import { dueDateOf } from '../../lib/deadlines.ts';
import { t, tn } from '../../lib/i18n.ts';
import { saveChanges } from '../../lib/messages.ts';
import { Countdown } from '../../components/Countdown.tsx';
import { DueLine } from '../../components/DueLine.tsx';
import { ItemLink } from '../../components/ItemLink.tsx';
import { StatusSelect } from '../../components/StatusSelect.tsx';
import { ItemEditor } from './ItemEditor.tsx';

export interface WatchlistTableProps {
  items: Item[];
  members: Member[];
  now: Date;
  save?: typeof saveChanges;
  /** the item whose editor is open */
  open: string | null;
  setOpen: (id: string | null) => void;
  loadHistory: ((id: string) => Promise<HistoryEntry[]>) | null;
  onDelete: (item: Item) => void;
  /** what an empty list says */
  emptyText?: string;
}

export function WatchlistTable({ items, members, now, save = saveChanges, open, setOpen, loadHistory, onDelete, emptyText }: WatchlistTableProps) {
  if (items.length === 0) return <p class="empty">{emptyText ?? t('nothingFound')}</p>;
  return (
    <table class="watchlist">
      <caption class="visually-hidden">{tn('watchlistCaption', items.length)}</caption>
      <thead>
        <tr>
          <th scope="col">{t('columnDue')}</th>
          <th scope="col">{t('columnItem')}</th>
          <th scope="col">{t('columnStatus')}</th>
          <th scope="col">{t('columnAssignee')}</th>
          <th scope="col"><span class="visually-hidden">{t('columnDetails')}</span></th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          const due = dueDateOf(item, now);
          const expanded = open === item.id;
          // the key sits on the pair of rows: an open editor stays with its item when the list is re-sorted
          return (
            <Fragment key={item.id}>
              <tr id={`item-${item.id}`}>
                <td>{due ? <Countdown value={due.countdown} /> : '–'}</td>
                <td>
                  <ItemLink title={item.title} url={item.url} />
                  <div class="due-line">
                    {t(`kind_${item.kind}`)}
                    {item.organizer ? ` · ${item.organizer}` : ''}
                    {item.programme ? ` · ${item.programme}` : ''}
                  </div>
                  {due && <DueLine due={due} />}
                </td>
                <td>
                  <StatusSelect id={`dash-status-${item.id}`} value={item.status} title={item.title} onChange={(status) => void save([{ itemId: item.id, set: { status } }])} />
                </td>
                <td>
                  <select aria-label={t('assigneeFor', [item.title])} value={item.assignee ?? ''} onChange={(e) => void save([{ itemId: item.id, set: { assignee: e.currentTarget.value || null } }])}>
                    <option value="">{t('nobody')}</option>
                    {members.map((m) => <option value={m.id}>{m.name}</option>)}
                    {item.assignee && !members.some((m) => m.id === item.assignee) && <option value={item.assignee}>{item.assignee}</option>}
                  </select>
                </td>
                <td>
                  <button type="button" aria-expanded={expanded} aria-controls={`details-${item.id}`} onClick={() => setOpen(expanded ? null : item.id)}>
                    {expanded ? t('hideDetails') : t('showDetails')}
                    <span class="visually-hidden">: {item.title}</span>
                  </button>
                </td>
              </tr>
              {expanded && (
                <tr class="row-details" id={`details-${item.id}`}>
                  <td colSpan={5}>
                    <ItemEditor item={item} save={save} loadHistory={loadHistory} onDelete={onDelete} />
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}
