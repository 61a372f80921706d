/** Editing an item's deadlines: date, time, label and kind per deadline, with the sentence each came from. */
import { DEADLINE_KINDS } from '../../../shared/draft.ts';
import type { Deadline, DeadlineKind } from '../../../shared/schema.ts';
import { t } from '../../lib/i18n.ts';
import { Evidence } from './Evidence.tsx';

export function DeadlinesEditor(props: { idPrefix: string; deadlines: Deadline[]; evidence: (string | null)[]; onChange: (d: Deadline[]) => void }) {
  const { deadlines, idPrefix } = props;
  const set = (i: number, patch: Partial<Deadline>) => {
    const next = deadlines.map((d, j) => (j === i ? { ...d, ...patch } : d));
    props.onChange(next.map((d) => (d.time ? d : (({ time: _drop, ...rest }) => rest)(d))));
  };
  return (
    <div>
      {deadlines.length === 0 && <p class="hint">{t('noDeadlinesFound')}</p>}
      {deadlines.map((d, i) => (
        <div class="deadline-block" key={i}>
          <div class="deadline-edit" role="group" aria-label={t('deadlineNumber', [String(i + 1)])}>
            <input type="date" id={`${idPrefix}-deadline-${i}-date`} aria-label={t('deadlineDate')} value={d.date} onInput={(e) => set(i, { date: e.currentTarget.value })} />
            <input type="time" aria-label={t('deadlineTime')} value={d.time ?? ''} onInput={(e) => set(i, { time: e.currentTarget.value || undefined })} />
            <input type="text" aria-label={t('deadlineLabel')} placeholder={t('deadlineLabelPlaceholder')} value={d.label} onInput={(e) => set(i, { label: e.currentTarget.value })} />
            <select aria-label={t('deadlineKind')} value={d.kind} onChange={(e) => set(i, { kind: e.currentTarget.value as DeadlineKind })}>
              {DEADLINE_KINDS.map((k) => (
                <option value={k}>{t(`deadlineKind_${k}`)}</option>
              ))}
            </select>
            <button type="button" aria-label={t('removeDeadline', [String(i + 1)])} onClick={() => props.onChange(deadlines.filter((_, j) => j !== i))}>
              ✕
            </button>
          </div>
          <Evidence text={props.evidence[i]} />
        </div>
      ))}
      <button type="button" onClick={() => props.onChange([...deadlines, { date: '', label: '', kind: 'application' }])}>
        {t('addDeadline')}
      </button>
    </div>
  );
}
