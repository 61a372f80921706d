/** What the page says now against the saved item: one checkbox per difference, old → new; only ticked ones are applied. */
import type { Deadline } from '../../../shared/schema.ts';
import type { ClipFields, DraftItem } from '../../lib/clip/draft.ts';
import { pageEvidence, type FieldChange, type ValueField } from '../../lib/clip/reclip.ts';
import { formatDay } from '../../lib/format.ts';
import { FIELD_LABELS } from '../../lib/field-labels.ts';
import { t } from '../../lib/i18n.ts';
import { Evidence } from './Evidence.tsx';


function valueText(field: ValueField, value: ClipFields[ValueField]): string {
  if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) return t('changeEmpty');
  if (field === 'kind') return t(`kind_${value as string}`);
  if (Array.isArray(value)) return value.join(', ');
  if (field === 'start' || field === 'end') {
    const [date, time] = (value as string).split('T');
    return formatDay(date, time);
  }
  return value as string;
}

const deadlineName = (d: Deadline) => d.label || t(`deadlineKind_${d.kind}`);
const deadlineDay = (d: Deadline) => formatDay(d.date, d.time);

/** Old and new value side by side; a screen reader hears "bisher … jetzt auf der Seite …" instead of an arrow. */
function OldNew({ from, to }: { from: string; to: string }) {
  return (
    <span class="change-values">
      <span class="visually-hidden">{t('changeBefore')} </span>
      <span class="change-old">{from}</span> <span aria-hidden="true">→</span> <span class="visually-hidden">{t('changeNow')} </span>
      <span class="change-new">{to}</span>
    </span>
  );
}

function ChangeText({ change }: { change: FieldChange }) {
  if (change.type === 'value')
    return (
      <>
        <strong>{t(FIELD_LABELS[change.field])}:</strong> <OldNew from={valueText(change.field, change.from)} to={valueText(change.field, change.to)} />
      </>
    );
  if (change.type === 'deadline-added')
    return (
      <>
        <strong>{t('changeDeadlineAdded')}</strong> {deadlineName(change.deadline)}, {deadlineDay(change.deadline)}
      </>
    );
  return (
    <>
      <strong>{t('changeDeadlineMoved', [deadlineName(change.from)])}</strong> <OldNew from={deadlineDay(change.from)} to={deadlineDay(change.to)} />
    </>
  );
}

export function ChangeList(props: { changes: FieldChange[]; accepted: readonly string[]; page: DraftItem; onToggle: (change: FieldChange, accept: boolean) => void }) {
  return (
    <ul class="change-list">
      {props.changes.map((change, i) => {
        const dated = change.type === 'deadline-added' ? change.deadline : change.type === 'deadline-moved' ? change.to : null;
        return (
          <li key={change.id}>
            <input type="checkbox" id={`change-${i}`} checked={props.accepted.includes(change.id)} onChange={(e) => props.onToggle(change, e.currentTarget.checked)} />
            <label for={`change-${i}`}>
              <ChangeText change={change} />
            </label>
            {dated && <Evidence text={pageEvidence([dated], props.page)[0]} />}
          </li>
        );
      })}
    </ul>
  );
}
