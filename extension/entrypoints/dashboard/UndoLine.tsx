/** The status line after a delete: "„…“ gelöscht." with "Rückgängig" for a few seconds (undo = a newer op deleted:false). */
import { useEffect } from 'preact/hooks';
import { t } from '../../lib/i18n.ts';

/** How long "Rückgängig" is offered. */
export const UNDO_MS = 10_000;

export function UndoLine({ deleted, onUndo, onExpire, undoMs = UNDO_MS }: { deleted: { id: string; title: string } | null; onUndo: () => void; onExpire: () => void; undoMs?: number }) {
  useEffect(() => {
    if (!deleted) return;
    const timer = setTimeout(onExpire, undoMs);
    return () => clearTimeout(timer);
  }, [deleted?.id]);
  return (
    <p class="undo-line" role="status">
      {deleted && (
        <>
          {t('itemDeleted', [deleted.title])}{' '}
          <button type="button" onClick={onUndo}>{t('undo')}</button>
        </>
      )}
    </p>
  );
}
