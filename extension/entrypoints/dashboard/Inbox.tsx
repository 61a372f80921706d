/** New finds from watched sources: take them onto the list or dismiss them, one click each. */
import type { Item } from '../../../shared/schema.ts';
import { dueDateOf } from '../../lib/deadlines.ts';
import { t } from '../../lib/i18n.ts';
import { saveChanges } from '../../lib/messages.ts';
import { DueLine } from '../../components/DueLine.tsx';
import { ItemLink } from '../../components/ItemLink.tsx';

export function Inbox({ items, now, save = saveChanges }: { items: Item[]; now: Date; save?: typeof saveChanges }) {
  if (items.length === 0) return <p class="empty">{t('inboxEmpty')}</p>;
  return (
    <ul class="deadline-list">
      {items.map((item) => {
        const due = dueDateOf(item, now);
        return (
          <li class="deadline-row" key={item.id}>
            <span class="kind-tag">{t(`kind_${item.kind}`)}</span>
            <div class="deadline-main">
              <ItemLink title={item.title} url={item.url} />
              {due && <DueLine due={due} />}
              {item.organizer && <span class="due-line">{item.organizer}</span>}
            </div>
            <div class="actions">
              <button type="button" onClick={() => void save([{ itemId: item.id, set: { status: 'watching' } }])}>
                {t('inboxWatch')}<span class="visually-hidden">: {item.title}</span>
              </button>
              <button type="button" onClick={() => void save([{ itemId: item.id, set: { status: 'dismissed' } }])}>
                {t('inboxDismiss')}<span class="visually-hidden">: {item.title}</span>
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
