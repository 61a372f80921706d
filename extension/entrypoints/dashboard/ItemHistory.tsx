/** An item's history in the editor ("Verlauf"): who changed which fields, when — newest first, names and fields as text. */
import { useEffect, useState } from 'preact/hooks';
import type { HistoryEntry } from '../../lib/api.ts';
import { FIELD_LABELS } from '../../lib/field-labels.ts';
import { t, tn } from '../../lib/i18n.ts';
import { formatRunAt } from './sources.ts';


/** "Titel, Ort": the changed fields in the UI language (a field this version does not know by its name). */
export function describeFields(fields: readonly string[]): string {
  return fields.map((f) => (FIELD_LABELS[f] ? t(FIELD_LABELS[f]) : f)).join(', ');
}

/** Who made a change: the member's name, a watched source, or "unbekannt" (an import). */
export function describeWho(entry: HistoryEntry): string {
  if (entry.memberName) return entry.memberName;
  if (entry.origin.startsWith('source:') || entry.memberId?.startsWith('source:')) return t('historyBySource');
  if (entry.origin.startsWith('mail:')) return t('historyByMail');
  return t('historyByUnknown');
}

export function ItemHistory({ itemId, title, load }: { itemId: string; title: string; load: ((id: string) => Promise<HistoryEntry[]>) | null }) {
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!load) return;
    let alive = true;
    load(itemId).then((list) => alive && setEntries(list), () => alive && setFailed(true));
    return () => {
      alive = false;
    };
  }, [itemId, load]);

  return (
    <section class="item-history" aria-label={t('historyOf', [title])}>
      <h3>{t('historyHeading')}</h3>
      {!load ? (
        <p class="hint">{t('historyOffline')}</p>
      ) : failed ? (
        <p class="hint" role="status">{t('historyFailed')}</p>
      ) : entries === null ? (
        <p class="hint">{t('historyLoading')}</p>
      ) : entries.length === 0 ? (
        <p class="empty">{t('historyEmpty')}</p>
      ) : (
        <>
          <p class="visually-hidden">{tn('historyCount', entries.length)}</p>
          <ol class="history-list">
            {entries.map((e) => (
              <li>
                <time dateTime={e.at}>{formatRunAt(e.at)}</time> – {describeWho(e)}: {describeFields(e.fields)}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
