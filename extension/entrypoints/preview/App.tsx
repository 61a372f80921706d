/**
 * The preview form after a clip: every found item editable (a listing page offers its items as a checklist), then
 * saved as ops through the background — offline too. The draft is deleted only once the ops are stored.
 * A page already on the list opens as an update of the saved item (UpdateView); the last update can be undone.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ClipDraft, ClipFields } from '../../lib/clip/draft.ts';
import { draftEdited } from '../../lib/clip/draft-edited.ts';
import { pageChanges, savedFields } from '../../lib/clip/reclip.ts';
import { correctionOf } from '../../lib/clip/correction.ts';
import { takePage } from '../../lib/clip/correction-store.ts';
import { cleanClip, newItemChange, updateChange, validateClip } from '../../lib/clip/save-clip.ts';
import { sendCorrectionLater } from '../../lib/clip/send-corrections.ts';
import { t, tn } from '../../lib/i18n.ts';
import { saveChanges } from '../../lib/messages.ts';
import { clipDrafts } from '../../lib/store/drafts.ts';
import type { Change } from '../../lib/sync/ops.ts';
import { ItemLink } from '../../components/ItemLink.tsx';
import { useWatchlist } from '../../components/use-store.ts';
import { DraftForm } from './DraftForm.tsx';
import { OverMarker } from './OverMarker.tsx';
import { UpdateView, type UpdateState } from './UpdateView.tsx';

/** The performance mark set once the preview form first shows a draft. */
export const PREVIEW_RENDERED = 'callwatch:preview-rendered';

type Phase =
  | { kind: 'loading' }
  | { kind: 'failed' }
  | { kind: 'missing' }
  | { kind: 'editing' }
  | { kind: 'saved'; count: number }
  | { kind: 'updated'; title: string; undo: Change | null; undone: boolean };

const saveFailed = (error: unknown) => t('saveFailed', [error instanceof Error ? error.message : String(error)]);

/** Update the item already on the list, unless the user clipped a selection (a part of the page is most likely a new item). */
const defaultMode = (draft: ClipDraft | null): 'update' | 'new' => (draft?.fromSelection ? 'new' : 'update');

/** A listing's items start ticked, except those that are over (a past event, an expired call): they stay, unticked. A page's one item is always picked. */
const initialPicks = (draft: ClipDraft | null): boolean[] => draft?.items.map((item) => draft.items.length === 1 || !item.over) ?? [];

export function App({
  draftId = new URLSearchParams(location.search).get('draft') ?? '',
  initialDraft = null,
  clipFailed = false,
  save = saveChanges,
  sendCorrection = sendCorrectionLater,
  close = () => window.close(),
}: {
  draftId?: string;
  /** the draft when the caller already holds it (the popup's clip) */
  initialDraft?: ClipDraft | null;
  /** the page could not be read (browser pages, a closed tab) */
  clipFailed?: boolean;
  save?: typeof saveChanges;
  /** after a save: sends the correction when the user changed what was found (never in the save's way) */
  sendCorrection?: (correction: ReturnType<typeof correctionOf>) => Promise<void>;
  close?: () => void;
}) {
  const { byId } = useWatchlist();
  const [draft, setDraft] = useState<ClipDraft | null>(initialDraft);
  const [chosen, setChosen] = useState<boolean[]>(initialPicks(initialDraft));
  const [mode, setMode] = useState<'update' | 'new'>(defaultMode(initialDraft));
  const [byHand, setByHand] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>[]>([]);
  const [phase, setPhase] = useState<Phase>(initialDraft ? { kind: 'editing' } : clipFailed ? { kind: 'failed' } : { kind: 'loading' });
  const [saveError, setSaveError] = useState<string | null>(null);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const confirmation = useRef<HTMLParagraphElement>(null);

  // Escape closes the preview's window (the draft stays stored: closing is not discarding); first it ends a question
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      if (confirmDiscard) setConfirmDiscard(false);
      else close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [confirmDiscard, close]);

  // after saving, focus moves to what happened (screen readers read it, Enter on "Schließen" is one Tab away)
  useEffect(() => {
    if (phase.kind === 'saved' || phase.kind === 'updated') confirmation.current?.focus();
  }, [phase.kind]);

  useEffect(() => {
    if (initialDraft || clipFailed) return;
    void clipDrafts.getValue().then((all) => {
      const found = all[draftId];
      if (!found) return setPhase({ kind: 'missing' });
      setDraft(found);
      setMode(defaultMode(found));
      setChosen(initialPicks(found));
      setPhase({ kind: 'editing' });
    });
  }, [draftId]);

  // the end of the clip gesture as the user sees it; bench/extension.ts measures from the click to this mark
  useEffect(() => {
    if (phase.kind === 'editing' && performance.getEntriesByName(PREVIEW_RENDERED).length === 0) performance.mark(PREVIEW_RENDERED);
  }, [phase.kind]);

  async function onUndo() {
    if (phase.kind !== 'updated' || !phase.undo) return;
    try {
      await save([phase.undo]);
      setSaveError(null);
      setPhase({ ...phase, undone: true });
    } catch (error) {
      setSaveError(saveFailed(error));
    }
  }

  if (phase.kind === 'loading') return <main class="page" aria-busy="true" />;
  if (phase.kind === 'failed')
    return (
      <main class="page">
        <h1>{t('previewHeading')}</h1>
        <p class="error" role="alert">{t('clipFailedMessage')}</p>
      </main>
    );
  if (phase.kind === 'missing' || !draft) return <main class="page"><h1>{t('previewHeading')}</h1><p>{t('draftMissing')}</p></main>;
  if (phase.kind === 'updated') return <Updated phase={phase} onUndo={() => void onUndo()} error={saveError} close={close} confirmation={confirmation} />;
  if (phase.kind === 'saved')
    return (
      <main class="page">
        <h1>{t('previewHeading')}</h1>
        <p class="notice" role="status" tabIndex={-1} ref={confirmation}>{tn('savedClips', phase.count)}</p>
        <div class="actions"><button type="button" class="primary" onClick={close}>{t('close')}</button></div>
      </main>
    );

  const existing = draft.existingItemId ? byId[draft.existingItemId] : undefined;
  const listing = draft.items.length > 1;
  const [page] = draft.items;
  const nothingFound = !listing && page.recognised === false;
  // where an update starts: the item as it was when the page was clipped (or, for an older draft, as it is now)
  const base = draft.saved ?? (existing ? savedFields(existing) : null);
  const updating = !!existing && !!base && mode === 'update' && !listing;
  const update: UpdateState | null = base ? (draft.update ?? { fields: base, accepted: [] }) : null;
  const offered = base && !nothingFound ? pageChanges(base, page.fields) : [];
  const keep = (next: ClipDraft) => {
    setDraft(next);
    // keep the edit in storage: a closed window does not lose it
    void clipDrafts.getValue().then((all) => clipDrafts.setValue({ ...all, [next.id]: next }));
  };
  const updateField = (i: number, fields: ClipFields) => keep({ ...draft, items: draft.items.map((item, j) => (j === i ? { ...item, fields } : item)) });

  async function forgetDraft() {
    const all = await clipDrafts.getValue();
    delete all[draft!.id];
    await clipDrafts.setValue(all);
  }

  async function onSaveUpdate() {
    if (!existing || !base || !update) return;
    const found = validateClip(update.fields);
    setErrors([found]);
    if (Object.keys(found).length > 0) return;
    try {
      const result = updateChange(existing.id, base, update.fields, savedFields(existing));
      if (result) await save([result.change]);
      const html = await takePage(draft!.id);
      await forgetDraft();
      setSaveError(null);
      setPhase({ kind: 'updated', title: update.fields.title, undo: result?.undo ?? null, undone: false });
      // an update the user made is a correction too: the page's item against the entry as the team keeps it now
      if (result) void sendCorrection(html ? correctionOf(draft!, [{ from: 0, fields: cleanClip(update.fields) }], html) : null);
    } catch (error) {
      setSaveError(saveFailed(error));
    }
  }

  async function onSave() {
    if (!draft) return;
    if (updating) return onSaveUpdate();
    const found = draft.items.map((item) => validateClip(item.fields));
    setErrors(found);
    const picked = draft.items.filter((_, i) => chosen[i]);
    if (picked.length === 0 || found.some((e, i) => chosen[i] && Object.keys(e).length > 0)) return;
    try {
      await save(picked.map((item) => newItemChange(item.fields)));
      const saved = draft.items.map((item, from) => ({ from, fields: item.fields })).filter((_, i) => chosen[i]);
      const html = await takePage(draft.id);
      await forgetDraft();
      setPhase({ kind: 'saved', count: picked.length });
      // what the user changed of what was found becomes a correction, sent after the save (send-corrections.ts)
      void sendCorrection(html ? correctionOf(draft, saved.map((s) => ({ ...s, fields: cleanClip(s.fields) })), html) : null);
    } catch (error) {
      setSaveError(saveFailed(error));
    }
  }

  async function onDiscard() {
    await takePage(draft!.id);
    await forgetDraft();
    close();
  }

  return (
    <main class="page preview">
      <h1>{t('previewHeading')}</h1>
      {draft.problem === 'page_too_complex' ? (
        <section class="nothing-found" aria-labelledby="nothing-heading">
          <h2 id="nothing-heading">{t('clipPageTooComplexHeading')}</h2>
          <p role="alert">{t('clipPageTooComplex')}</p>
        </section>
      ) : draft.problem === 'pdf_waiting' ? (
        <section class="nothing-found" aria-labelledby="nothing-heading">
          <h2 id="nothing-heading">{t('pdfWaitingHeading')}</h2>
          <p role="status">{t('pdfWaiting')}</p>
        </section>
      ) : nothingFound ? (
        <section class="nothing-found" aria-labelledby="nothing-heading">
          <h2 id="nothing-heading">{t('nothingRecognised')}</h2>
          <p>{t('nothingRecognisedHint', [draft.page.title])}</p>
        </section>
      ) : (
        <p class="hint">{t('previewFrom', [draft.page.title])}</p>
      )}
      {existing && (
        <section class="notice" aria-labelledby="existing-heading">
          <h2 id="existing-heading">{t('alreadyOnList')}</h2>
          <p><ItemLink title={existing.title} url={existing.url} /></p>
          {!listing && base && (
            <fieldset class="choice">
              <legend class="visually-hidden">{t('existingChoice')}</legend>
              <label><input type="radio" name="mode" checked={mode === 'update'} onChange={() => setMode('update')} /> {t('updateExisting')}</label>
              <label><input type="radio" name="mode" checked={mode === 'new'} onChange={() => setMode('new')} /> {t('createNew')}</label>
            </fieldset>
          )}
        </section>
      )}
      {listing && <p>{tn('listingFound', draft.items.length)}</p>}
      <form onSubmit={(e) => { e.preventDefault(); void onSave(); }}>
        {updating && update ? (
          <UpdateView page={page} changes={offered} update={update} errors={errors[0] ?? {}} onChange={(next) => keep({ ...draft, update: next })} />
        ) : nothingFound && !byHand ? (
          <div class="actions">
            <button type="button" onClick={() => setByHand(true)}>{t('clipByHand')}</button>
          </div>
        ) : (
          draft.items.map((item, i) => (
            <section class="draft-card" aria-labelledby={`item-${i}-heading`}>
              <header>
                {listing && (
                  <input type="checkbox" id={`item-${i}-pick`} checked={chosen[i]} aria-label={t('pickItem', [item.fields.title || String(i + 1)])} aria-describedby={item.over ? `item-${i}-over` : undefined} onChange={(e) => setChosen(chosen.map((c, j) => (j === i ? e.currentTarget.checked : c)))} />
                )}
                <h2 id={`item-${i}-heading`}>{item.fields.title || t('untitled')}</h2>
              </header>
              <OverMarker over={item.over} id={`item-${i}-over`} />
              {(!listing || chosen[i]) && <DraftForm idPrefix={`item-${i}`} draft={item} errors={errors[i] ?? {}} onChange={(f) => updateField(i, f)} />}
            </section>
          ))
        )}
        {saveError && <p class="error" role="alert">{saveError}</p>}
        <div class="actions">
          {(updating || !nothingFound || byHand) && <button type="submit" class="primary">{updating ? t('saveUpdate') : t('saveClip')}</button>}
          {!confirmDiscard && <button type="button" onClick={() => (draftEdited(draft, chosen) ? setConfirmDiscard(true) : void onDiscard())}>{t('discard')}</button>}
        </div>
        {confirmDiscard && (
          <div class="confirm" role="group" aria-labelledby="discard-question">
            <p id="discard-question">{t('discardQuestion')}</p>
            <div class="actions">
              <button type="button" autoFocus onClick={() => setConfirmDiscard(false)}>{t('keepEditing')}</button>
              <button type="button" class="danger" onClick={() => void onDiscard()}>{t('discardConfirm')}</button>
            </div>
          </div>
        )}
      </form>
    </main>
  );
}

/** After an update: what happened, and "Rückgängig" for as long as the page is open. */
function Updated(props: { phase: Extract<Phase, { kind: 'updated' }>; onUndo: () => void; error: string | null; close: () => void; confirmation: { current: HTMLParagraphElement | null } }) {
  const { phase } = props;
  const message = !phase.undo ? t('updateNothingChanged') : phase.undone ? t('updateUndone', [phase.title]) : t('updateSaved', [phase.title]);
  return (
    <main class="page">
      <h1>{t('previewHeading')}</h1>
      <p class="notice" role="status" tabIndex={-1} ref={props.confirmation}>{message}</p>
      {props.error && <p class="error" role="alert">{props.error}</p>}
      <div class="actions">
        {phase.undo && !phase.undone && <button type="button" onClick={props.onUndo}>{t('undoUpdate')}</button>}
        <button type="button" class="primary" onClick={props.close}>{t('close')}</button>
      </div>
    </main>
  );
}
