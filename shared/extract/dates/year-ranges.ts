/**
 * Year ranges ("(2025-2027)", "2019–2020", "2022/23"): never a DateMention, but the pipeline wants to know them as
 * project periods and copyright spans so it can tell them from deadlines.
 */
import type { YearRangeMention } from './types.ts';

const PATTERN = /(?<![\d.,/\-–—])((?:19|20)\d{2})[^\S\n]*[-–—/][^\S\n]*((?:19|20)?\d{2})(?![\d.,/\-–—]|[^\S\n]*[-–—/][^\S\n]*\d)/gu;

/** Every year range in `text`, in order. */
export function findYearRanges(text: string): YearRangeMention[] {
  const found: YearRangeMention[] = [];
  for (const match of text.matchAll(PATTERN)) {
    const from = Number(match[1]);
    const written = match[2] ?? '';
    const to = written.length === 2 ? from - (from % 100) + Number(written) : Number(written);
    if (to <= from || to - from > 50) continue; // "2019-12" is a month, not a range
    found.push({ index: match.index ?? 0, length: match[0].length, text: match[0], from, to });
  }
  return found;
}
