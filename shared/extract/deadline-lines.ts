/**
 * Deadline lines: a page that announces several calls in short lines, each its call's name and its own deadline
 * ("» Bayerischer Innovationspreis 2024: Bewerbung bis 17. März", "» Ehrenamtspreis der … Stiftung: Bewerbung bis 15.
 * März", "Community Fund – applications close 6 March"), makes one entry of each line, even where the lines stand in the
 * page's own text (a newsletter's overview, a news-in-brief paragraph). A line counts when its name stands before a
 * colon or a dash, ahead of its deadline, and is a name: two words or more, not the label of a deadline or a stage
 * ("Projektskizze:", "Step 1:", "Application deadline –": those are one call's stages, stages.ts). Two or more such
 * lines with different names in one section are entries; one is the page's own call. Pure; linear in the blocks.
 */
import type { Block } from './blocks.ts';
import type { DateFact } from './facts.ts';
import { groupBy } from './group-by.ts';
import { namesStage } from './stages.ts';
import { minOf } from './extremes.ts';

/** A line short enough to be one entry, not a paragraph of prose. */
const MAX_LINE = 250;

/** A bullet glyph the line opens with (bullet-lines.ts). */
const GLYPH = /^(?:[»•·▪▸►‣◦*–-]|\[\s?\])\s+/u;

/** The name before a colon or a dash ("Preis A: Bewerbung bis …", "Fund B – closes …"). */
const NAMED = /^([^:–—]*?\p{L}[^:–—]*?)\s*(?::|\s[–—-]\s)/u;

/** The name a line gives its deadline, or undefined when the line is no deadline line. */
export function deadlineLineName(b: Block, dates: DateFact[], isFieldHeading: (text: string) => boolean): string | undefined {
  if (b.type !== 'text' && b.type !== 'item') return undefined;
  if (b.text.length > MAX_LINE || b.text.includes('\n')) return undefined;
  const exact = dates.filter((f) => !f.approximate);
  const deadline = exact.find((f) => f.role === 'deadline');
  if (!deadline || exact.some((f) => f.role === 'event')) return undefined;
  const name = NAMED.exec(b.text.slice(0, minOf(exact.map((f) => f.index))).replace(GLYPH, ''))?.[1].trim();
  if (!name) return undefined;
  const words = name.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w));
  if (words.length < 2 || words.length > 14) return undefined;
  return namesStage(name) || isFieldHeading(name) ? undefined : name;
}

/**
 * The deadline lines that are entries, grouped by the section they stand in (`sectionOf` gives a block's section key):
 * only groups of two or more lines whose names differ.
 */
export function deadlineLines<S>(blocks: Block[], datesOf: Map<number, DateFact[]>, sectionOf: (b: Block) => S, isFieldHeading: (text: string) => boolean): Block[][] {
  const named = blocks.flatMap((b) => {
    const name = deadlineLineName(b, datesOf.get(b.id) ?? [], isFieldHeading);
    return name ? [{ b, name: name.toLowerCase() }] : [];
  });
  return [...groupBy(named, (n) => sectionOf(n.b)).values()].filter((group) => group.length >= 2 && new Set(group.map((n) => n.name)).size === group.length).map((group) => group.map((n) => n.b));
}
