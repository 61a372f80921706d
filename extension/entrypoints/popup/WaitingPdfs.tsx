/** PDF clips waiting for the service (store/pdf-clips.ts): each by its title and address, read once the service answers. */
import { useEffect, useState } from 'preact/hooks';
import { t, tn } from '../../lib/i18n.ts';
import { waitingPdfClips, type WaitingPdfClip } from '../../lib/store/pdf-clips.ts';

export function WaitingPdfs() {
  const [waiting, setWaiting] = useState<WaitingPdfClip[]>([]);
  useEffect(() => {
    const show = (all: WaitingPdfClip[] | null) => setWaiting(all ?? []);
    void waitingPdfClips.getValue().then(show);
    return waitingPdfClips.watch(show);
  }, []);
  if (waiting.length === 0) return null;
  return (
    <section class="notice waiting-pdfs" aria-labelledby="waiting-pdfs-heading">
      <h2 id="waiting-pdfs-heading">{tn('pdfsWaiting', waiting.length)}</h2>
      <p class="hint">{t('pdfsWaitingHint')}</p>
      <ul>
        {waiting.map((w) => (
          <li key={w.url}>
            <a href={w.url} target="_blank" rel="noreferrer">
              {w.title || w.url}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
