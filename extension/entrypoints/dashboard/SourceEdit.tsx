/** "Quelle bearbeiten" (admins): the add form's fields filled with the source; only changed fields are sent. */
import type { WatchedSource } from '../../lib/api.ts';
import { t } from '../../lib/i18n.ts';
import { draftOf, type Refusal, type SourceDraft } from './source-draft.ts';
import { SourceDraftForm } from './SourceDraftForm.tsx';

export interface SourceEditProps {
  source: WatchedSource;
  /** saves the edited draft: null when the service took it, else why not */
  onSave: (source: WatchedSource, draft: SourceDraft) => Promise<Refusal | null>;
  onCancel: () => void;
}

export function SourceEdit({ source, onSave, onCancel }: SourceEditProps) {
  const headingId = `source-edit-heading-${source.id}`;
  return (
    // the row just above names the source; the label names it for screen readers
    <section class="source-edit" aria-label={t('sourceEditOf', [source.name])}>
      <h2 id={headingId}>{t('sourceEditHeading')}</h2>
      <SourceDraftForm
        idPrefix="source-edit"
        labelledBy={headingId}
        initial={draftOf(source)}
        submitLabel={t('sourceEditSave')}
        onSubmit={(draft) => onSave(source, draft)}
        onCancel={onCancel}
        autoFocus
      />
    </section>
  );
}
