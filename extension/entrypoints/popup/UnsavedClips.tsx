/** Clips whose preview was closed without saving or discarding: one click brings each back (nothing is lost). */
import { useEffect, useState } from 'preact/hooks';
import type { ClipDraft } from '../../lib/clip/draft.ts';
import { clipDrafts } from '../../lib/store/drafts.ts';
import { t } from '../../lib/i18n.ts';

export function UnsavedClips() {
  const [drafts, setDrafts] = useState<ClipDraft[]>([]);
  useEffect(() => {
    const show = (all: Record<string, ClipDraft> | null) => setDrafts(Object.values(all ?? {}).sort((a, b) => b.createdAt.localeCompare(a.createdAt)));
    void clipDrafts.getValue().then(show);
    return clipDrafts.watch(show);
  }, []);
  if (drafts.length === 0) return null;
  return (
    <section class="notice unsaved" aria-labelledby="unsaved-heading">
      <h2 id="unsaved-heading">{t('unsavedClips')}</h2>
      <ul>
        {drafts.map((d) => (
          <li key={d.id}>
            <a href={`/preview.html?draft=${encodeURIComponent(d.id)}&view=popup`}>{d.items[0]?.fields.title || d.page.title}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
