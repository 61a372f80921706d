/** "Neuer Eintrag": an item without a page — kind and title are enough; the editor opens on it for the rest. */
import { useState } from 'preact/hooks';
import { v7 as uuidv7 } from 'uuid';
import type { ItemKind } from '../../../shared/schema.ts';
import { t } from '../../lib/i18n.ts';
import type { saveChanges } from '../../lib/messages.ts';
import { ERROR_HINTS, newItemSet, validateNewItem } from './item-edit.ts';

export function NewItem({ save, onCreated, makeId = uuidv7 }: { save: typeof saveChanges; onCreated: (id: string) => void; makeId?: () => string }) {
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<ItemKind>('call');
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!open) {
    return (
      <p class="actions">
        <button type="button" onClick={() => setOpen(true)}>{t('newItem')}</button>
      </p>
    );
  }
  return (
    <form
      class="new-item"
      aria-labelledby="new-item-heading"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const problems = validateNewItem({ kind, title });
        if (problems.title || problems.kind) return setError(t(ERROR_HINTS.title));
        const id = makeId();
        void save([{ itemId: id, set: newItemSet({ kind, title }) }]).then(() => {
          setOpen(false);
          setTitle('');
          setError(null);
          onCreated(id);
        }, () => setError(t('editNotSaved')));
      }}
    >
      <h2 id="new-item-heading">{t('newItem')}</h2>
      <div class="form-grid">
      <label for="new-item-kind">{t('fieldKind')}</label>
      <select id="new-item-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as ItemKind)}>
        <option value="call">{t('kind_call')}</option>
        <option value="event">{t('kind_event')}</option>
      </select>
      <label for="new-item-title">{t('fieldTitle')}</label>
      <div>
        <input id="new-item-title" type="text" required value={title} aria-invalid={!!error} aria-describedby={error ? 'new-item-error' : undefined} onInput={(e) => setTitle(e.currentTarget.value)} />
        {error && <p class="field-error" id="new-item-error">{error}</p>}
      </div>
      <span />
      <div class="actions">
        <button type="submit" class="primary">{t('newItemCreate')}</button>
        <button type="button" onClick={() => { setOpen(false); setError(null); }}>{t('cancel')}</button>
      </div>
      </div>
    </form>
  );
}
