/**
 * The hand-set title cascade (the rules): a list entry's text, a table row's name cell, a section's heading, else the
 * page's first heading with fallbacks for template headings, news headlines about a fund and documents quoting a call.
 * Its answer is one candidate of the learned title choice (title-choice.ts), and the title when no model is used.
 */
import { announcedEvents } from './announced-events.ts';
import { openingDate } from './dated-heading.ts';
import { deadlineLineName } from './deadline-lines.ts';
import type { Block } from './blocks.ts';
import { firstCompound } from './compound.ts';
import { wordBeforeQuote } from './quoted-name.ts';
import type { CueSet } from './cues/types.ts';
import { holdsAny, isWhole } from './cues/words.ts';
import type { DateFact } from './facts.ts';
import { allSections, sectionHolding, type Section } from './sections.ts';
import type { Unit } from './segment.ts';
import type { PageMeta } from './structured.ts';
import { cleanTitle, entryTitle, headingTitle, namesProgramme, strippedTitles } from './title.ts';
import { yearIn } from './years.ts';

/** What the title decision reads of the page (a narrow part of assemble's PageContext). */
export interface TitleContext {
  cues: CueSet[];
  meta: PageMeta;
  root: Section;
  blocks: Block[];
  host: string;
  /** the page's programme name, if it names one */
  programme?: string;
}

export function titleFor(unit: Unit, facts: DateFact[], ctx: TitleContext): { value: string; confidence: number } {
  const { cues, meta } = ctx;
  if (unit.source === 'list') {
    // an entry that is one sentence announcing an event is named by the event, not by the sentence without its dates
    const announced = unit.blocks.length === 1 ? announcedEvents(facts.filter((f) => f.block === unit.blocks[0]), cues)[0]?.title : undefined;
    return { value: announced ?? (entryTitle(unit.blocks, facts, cues) || 'Ohne Titel'), confidence: 0.7 };
  }
  if (unit.source === 'row') {
    const names = unit.blocks.filter((b) => !facts.some((f) => f.block === b) && b.text.split(/\s+/).length >= 2 && !/^[\d.,\s€%–-]+(?:euro|eur)?/i.test(b.text));
    const name = cleanTitle((names[0]?.text ?? '').replace(/\s*\([^)]*\)/g, ''), cues);
    // the page's programme names the rows' common frame, unless it is itself the name of one row ("Kleinprojektefonds …" in a table of funds)
    const table = unit.blocks.find((b) => b.cell)?.cell?.table;
    const rowName = ctx.programme !== undefined && (cellsNaming(ctx.blocks, ctx.programme).get(table) ?? []).some((b) => !unit.blocks.includes(b));
    const prefix = ctx.programme && !name.includes(ctx.programme) && !rowName ? `${ctx.programme} – ` : '';
    return { value: cleanTitle(`${prefix}${name}`, cues), confidence: 0.6 };
  }
  if (unit.source === 'section' && unit.section) {
    const heading = headingTitle(unit.section.heading, unit.section.subtitle) ?? '';
    const leads = unit.blocks.filter((b) => b.type !== 'heading' && b.lead && b.lead !== b.label && !/:$/.test(b.lead) && b.lead.length <= 120);
    // a bold date line ("Information session: 26 June 2025, 10:00–11:30 CEST") is a field of the section, not its subtitle
    const dateLine = (b: Block) => facts.some((f) => f.block === b && b.lead!.includes(f.text)) || b.lead!.toLowerCase().startsWith(heading.toLowerCase());
    const lead = leads.length === 1 && !heading.includes(leads[0].lead!) && !dateLine(leads[0]) ? `: ${leads[0].lead}` : '';
    // an entry line that opens with its date ("Sa 07. September – Projekttag …"): the name is what follows the date
    const opening = unit.section.heading ? openingDate(unit.section.heading, facts) : undefined;
    // a line that names a call before its deadline ("» Preis A: Bewerbung bis 17. März"): the name (deadline-lines.ts)
    const line = unit.section.heading && !opening ? deadlineLineName(unit.section.heading, facts.filter((f) => f.block === unit.section!.heading), () => false) : undefined;
    const named = opening ? heading.slice(opening.index + opening.text.length).replace(/^[\s–—\-:,|]+/u, '') : (line ?? heading);
    return { value: cleanTitle(`${named}${lead}`, cues), confidence: 0.75 };
  }
  const headed = allSections(ctx.root).filter((s) => s.heading);
  const first = headed[0];
  let title = headingTitle(first?.heading, first?.subtitle);
  let confidence = 0.8;
  const fromTitle = strippedTitles(meta, ctx.host).title;
  if (meta.heading && !isGeneric(meta.heading, cues) && !isSiteName(meta.heading, meta) && (!first || first.heading!.level > 1)) {
    // a hero H1 above the content names the page; the content's own first heading is one of its parts ("Förderung")
    title = meta.heading;
  } else if (first && isGeneric(first.heading!.text, cues)) {
    // a template's heading ("Aktuelles", "Detailansicht"): the headline right under it, else the page's <title>
    const next = first.subtitle ?? (first.blocks.length === 0 ? headed[1]?.heading : undefined);
    if (next && !isGeneric(next.text, cues)) title = next.text;
    else if (fromTitle && !isGeneric(fromTitle, cues)) title = fromTitle;
    confidence = 0.6;
  }
  if (!title) {
    title = meta.events[0]?.name ?? meta.ogTitle ?? fromTitle ?? '';
    confidence = 0.6;
  }
  // a news headline about a fund ("Förderung von Kleinprojekten auch 2022 möglich") → the fund's name
  const text = unit.blocks.map((b) => b.text).join(' ');
  if (!namesProgramme(title, cues) && cues.some((c) => c.callNouns.test(text))) {
    const compound = firstCompound(text, FUND_ENDS);
    // the generic word alone ("Förderprogramm" as a page's type line) names no fund
    const generic = compound && /^(?:förder|landes|bundes|sonder)?(?:programm|fonds|wettbewerb)$/iu.test(compound);
    if (compound && !generic && !title.includes(compound)) {
      const year = yearIn(title);
      const body = sponsorNear(text, compound);
      title = [compound, year, body ? `– ${body}` : ''].filter(Boolean).join(' ');
      confidence = 0.55;
    }
  }
  // a document about a call (a council's Beschlussvorlage "Vorlage - 2025/0412") → the call it quotes by name
  // (only under a heading that names neither an event nor a call: an event page may mention a competition by name)
  const heading = title;
  if (!namesProgramme(heading, cues) && !cues.some((c) => c.eventNouns.test(heading) || c.callNouns.test(heading))) {
    const quoted = quotedCall(text);
    // a container page ("Amtsblatt Nr. 3/2026", a newsletter's issue) whose call stands in a section of its own
    const section = quoted ? undefined : deadlineSection(facts, ctx.root, first);
    if (quoted) {
      title = quoted;
      confidence = 0.55;
    } else if (section && cues.some((c) => c.callNouns.test(section) || namesProgramme(section, cues))) {
      title = section.replace(/^\d{1,2}\.\s+(?=\p{Lu})/u, '');
      confidence = 0.55;
    }
  } else if (!/[„"“«»]/.test(heading)) {
    // a press headline that only mentions the call ("Neuer Förderaufruf: Land stärkt …") → the call's quoted name
    const quoted = quotedCall(text);
    const noun = quoted?.split(/\s/)[0].toLowerCase();
    if (quoted && noun && heading.toLowerCase().includes(noun)) {
      title = quoted;
      confidence = 0.55;
    }
  }
  return { value: cleanTitle(title, cues) || 'Ohne Titel', confidence };
}

/**
 * The blocks that name the page's programme, by their table: read once per page (each row of a table asked the whole
 * page, rows × blocks on a long table).
 */
const cellsMemo = new WeakMap<Block[], { programme: string; byTable: Map<number | undefined, Block[]> }>();
function cellsNaming(blocks: Block[], programme: string): Map<number | undefined, Block[]> {
  const found = cellsMemo.get(blocks);
  if (found && found.programme === programme) return found.byTable;
  const byTable = new Map<number | undefined, Block[]>();
  // (a block outside every table is kept under no table: a row without a cell asks about those)
  for (const b of blocks) {
    if (!b.text.includes(programme)) continue;
    const list = byTable.get(b.cell?.table);
    if (list) list.push(b);
    else byTable.set(b.cell?.table, [b]);
  }
  cellsMemo.set(blocks, { programme, byTable });
  return byTable;
}

/** The heading of the one section (below the page's heading) that holds every deadline of the unit. */
export function deadlineSection(facts: DateFact[], root: Section, pageSection: Section | undefined): string | undefined {
  const deadlines = facts.filter((f) => f.role === 'deadline');
  if (!deadlines.length) return undefined;
  // the section that holds a block and has no child holding it is the one whose own heading, subtitle or blocks hold
  // it (sectionHolding: a map made once per page; was each section's blocks gathered per deadline)
  const owners = new Set(deadlines.map((f) => {
    const s = sectionHolding(root, f.block);
    return s && s.heading && s !== pageSection ? s : undefined;
  }));
  const [only] = [...owners];
  return owners.size === 1 && only ? only.heading!.text : undefined;
}

/** A heading that names the kind of page ("Aktuelles", "Detailansicht"), not its item. */
export function isGeneric(text: string, cues: CueSet[]): boolean {
  const t = text.replace(/[\s:.!–-]+$/u, '').trim();
  return cues.some((c) => isWhole(c.genericHeadings, t));
}

/** A heading that is the site's own name (a logo's H1): the og:site_name or the <title>'s last part. */
export function isSiteName(text: string, meta: PageMeta): boolean {
  const t = text.toLowerCase();
  const parts = (meta.title ?? '').split(/\s+[|–—·:-]\s+/);
  return t === meta.siteName?.toLowerCase() || (parts.length >= 2 && t === parts[parts.length - 1].trim().toLowerCase());
}

/** the endings of a fund's compound name, case-sensitive ("Kleinprojektefonds", "Landeswettbewerb") */
const FUND_ENDS = ['fonds', 'programm', 'wettbewerb'];
/** the endings the kind word of quotedCall's pattern needs, written as it writes them (case-sensitive) */
const CALL_KIND_ENDS = ['aufruf', 'wettbewerb', 'ausschreibung', 'bekanntmachung', 'förderprogramm', 'landesprogramm'];
const OPENING_QUOTE = /[„"“»]/;
/** tried where a kind word stands before the spaces before an opening quote (quoted-name.ts) */
const QUOTED_CALL = /(?<![\p{L}-])(\p{Lu}[\p{L}-]*(?:aufruf|wettbewerb|ausschreibung|bekanntmachung|förderprogramm|landesprogramm))\s+([„"“»][^“"”«\n]{3,120}[“"”«])/uy;
const KIND_CHAR = /^[\p{L}-]$/u;

/** A call named with its kind and a quoted name: "Förderaufruf „Zukunftsfähige Partnerstädte 2025“". */
export function quotedCall(text: string): string | undefined {
  // the pattern runs over a unit's whole text: a text without a kind word's ending or an opening quote skips it
  if (!holdsAny(text, CALL_KIND_ENDS) || !OPENING_QUOTE.test(text)) return undefined;
  const m = wordBeforeQuote(text, QUOTED_CALL, KIND_CHAR);
  return m ? `${m[1]} ${m[2]}` : undefined;
}

/** The body named in the sentence that introduces a fund ("Mit ihrem Kleinprojektefonds bietet die Kulturstiftung des Freistaates Sachsen"). */
function sponsorNear(text: string, name: string): string | undefined {
  const sentence = text.split(/(?<=[.!?])\s+/).find((s) => s.includes(name));
  if (!sentence) return undefined;
  const m = /(?:die|der|das)\s+((?:\p{Lu}[\p{L}-]*(?:stiftung|ministerium|servicestelle|institut|agentur|kommission|verband|bank))(?:\s(?:des|der|für)\s(?:\p{Lu}[\p{L}-]*\s?){1,3})?)/u.exec(sentence);
  return m?.[1].trim();
}
