/** An item's notes and tags, edited inline and saved as one op; the summary from the page shown as text. */
import { useState } from 'preact/hooks';
import type { Item } from '../../../shared/schema.ts';
import { t } from '../../lib/i18n.ts';
import type { saveChanges } from '../../lib/messages.ts';

export function ItemDetails({ item, save }: { item: Item; save: typeof saveChanges }) {
  const [notes, setNotes] = useState(item.notes);
  const [tags, setTags] = useState(item.tags.join(', '));
  const [saved, setSaved] = useState(false);
  const parsedTags = tags.split(',').map((s) => s.trim()).filter(Boolean);
  const dirty = notes !== item.notes || JSON.stringify(parsedTags) !== JSON.stringify(item.tags);
  return (
    <form
      class="form-grid"
      onSubmit={(e) => {
        e.preventDefault();
        const set: { notes?: string; tags?: string[] } = {};
        if (notes !== item.notes) set.notes = notes;
        if (JSON.stringify(parsedTags) !== JSON.stringify(item.tags)) set.tags = parsedTags;
        void save([{ itemId: item.id, set }]).then(() => setSaved(true));
      }}
    >
      {item.summary && (
        <>
          <span><strong>{t('fieldSummary')}</strong></span>
          <p>{item.summary}</p>
        </>
      )}
      <label for={`notes-${item.id}`}>{t('fieldNotes')}</label>
      <textarea id={`notes-${item.id}`} rows={3} value={notes} onInput={(e) => { setNotes(e.currentTarget.value); setSaved(false); }} />
      <label for={`tags-${item.id}`}>{t('fieldTags')}</label>
      <input id={`tags-${item.id}`} type="text" value={tags} onInput={(e) => { setTags(e.currentTarget.value); setSaved(false); }} />
      <span />
      <div class="actions">
        <button type="submit" class="primary" disabled={!dirty}>{t('save')}</button>
        <span role="status" class="status-ok">{saved ? t('saved') : ''}</span>
      </div>
    </form>
  );
}
