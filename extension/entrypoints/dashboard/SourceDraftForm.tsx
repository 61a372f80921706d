/**
 * The fields of a source of the team's own — name, address, kind, interval and (tucked away) CSS selectors — checked
 * before sending and showing the service's refusal at the fields it names. Used to add a source and to edit one.
 */
import { SOURCE_KINDS, type SourceKind } from '../../lib/api.ts';
import { t } from '../../lib/i18n.ts';
import { checkDraft, DRAFT_FIELDS, type Refusal, type SourceDraft } from './source-draft.ts';
import { useDraftForm } from './use-draft-form.ts';

export interface SourceDraftFormProps {
  /** prefix of the fields' ids; unique on the page ("source", "source-edit") */
  idPrefix: string;
  /** the id of the heading that names the form */
  labelledBy: string;
  initial: SourceDraft;
  submitLabel: string;
  /** sends the draft: null when it was taken, else why not (the input then stays as typed) */
  onSubmit: (draft: SourceDraft) => Promise<Refusal | null>;
  /** empties the form once a draft was taken (adding); an edit form is closed by its owner instead */
  resetOnSuccess?: boolean;
  onCancel?: () => void;
  /** puts the caret in the first field on opening (edit form) */
  autoFocus?: boolean;
}

export function SourceDraftForm({ idPrefix, labelledBy, initial, submitLabel, onSubmit, resetOnSuccess = false, onCancel, autoFocus = false }: SourceDraftFormProps) {
  const { draft, setDraft, problems, refusal, sending, submit, idOf } = useDraftForm<SourceDraft>({
    idPrefix, initial, order: DRAFT_FIELDS, check: checkDraft, onSubmit, resetOnSuccess, focusFirst: autoFocus ? 'name' : null,
  });

  const set = (name: keyof SourceDraft) => (e: Event) => setDraft({ ...draft, [name]: (e.currentTarget as HTMLInputElement).value });

  const field = (name: keyof SourceDraft) => ({
    id: idOf(name),
    'aria-invalid': problems[name] ? true : undefined,
    'aria-describedby': problems[name] ? `${idOf(name)}-problem` : undefined,
  });
  const problem = (name: keyof SourceDraft) => problems[name] && <p class="field-error" id={`${idOf(name)}-problem`}>{problems[name]}</p>;
  const selectorsOpen = Boolean(draft.itemSelector || draft.linkSelector || problems.itemSelector || problems.linkSelector);

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby={labelledBy}>
      {refusal && <p role="alert" class="error">{refusal}</p>}
      <div class="form-grid">
        <label for={idOf('name')}>{t('sourceColumnName')}</label>
        <div>
          <input type="text" {...field('name')} value={draft.name} onInput={set('name')} />
          {problem('name')}
        </div>
        <label for={idOf('url')}>{t('sourceUrlLabel')}</label>
        <div>
          <input type="url" {...field('url')} value={draft.url} onInput={set('url')} placeholder="https://" />
          {problem('url')}
        </div>
        <label for={idOf('kind')}>{t('sourceColumnKind')}</label>
        <div>
          <select {...field('kind')} value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.currentTarget.value as SourceKind })}>
            {SOURCE_KINDS.map((k) => (
              <option key={k} value={k}>{t(`sourceKind_${k}`)}</option>
            ))}
          </select>
          {problem('kind')}
        </div>
        <label for={idOf('every')}>{t('sourceColumnEvery')}</label>
        <div>
          <input type="text" {...field('every')} value={draft.every} onInput={set('every')} />
          <p class="hint">{t('sourceEveryHint')}</p>
          {problem('every')}
        </div>
      </div>
      <details open={selectorsOpen}>
        <summary>{t('sourceSelectorsHeading')}</summary>
        <p class="hint">{t('sourceSelectorsHint')}</p>
        <div class="form-grid">
          <label for={idOf('itemSelector')}>{t('sourceItemSelectorLabel')}</label>
          <div>
            <input type="text" {...field('itemSelector')} value={draft.itemSelector} onInput={set('itemSelector')} spellcheck={false} />
            {problem('itemSelector')}
          </div>
          <label for={idOf('linkSelector')}>{t('sourceLinkSelectorLabel')}</label>
          <div>
            <input type="text" {...field('linkSelector')} value={draft.linkSelector} onInput={set('linkSelector')} spellcheck={false} />
            {problem('linkSelector')}
          </div>
        </div>
      </details>
      <div class="actions">
        <button type="submit" class={onCancel ? 'primary' : undefined} disabled={sending}>{submitLabel}</button>
        {onCancel && <button type="button" onClick={onCancel}>{t('sourceEditCancel')}</button>}
      </div>
    </form>
  );
}
