/** "Quelle hinzufügen" (admins): a built-in preset in one step, or a source of the team's own with checked fields. */
import { useState } from 'preact/hooks';
import type { NewSource, SourcePreset } from '../../lib/api.ts';
import { t } from '../../lib/i18n.ts';
import { draftBody, EMPTY_DRAFT, type Refusal } from './source-draft.ts';
import { SourceDraftForm } from './SourceDraftForm.tsx';

export function SourceForm({ presets, onAdd }: { presets: SourcePreset[]; onAdd: (body: NewSource) => Promise<Refusal | null> }) {
  const [presetId, setPresetId] = useState('');
  const [presetRefusal, setPresetRefusal] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const chosen = presets.find((p) => p.id === presetId);

  async function addPreset(e: Event) {
    e.preventDefault();
    if (!chosen) return;
    setSending(true);
    setPresetRefusal(null);
    try {
      const refused = await onAdd({ preset: chosen.id });
      if (refused) setPresetRefusal(refused.message);
      else setPresetId('');
    } finally {
      setSending(false);
    }
  }

  return (
    <section class="draft-card" aria-labelledby="source-add-heading">
      <h2 id="source-add-heading">{t('sourceAddHeading')}</h2>
      {presets.length > 0 && (
        <form onSubmit={(e) => void addPreset(e)} aria-labelledby="source-preset-heading">
          <h3 id="source-preset-heading">{t('sourcePresetHeading')}</h3>
          {presetRefusal && <p role="alert" class="error">{presetRefusal}</p>}
          <div class="form-grid">
            <label for="source-preset">{t('sourcePresetLabel')}</label>
            <div>
              <select id="source-preset" value={presetId} onChange={(e) => setPresetId(e.currentTarget.value)}>
                <option value="">{t('sourcePresetNone')}</option>
                {presets.map((p) => (
                  <option key={p.id} value={p.id}>{`${p.name} (${p.organizer})`}</option>
                ))}
              </select>
              {chosen && <p class="hint">{chosen.description} · {chosen.url}</p>}
            </div>
          </div>
          <div class="actions">
            <button type="submit" disabled={!chosen || sending}>{t('sourceAddPreset')}</button>
          </div>
        </form>
      )}
      <h3 id="source-own-heading">{t('sourceOwnHeading')}</h3>
      <SourceDraftForm
        idPrefix="source"
        labelledBy="source-own-heading"
        initial={EMPTY_DRAFT}
        submitLabel={t('sourceAdd')}
        onSubmit={(draft) => onAdd(draftBody(draft))}
        resetOnSuccess
      />
    </section>
  );
}
