/** Plain-text summary (≤ 2,000 characters) and the amount of a call, when the page states one plainly. */
import { LIMITS } from '../schema.ts';
import type { Block } from './blocks.ts';

/** The unit's prose, in order, with relative deadlines noted (they are no dates, but a reader needs them). */
export function summarize(blocks: Block[], relative: string[], description: string | undefined): string {
  const prose = blocks.filter((b) => b.type !== 'heading' && b.text.length >= 40 && !b.cell).map((b) => b.text.replace(/\n/g, ' '));
  const parts = prose.length ? prose : description ? [description] : [];
  if (relative.length) parts.unshift(`Frist relativ: ${[...new Set(relative)].join('; ')}.`);
  let out = '';
  for (const p of parts) {
    const next = out ? `${out} ${p}` : p;
    if (next.length > LIMITS.summary) {
      if (!out) out = `${p.slice(0, LIMITS.summary - 1)}…`;
      break;
    }
    out = next;
  }
  return out;
}

const AMOUNT = /(?:(?:bis zu|zwischen|maximal|höchstens|mindestens|up to|between|max\.)\s+)?(?:(?:EUR|€)\s?)?\d{1,3}(?:[.,\s]\d{3})+(?:,\d{2})?(?:\s*(?:und|bis|and|to|–|-)\s*(?:(?:EUR|€)\s?)?\d{1,3}(?:[.,\s]\d{3})+)?(?:\s*(?:Euro|EUR|€))?/iu;

const AMOUNTS = new RegExp(AMOUNT.source, 'giu');

/** The first amount of money in the text ("bis zu 2.500 Euro", "zwischen 50.000 und 250.000 Euro"). */
export function findAmount(text: string): string | null {
  AMOUNTS.lastIndex = 0;
  for (let m = AMOUNTS.exec(text); m; m = AMOUNTS.exec(text)) {
    if (/euro|eur|€/i.test(m[0])) return m[0].trim().slice(0, 300);
    if (!m[0]) AMOUNTS.lastIndex++;
  }
  return null;
}
