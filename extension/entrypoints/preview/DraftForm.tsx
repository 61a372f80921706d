/** The preview form of one found item: every field editable; page text stays text. */
import type { ItemKind } from '../../../shared/schema.ts';
import type { ClipFields, DraftItem } from '../../lib/clip/draft.ts';
import { t } from '../../lib/i18n.ts';
import { uncertainFields } from '../../lib/clip/uncertain.ts';
import { DeadlinesEditor } from './DeadlinesEditor.tsx';
import { LearnedMarker } from './LearnedMarker.tsx';
import { Evidence } from './Evidence.tsx';
import { checkId, Uncertain } from './Uncertain.tsx';

/** Splits "YYYY-MM-DDTHH:MM" into its date and time inputs and joins them back; an uncertain date keeps its sentence one click away. */
function DateTimeInput(props: { id: string; label: string; value: string | null; evidence: string | null; uncertain: boolean; error?: string; onChange: (v: string | null) => void }) {
  const [date, time] = (props.value ?? '').split('T');
  const join = (d: string, tm: string) => props.onChange(d ? (tm ? `${d}T${tm}` : d) : null);
  return (
    <>
      <label for={props.id}>{props.label}</label>
      <div>
        <input id={props.id} type="date" value={date ?? ''} aria-describedby={props.uncertain ? checkId(props.id) : undefined} onInput={(e) => join(e.currentTarget.value, time ?? '')} />{' '}
        <input type="time" aria-label={t('timeOf', [props.label])} value={time ?? ''} onInput={(e) => join(date ?? '', e.currentTarget.value)} />
        {props.uncertain ? <Uncertain fieldId={props.id} label={props.label} evidence={props.evidence} /> : <Evidence text={props.evidence} />}
        <FieldError field="start" error={props.error} />
      </div>
    </>
  );
}

export function DraftForm(props: { idPrefix: string; draft: DraftItem; errors: Record<string, string>; onChange: (f: ClipFields) => void }) {
  const f = props.draft.fields;
  const id = (name: string) => `${props.idPrefix}-${name}`;
  const set = (patch: Partial<ClipFields>) => props.onChange({ ...f, ...patch });
  // fields the extractor was unsure of are marked "bitte prüfen" (not only by colour), so the rest can be trusted
  const uncertain = uncertainFields(props.draft.confidence);
  const describedBy = (name: string) => (uncertain.has(name) ? checkId(id(name)) : undefined);
  const check = (name: string, label: string, evidence?: string | null) => (
    <>
      {uncertain.has(name) && <Uncertain fieldId={id(name)} label={label} evidence={evidence} />}
      <LearnedMarker item={props.draft} field={name as 'title'} id={id(`${name}-learned`)} />
    </>
  );
  const text = (name: 'organizer' | 'location' | 'programme' | 'amount', label: string) => (
    <>
      <label for={id(name)}>{label}</label>
      <div>
        <input id={id(name)} type="text" value={f[name] ?? ''} aria-describedby={describedBy(name)} onInput={(e) => set({ [name]: e.currentTarget.value.trim() === '' ? null : e.currentTarget.value })} />
        {check(name, label, props.draft.evidence.fields?.[name])}
        <FieldError field={name} error={props.errors[name]} />
      </div>
    </>
  );
  return (
    <div class="form-grid">
      <label for={id('kind')}>{t('fieldKind')}</label>
      <div>
        <select id={id('kind')} value={f.kind} aria-describedby={describedBy('kind')} onChange={(e) => set({ kind: e.currentTarget.value as ItemKind })}>
          <option value="call">{t('kind_call')}</option>
          <option value="event">{t('kind_event')}</option>
        </select>
        {check('kind', t('fieldKind'))}
      </div>
      <label for={id('title')}>{t('fieldTitle')}</label>
      <div>
        <input id={id('title')} type="text" required value={f.title} onInput={(e) => set({ title: e.currentTarget.value })} aria-invalid={!!props.errors.title} aria-describedby={describedBy('title')} />
        {check('title', t('fieldTitle'), props.draft.evidence.fields?.title)}
        <FieldError field="title" error={props.errors.title} />
      </div>
      <span class="label" id={id('deadlines-label')}>
        <strong>{t('fieldDeadlines')}</strong>
      </span>
      <div role="group" aria-labelledby={id('deadlines-label')} aria-describedby={describedBy('deadlines')}>
        {check('deadlines', t('fieldDeadlines'))}
        <DeadlinesEditor idPrefix={props.idPrefix} deadlines={f.deadlines} evidence={props.draft.evidence.deadlines} onChange={(deadlines) => set({ deadlines })} />
        <FieldError field="deadlines" error={props.errors.deadlines} />
      </div>
      <DateTimeInput id={id('start')} label={t('fieldStart')} value={f.start} evidence={props.draft.evidence.start} uncertain={uncertain.has('start')} error={props.errors.start} onChange={(start) => set({ start })} />
      <DateTimeInput id={id('end')} label={t('fieldEnd')} value={f.end} evidence={props.draft.evidence.end} uncertain={uncertain.has('end')} error={props.errors.end} onChange={(end) => set({ end })} />
      {text('location', t('fieldLocation'))}
      {text('organizer', t('fieldOrganizer'))}
      {text('programme', t('fieldProgramme'))}
      {text('amount', t('fieldAmount'))}
      <label for={id('summary')}>{t('fieldSummary')}</label>
      <div>
        <textarea id={id('summary')} rows={4} maxLength={2000} value={f.summary} aria-describedby={describedBy('summary')} onInput={(e) => set({ summary: e.currentTarget.value })} />
        {check('summary', t('fieldSummary'))}
        <FieldError field="summary" error={props.errors.summary} />
      </div>
      <label for={id('tags')}>{t('fieldTags')}</label>
      <div>
        <input
          id={id('tags')}
          type="text"
          value={f.tags.join(', ')}
          aria-describedby={id('tags-hint')}
          onChange={(e) => set({ tags: e.currentTarget.value.split(',').map((s) => s.trim()).filter(Boolean) })}
        />
        <p class="hint" id={id('tags-hint')}>
          {t('tagsHint')}
        </p>
      </div>
      <label for={id('url')}>{t('fieldUrl')}</label>
      <div>
        <input id={id('url')} type="url" value={f.url ?? ''} onInput={(e) => set({ url: e.currentTarget.value.trim() || null })} />
        <FieldError field="url" error={props.errors.url} />
      </div>
    </div>
  );
}

// the schema's messages are English and technical: say what to do, in the UI language, and keep the detail
const HINTS: Record<string, string> = { title: 'errorTitle', deadlines: 'errorDeadlines', url: 'errorUrl', start: 'errorDate', end: 'errorDate' };

function FieldError({ error, field }: { error?: string; field: string }) {
  return error ? (
    <p class="field-error" role="alert">
      {HINTS[field] ? t(HINTS[field]) : t('errorField', [error])}
    </p>
  ) : null;
}
