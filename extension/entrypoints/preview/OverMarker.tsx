/** What about a clipped item is over ("Veranstaltung vorbei", "Frist abgelaufen"): said in words, with an icon beside. */
import type { DraftItem } from '../../lib/clip/draft.ts';
import { t } from '../../lib/i18n.ts';

export function OverMarker({ over, id }: { over: DraftItem['over']; id: string }) {
  if (!over) return null;
  return (
    <p class="over-marker" id={id}>
      <span aria-hidden="true">⌛</span> <strong>{t(over === 'event' ? 'overEvent' : 'overDeadline')}</strong> {t('overHint')}
    </p>
  );
}
