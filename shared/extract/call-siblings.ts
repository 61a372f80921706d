/**
 * Calls presented side by side: a funding overview or bulletin ("Förderradar", "Funding Bulletin", a news page on two
 * competitions) gives each fund a section under its own name; one section carries its deadline, the next presents a
 * fund open without a date ("Projektförderung der … Stiftung", "… Small Grants Scheme"). Such an undated section is a
 * call of its own, open now, not a part of its dated sibling. A section counts when its heading names a call — a call
 * noun, three words or more, no question, no date, not the label of a deadline or a stage ("Antragsfrist", "Vorlage
 * förmlicher Förderanträge" under "7.2.2"), no numbered chapter — and its text speaks of the call too; and only beside
 * a sibling with a deadline of its own whose heading names a call the same way (a call page's parts, "Höhe der
 * Förderung" beside "Antragstellung", are none). Pure; linear in the siblings.
 */
import type { CueSet } from './cues/types.ts';
import type { DateFact } from './facts.ts';
import { sectionBlocks, type Section } from './sections.ts';
import { namesStage } from './stages.ts';

/** a chapter's number before a heading ("7.2.1 Vorlage …", "3 · Activation …", "4) …") */
const NUMBERED = /^\s*\d+(?:\.\d+)*\s*[.·)]?\s/u;

/** A heading that names a call: a call noun among three words or more, no question, no date, no stage's label. */
export function namesCall(heading: string, dated: boolean, cues: CueSet[]): boolean {
  if (dated || /\?/.test(heading) || NUMBERED.test(heading) || namesStage(heading)) return false;
  if (heading.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length < 3) return false;
  return cues.some((c) => c.callNouns.test(heading));
}

/**
 * The undated siblings that are calls of their own beside a dated one (none unless one sibling with its own deadline
 * names a call); `factsOf` gives a section's dates.
 */
export function openCallSiblings(siblings: Section[], factsOf: (s: Section) => DateFact[], cues: CueSet[]): Section[] {
  const named = (s: Section) => namesCall(s.heading!.text, factsOf(s).some((f) => f.block === s.heading), cues);
  const exact = (s: Section) => factsOf(s).filter((f) => !f.approximate);
  const single = siblings.filter((s) => s.heading && !s.children.length);
  if (!single.some((s) => exact(s).some((f) => f.role === 'deadline') && named(s))) return [];
  const speaksOfCall = (s: Section) => sectionBlocks(s).some((b) => b !== s.heading && cues.some((c) => c.callNouns.test(b.text)));
  return single.filter((s) => !exact(s).length && named(s) && speaksOfCall(s));
}
