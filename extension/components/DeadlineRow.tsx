/** One row of the popup's list: countdown, title (opens the page), date line, status. */
import type { DueDate } from '../lib/deadlines.ts';
import { saveChanges } from '../lib/messages.ts';
import { t } from '../lib/i18n.ts';
import { Countdown } from './Countdown.tsx';
import { DueLine } from './DueLine.tsx';
import { ItemLink } from './ItemLink.tsx';
import { StatusSelect } from './StatusSelect.tsx';

export function DeadlineRow({ due, save = saveChanges }: { due: DueDate; save?: typeof saveChanges }) {
  const { item } = due;
  return (
    <li class={`deadline-row urgency-${due.countdown.urgency}`} data-item-id={item.id}>
      <Countdown value={due.countdown} />
      <div class="deadline-main">
        <ItemLink title={item.title} url={item.url} />
        <DueLine due={due} />
        <span class="kind-tag">{t(`kind_${item.kind}`)}</span>
      </div>
      <StatusSelect id={`status-${item.id}`} value={item.status} title={item.title} onChange={(status) => void save([{ itemId: item.id, set: { status } }])} />
    </li>
  );
}
