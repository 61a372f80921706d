/**
 * A saved item, corrected in the dashboard: every field the team keeps (kind, title, deadlines, start/end, place,
 * organizer, programme, amount, summary, address, watch, notes, tags), checked with the shared schema before one op
 * with only the changed fields is queued; delete (with "Rückgängig" in the list) and the item's history.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Item, ItemKind } from '../../../shared/schema.ts';
import { canonicalJson } from '../../../shared/sync/canonical.ts';
import type { HistoryEntry } from '../../lib/api.ts';
import { t } from '../../lib/i18n.ts';
import type { saveChanges } from '../../lib/messages.ts';
import { DeadlinesEditor } from '../preview/DeadlinesEditor.tsx';
import { changedFields, editFieldsOf, ERROR_HINTS, validateEdit, type EditFields } from './item-edit.ts';
import { ItemHistory } from './ItemHistory.tsx';

const splitTags = (text: string) => text.split(',').map((s) => s.trim()).filter(Boolean);

function FieldError({ id, error, field }: { id: string; error?: string; field: string }) {
  if (!error) return null;
  return (
    <p class="field-error" id={id}>
      {ERROR_HINTS[field] ? t(ERROR_HINTS[field]) : t('errorField', [error])}
    </p>
  );
}

/** A date with an optional time ("YYYY-MM-DD" or "YYYY-MM-DDTHH:MM"); empty date = no value. */
function DateTime(props: { id: string; label: string; value: string | null; invalid: boolean; describedBy?: string; onChange: (v: string | null) => void }) {
  const [date, time] = (props.value ?? '').split('T');
  const join = (d: string, tm: string) => props.onChange(d ? (tm ? `${d}T${tm}` : d) : null);
  return (
    <span class="date-time">
      <input id={props.id} type="date" value={date ?? ''} aria-invalid={props.invalid} aria-describedby={props.describedBy} onInput={(e) => join(e.currentTarget.value, time ?? '')} />{' '}
      <input type="time" aria-label={t('timeOf', [props.label])} value={time ?? ''} onInput={(e) => join(date ?? '', e.currentTarget.value)} />
    </span>
  );
}

export interface ItemEditorProps {
  item: Item;
  save: typeof saveChanges;
  /** loads the item's history; null without a connection */
  loadHistory: ((id: string) => Promise<HistoryEntry[]>) | null;
  onDelete: (item: Item) => void;
}

export function ItemEditor({ item, save, loadHistory, onDelete }: ItemEditorProps) {
  const [base, setBase] = useState(item);
  const [fields, setFields] = useState<EditFields>(() => editFieldsOf(item));
  const [tagsText, setTagsText] = useState(item.tags.join(', '));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');
  const statusRef = useRef<HTMLSpanElement>(null);
  const current = { ...fields, tags: splitTags(tagsText) };
  const dirty = canonicalJson(current) !== canonicalJson(editFieldsOf(base));

  // a colleague's change shows while nothing is being edited here. A layout effect runs in the same task as the render
  // that brought the change, so no edit made in between (a choice in "Art" right after the form opened) is overwritten.
  useLayoutEffect(() => {
    if (dirty || item === base) return;
    setBase(item);
    setFields(editFieldsOf(item));
    setTagsText(item.tags.join(', '));
  }, [item]);

  const p = `edit-${item.id}`;
  const set = (patch: Partial<EditFields>) => {
    setFields((now) => ({ ...now, ...patch }));
    setStatus('');
  };
  const err = (field: string) => ({ error: errors[field], field, id: `${p}-${field}-error` });
  const invalid = (field: string) => ({ 'aria-invalid': !!errors[field], 'aria-describedby': errors[field] ? `${p}-${field}-error` : undefined });
  const text = (name: 'location' | 'organizer' | 'programme' | 'amount', label: string) => (
    <>
      <label for={`${p}-${name}`}>{label}</label>
      <div>
        <input id={`${p}-${name}`} type="text" value={fields[name] ?? ''} {...invalid(name)} onInput={(e) => set({ [name]: e.currentTarget.value.trim() === '' ? null : e.currentTarget.value })} />
        <FieldError {...err(name)} />
      </div>
    </>
  );

  function submit(e: Event) {
    e.preventDefault();
    const problems = validateEdit(current);
    setErrors(problems);
    if (Object.keys(problems).length > 0) {
      setStatus(t('editInvalid'));
      return;
    }
    const changes = changedFields(item, current);
    if (Object.keys(changes).length === 0) return;
    void save([{ itemId: item.id, set: changes }]).then(
      () => {
        setBase({ ...item, ...changes });
        setStatus(t('saved'));
        statusRef.current?.focus();
      },
      () => setStatus(t('editNotSaved')),
    );
  }

  return (
    <div class="item-editor">
      <form class="form-grid" aria-label={t('editItem', [item.title])} onSubmit={submit} noValidate>
        <label for={`${p}-kind`}>{t('fieldKind')}</label>
        <select id={`${p}-kind`} value={fields.kind} onChange={(e) => set({ kind: e.currentTarget.value as ItemKind })}>
          <option value="call">{t('kind_call')}</option>
          <option value="event">{t('kind_event')}</option>
        </select>
        <label for={`${p}-title`}>{t('fieldTitle')}</label>
        <div>
          <input id={`${p}-title`} type="text" required value={fields.title} {...invalid('title')} onInput={(e) => set({ title: e.currentTarget.value })} />
          <FieldError {...err('title')} />
        </div>
        <span class="label" id={`${p}-deadlines-label`}>
          <strong>{t('fieldDeadlines')}</strong>
        </span>
        <div role="group" aria-labelledby={`${p}-deadlines-label`}>
          <DeadlinesEditor idPrefix={p} deadlines={fields.deadlines} evidence={[]} onChange={(deadlines) => set({ deadlines })} />
          <FieldError {...err('deadlines')} />
        </div>
        <label for={`${p}-start`}>{t('fieldStart')}</label>
        <div>
          <DateTime id={`${p}-start`} label={t('fieldStart')} value={fields.start} invalid={!!errors.start} describedBy={invalid('start')['aria-describedby']} onChange={(start) => set({ start })} />
          <FieldError {...err('start')} />
        </div>
        <label for={`${p}-end`}>{t('fieldEnd')}</label>
        <div>
          <DateTime id={`${p}-end`} label={t('fieldEnd')} value={fields.end} invalid={!!errors.end} describedBy={invalid('end')['aria-describedby']} onChange={(end) => set({ end })} />
          <FieldError {...err('end')} />
        </div>
        {text('location', t('fieldLocation'))}
        {text('organizer', t('fieldOrganizer'))}
        {text('programme', t('fieldProgramme'))}
        {text('amount', t('fieldAmount'))}
        <label for={`${p}-summary`}>{t('fieldSummary')}</label>
        <div>
          <textarea id={`${p}-summary`} rows={3} value={fields.summary} {...invalid('summary')} onInput={(e) => set({ summary: e.currentTarget.value })} />
          <FieldError {...err('summary')} />
        </div>
        <label for={`${p}-url`}>{t('fieldUrl')}</label>
        <div>
          <input id={`${p}-url`} type="url" value={fields.url ?? ''} {...invalid('url')} onInput={(e) => set({ url: e.currentTarget.value.trim() || null })} />
          <FieldError {...err('url')} />
        </div>
        <span />
        <label class="check">
          <input id={`${p}-watch`} type="checkbox" checked={fields.watch} onChange={(e) => set({ watch: e.currentTarget.checked })} /> {t('fieldWatch')}
        </label>
        <label for={`notes-${item.id}`}>{t('fieldNotes')}</label>
        <div>
          <textarea id={`notes-${item.id}`} rows={3} value={fields.notes} {...invalid('notes')} onInput={(e) => set({ notes: e.currentTarget.value })} />
          <FieldError {...err('notes')} />
        </div>
        <label for={`tags-${item.id}`}>{t('fieldTags')}</label>
        <div>
          <input id={`tags-${item.id}`} type="text" value={tagsText} aria-describedby={`${p}-tags-hint`} onInput={(e) => { setTagsText(e.currentTarget.value); setStatus(''); }} />
          <p class="hint" id={`${p}-tags-hint`}>{t('tagsHint')}</p>
          <FieldError {...err('tags')} />
        </div>
        <span />
        <div class="actions">
          <button type="submit" class="primary" disabled={!dirty}>{t('save')}</button>
          <button type="button" class="danger" onClick={() => onDelete(item)}>
            {t('deleteItem')}
          </button>
          <span role="status" tabIndex={-1} ref={statusRef} class={Object.keys(errors).length > 0 ? 'error' : 'status-ok'}>{status}</span>
        </div>
      </form>
      <ItemHistory itemId={item.id} title={item.title} load={loadHistory} key={item.rev} />
    </div>
  );
}
