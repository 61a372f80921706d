/**
 * A field the clip took from the team's site profile (issue 10, item 2): "aus Ihrer Korrektur vom 3. März" next to
 * it, so the user knows where the value came from — in words, with an icon beside.
 */
import type { DraftItem } from '../../lib/clip/draft.ts';
import { currentLanguage, t } from '../../lib/i18n.ts';

type Field = keyof NonNullable<DraftItem['learned']>;

/** The day of a correction as the UI's language says it ("3. März", "3 March"). */
export function correctionDay(day: string): string {
  return new Intl.DateTimeFormat(currentLanguage(), { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
}

export function LearnedMarker({ item, field, id }: { item: DraftItem; field: Field; id?: string }) {
  const learned = item.learned?.[field];
  if (!learned) return null;
  return (
    <p class="learned-marker" id={id}>
      <span aria-hidden="true">↺</span> {t('learnedFromCorrection', [correctionDay(learned.correctionAt)])}
    </p>
  );
}
