/** The team-wide status of an item, changed in one step. */
import type { ItemStatus } from '../../shared/schema.ts';
import { t } from '../lib/i18n.ts';

export const STATUSES: ItemStatus[] = ['new', 'watching', 'applying', 'submitted', 'done', 'dismissed'];

/** The words for a status ("Neu", "Beobachten", …). */
export function statusLabel(status: ItemStatus): string {
  return t(`status_${status}`);
}

export function StatusSelect(props: { id: string; value: ItemStatus; title: string; onChange: (status: ItemStatus) => void }) {
  return (
    <select
      id={props.id}
      class="status-select"
      aria-label={t('statusFor', [props.title])}
      value={props.value}
      onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value as ItemStatus)}
    >
      {STATUSES.map((s) => (
        <option value={s}>{statusLabel(s)}</option>
      ))}
    </select>
  );
}
