/** "Quelle hinzufügen" (admins): a built-in preset in one step, or a source of the team's own with checked fields. */
import { useState } from 'preact/hooks';
import { SOURCE_KINDS, type NewSource, type SourceKind, type SourcePreset } from '../../lib/api.ts';
import { t } from '../../lib/i18n.ts';
import { checkDraft, draftBody, EMPTY_DRAFT, type SourceDraft } from './sources.ts';

export function SourceForm({ presets, onAdd }: { presets: SourcePreset[]; onAdd: (body: NewSource) => Promise<boolean> }) {
  const [presetId, setPresetId] = useState('');
  const [draft, setDraft] = useState<SourceDraft>(EMPTY_DRAFT);
  const [problems, setProblems] = useState<ReturnType<typeof checkDraft>>({});
  const [sending, setSending] = useState(false);
  const chosen = presets.find((p) => p.id === presetId);
  const set = (field: keyof SourceDraft) => (e: Event) => setDraft({ ...draft, [field]: (e.currentTarget as HTMLInputElement).value });

  async function send(body: NewSource): Promise<boolean> {
    setSending(true);
    try {
      return await onAdd(body);
    } finally {
      setSending(false);
    }
  }

  async function addPreset(e: Event) {
    e.preventDefault();
    if (chosen && (await send({ preset: chosen.id }))) setPresetId('');
  }

  async function addOwn(e: Event) {
    e.preventDefault();
    const found = checkDraft(draft);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      document.getElementById(`source-${Object.keys(found)[0]}`)?.focus();
      return;
    }
    if (await send(draftBody(draft))) setDraft(EMPTY_DRAFT);
  }

  const field = (name: keyof SourceDraft) => ({
    id: `source-${name}`,
    'aria-invalid': problems[name] ? true : undefined,
    'aria-describedby': problems[name] ? `source-${name}-problem` : undefined,
  });
  const problem = (name: keyof SourceDraft) => problems[name] && <p class="field-error" id={`source-${name}-problem`}>{problems[name]}</p>;

  return (
    <section class="draft-card" aria-labelledby="source-add-heading">
      <h2 id="source-add-heading">{t('sourceAddHeading')}</h2>
      {presets.length > 0 && (
        <form onSubmit={(e) => void addPreset(e)} aria-labelledby="source-preset-heading">
          <h3 id="source-preset-heading">{t('sourcePresetHeading')}</h3>
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
      <form onSubmit={(e) => void addOwn(e)} noValidate aria-labelledby="source-own-heading">
        <h3 id="source-own-heading">{t('sourceOwnHeading')}</h3>
        <div class="form-grid">
          <label for="source-name">{t('sourceColumnName')}</label>
          <div>
            <input type="text" {...field('name')} value={draft.name} onInput={set('name')} />
            {problem('name')}
          </div>
          <label for="source-url">{t('sourceUrlLabel')}</label>
          <div>
            <input type="url" {...field('url')} value={draft.url} onInput={set('url')} placeholder="https://" />
            {problem('url')}
          </div>
          <label for="source-kind">{t('sourceColumnKind')}</label>
          <select id="source-kind" value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.currentTarget.value as SourceKind })}>
            {SOURCE_KINDS.map((k) => (
              <option key={k} value={k}>{t(`sourceKind_${k}`)}</option>
            ))}
          </select>
          <label for="source-every">{t('sourceColumnEvery')}</label>
          <div>
            <input type="text" {...field('every')} value={draft.every} onInput={set('every')} />
            <p class="hint">{t('sourceEveryHint')}</p>
            {problem('every')}
          </div>
        </div>
        <div class="actions">
          <button type="submit" disabled={sending}>{t('sourceAdd')}</button>
        </div>
      </form>
    </section>
  );
}
