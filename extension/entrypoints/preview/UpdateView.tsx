/**
 * Updating the item already on the list: the form starts from the saved item (corrections stay), and above it what
 * the page says now, field by field, each to accept or leave. Nothing of the page reaches the item unless ticked.
 */
import type { ClipFields, DraftItem } from '../../lib/clip/draft.ts';
import { applyChange, pageEvidence, type FieldChange } from '../../lib/clip/reclip.ts';
import { t } from '../../lib/i18n.ts';
import { ChangeList } from './ChangeList.tsx';
import { DraftForm } from './DraftForm.tsx';

export interface UpdateState {
  fields: ClipFields;
  accepted: string[];
}

export function UpdateView(props: { page: DraftItem; changes: FieldChange[]; update: UpdateState; errors: Record<string, string>; onChange: (next: UpdateState) => void }) {
  const { update, changes } = props;
  const toggle = (change: FieldChange, accept: boolean) =>
    props.onChange({
      fields: applyChange(update.fields, change, accept),
      accepted: accept ? [...update.accepted, change.id] : update.accepted.filter((id) => id !== change.id),
    });
  const form: DraftItem = { fields: update.fields, evidence: { deadlines: pageEvidence(update.fields.deadlines, props.page), start: null, end: null }, confidence: {} };
  return (
    <>
      <section class="page-changes" aria-labelledby="changes-heading">
        <h2 id="changes-heading">{t('pageChangesHeading')}</h2>
        {changes.length === 0 ? (
          <p>{t('pageChangesNone')}</p>
        ) : (
          <>
            <p class="hint">{t('pageChangesHint')}</p>
            <ChangeList changes={changes} accepted={update.accepted} page={props.page} onToggle={toggle} />
          </>
        )}
      </section>
      <section class="draft-card" aria-labelledby="item-0-heading">
        <header>
          <h2 id="item-0-heading">{t('savedEntryHeading')}</h2>
        </header>
        <DraftForm idPrefix="item-0" draft={form} errors={props.errors} onChange={(fields) => props.onChange({ ...update, fields })} />
      </section>
    </>
  );
}
