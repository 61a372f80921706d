/** The sentence a date came from, quoted as page text; a date from the page's machine-readable data is said in plain words. */
import { STRUCTURED_DATA_EVIDENCE } from '../../lib/clip/draft.ts';
import { t } from '../../lib/i18n.ts';

export function Evidence({ text }: { text: string | null | undefined }) {
  if (!text) return null;
  return <p class="evidence">{text === STRUCTURED_DATA_EVIDENCE ? t('evidenceStructured') : t('evidence', [text])}</p>;
}
