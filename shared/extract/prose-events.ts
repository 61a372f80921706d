/**
 * A programme of several events told in running sentences ("Den Auftakt macht am 11. März in Dieburg ein Vortrag …",
 * "Am Dienstag, 19. Juli, stellt ein Vortrag neue „Ökoroutinen“ vor", "Mit den Folgen unserer Kleidung befasst sich
 * „Geschichte und Zukunft der Mode“ am Mittwoch, 22. Juni"): the corpus labels one event per dated event, not the article.
 * Each date of a paragraph's sentence gets its own clause (the words up to the next date's joiner); a clause that
 * names an event — a quoted title, else an event noun — is one event. The page reads as such a programme only when
 * its clauses name at least two different events on at least two days; one event on several days is a session list
 * (sessions.ts), and a labelled field, a heading, a list entry or a dated line of a listing is no sentence of prose.
 */
import type { CueSet } from './cues/types.ts';
import type { DateFact } from './facts.ts';
import { nounPhrase, type AnnouncedEvent } from './announced-events.ts';
import { clauseTown } from './clause-town.ts';
import { modifiers, nounWord } from './event-noun.ts';
import { findTimes } from './dates/find.ts';
import { upperFirst } from './upper-first.ts';

/** A quoted title: „…“, "…", “…”, »…«. */
const QUOTED = /[„“"»]([^„“”"»«\n]{3,120}?)[“”"«]|(?<![\p{L}])['‘]([^'‘’\n]{3,120}?)['’](?![\p{L}])/u;
/** The fewest words of a clause that tells an event in a sentence. */
const MIN_WORDS = 6;
/** The longest title made of a clause's own words. */
const MAX_TITLE = 90;

/** The events a unit's paragraphs announce one per dated clause; empty unless they are a programme (see above). */
export function proseEvents(facts: DateFact[], cues: CueSet[]): AnnouncedEvent[] {
  const usable = facts.filter(
    (f) => !f.approximate && !f.recurring && !span(f) && (f.role === 'event' || f.role === 'unknown') && f.block.label === undefined && f.block.type !== 'heading' && !f.block.list && !opensLine(f),
  );
  // the dates of each sentence, in order, gathered once
  const sentences = new Map<string, DateFact[]>();
  for (const f of usable) {
    const key = `${f.block.id}\u0000${f.evidence}`;
    const same = sentences.get(key);
    if (same) same.push(f);
    else sentences.set(key, [f]);
  }
  const out: AnnouncedEvent[] = [];
  // the day's mention with a clock time elsewhere in the unit ("Kongress am 21. August" · "21. August 2025 (10:00-17:00 Uhr)")
  const hours = new Map<number, DateFact>();
  for (const f of facts) if (f.start.time && !span(f) && !hours.has(dayOf(f))) hours.set(dayOf(f), f);
  // the name each event noun was given last (the noun's word → the title)
  const byNoun = new Map<string, string>();
  for (const dated of sentences.values()) {
    const sentence = dated[0].evidence;
    if (cues.some((c) => c.notAnOffer.test(sentence) || c.councilSession.test(sentence))) continue;
    const from = dated[0].block.text.indexOf(sentence);
    if (from < 0) continue;
    dated.sort((a, b) => a.index - b.index);
    const parts = clauses(sentence, dated.map((f) => ({ at: f.index - from, end: f.index - from + f.text.length })));
    dated.forEach((f, i) => {
      // a clause of a few words is a line of a listing ("20.02.2017 Veranstaltungen"), no sentence
      if ((parts[i].match(/\p{L}{2,}/gu) ?? []).length < MIN_WORDS) return;
      const named = nameOf(parts[i], cues);
      // a clause that only says its noun ("kann am 19. Oktober zum selben Workshop kommen") is the event named before with it
      const title = named && 'bare' in named ? byNoun.get(named.noun) ?? named.title : named?.title;
      if (named && !('bare' in named)) byNoun.set(named.noun ?? '', named.title);
      const place = clauseTown(parts[i]);
      if (title) out.push({ fact: timed(f, parts[i], hours), title, online: cues.some((c) => c.online.test(parts[i])), ...(place ? { place } : {}) });
    });
  }
  const days = new Set(out.map((e) => dayOf(e.fact)));
  const names = new Set(out.map((e) => e.title));
  return days.size >= 2 && names.size >= 2 ? out : [];
}

/**
 * Each date's own words in its sentence: all of it for one date; for several, the cut between two dates falls on the
 * last comma, semicolon or "und" between them ("Am 11. Februar berichtet … über sein Leben, am 19. Mai …"); dates with
 * only joiners between them ("am Sonntag, 15. Mai, und am Samstag, 21. Mai") share the whole sentence.
 */
function clauses(sentence: string, at: Array<{ at: number; end: number }>): string[] {
  const cuts = [0];
  for (let i = 1; i < at.length; i++) {
    const gap = sentence.slice(at[i - 1].end, at[i].at);
    // a date that ends its sentence ("… geht es am 21. Juni. Am Dienstag, 19. Juli, …"): the cut is right after it
    if (endsSentence(sentence, at[i - 1].end)) {
      cuts.push(at[i - 1].end);
      continue;
    }
    if (!/\p{L}{4,}/u.test(gap.replace(JOINERS, ' '))) {
      cuts.push(-1);
      continue;
    }
    let cut = -1;
    for (const m of gap.matchAll(CUT)) cut = m.index;
    cuts.push(cut < 0 ? at[i].at : at[i - 1].end + cut);
  }
  const shared = cuts.some((c) => c < 0);
  return at.map((_, i) => {
    if (shared) return sentence;
    const end = i + 1 < cuts.length ? cuts[i + 1] : endsSentence(sentence, at[i].end) ? at[i].end : sentence.length;
    return sentence.slice(cuts[i], end);
  });
}

/** A date written with the full stop of its sentence ("… am 21. Juni. Am Dienstag …"). */
const endsSentence = (sentence: string, end: number) => sentence[end - 1] === '.' && /^\s+\p{Lu}/u.test(sentence.slice(end, end + 3));

/** Where one date's clause may end: a comma, a semicolon, "und"/"sowie"/"and". */
const CUT = /[,;]|\s(?:und|sowie|and)\s/giu;
/** Words that join the dates of one announcement (and the weekday before a date: "Dienstag", "Monday"). */
const JOINERS = /(?<![\p{L}])(?:und|sowie|oder|and|or|am|on|von|bis|from|to|uhr|jeweils|each|\p{L}+(?:tag|day))(?![\p{L}])/giu;

/**
 * What names a clause's event: its quoted title (after its event noun when it has one), else its event noun phrase,
 * else its noun with the words after it; `bare` when only the noun and lower-case qualifiers remain.
 */
function nameOf(clause: string, cues: CueSet[]): { title: string; noun?: string } | { title: string; noun: string; bare: true } | undefined {
  const noun = nounWord(clause, cues);
  const q = QUOTED.exec(clause);
  const quoted = (q?.[1] ?? q?.[2])?.trim();
  if (quoted && /\p{L}{3,}/u.test(quoted)) return { title: noun && !quoted.includes(noun) ? `${noun}: ${quoted}` : quoted, noun };
  if (!noun) return undefined;
  // the words that qualify the noun before it ("A Grant Writing Workshop", "a drop-in session", "Mitteldeutscher Wasserstoffkongress")
  const before = modifiers(clause, noun);
  const phrase = nounPhrase(clause, cues);
  // the phrase holds the qualifiers already when an article stands before them ("a drop-in session", announced-events.ts)
  if (phrase && before && phrase.toLowerCase().startsWith(`${before.toLowerCase()} `)) return { title: upperFirst(phrase), noun };
  const own = clause.slice(clause.toLowerCase().indexOf(noun.toLowerCase())).split(/[\s,;:.]/u)[0];
  // the phrase keeps the noun's own case after its qualifiers ("a drop-in session")
  const named = phrase && before ? own[0] + phrase.slice(1) : phrase ?? own;
  // lower-case qualifiers alone ("zum selben Workshop", "a second session") may point back at one named before
  if (phrase || before) return { title: upperFirst(before ? `${before} ${named}` : named), noun, ...(!phrase && !/\p{Lu}/u.test(before!) ? { bare: true as const } : {}) };
  // the bare noun ("ein Vortrag, der das Thema … darstellt"): the noun with the clause's words after it; when its date
  // follows it ("in einem zweiten Vortrag am 6. Mai") the noun alone, which may point back at one named before
  const after = clause.slice(clause.toLowerCase().indexOf(noun.toLowerCase()) + noun.length).replace(/^[\s,:]+/u, '');
  return /^(?:am|an|on|in|at|vom|from|\d)/iu.test(after) || (after.match(/\p{L}{2,}/gu) ?? []).length < 3 ? { title: noun, noun, bare: true } : { title: `${noun}: ${cut(after)}`, noun };
}


/** A title of at most MAX_TITLE characters, cut at a word, without the sentence's end. */
function cut(text: string): string {
  const t = text.trim().replace(/[.!?,;:]+$/u, '');
  return t.length > MAX_TITLE ? t.slice(0, t.lastIndexOf(' ', MAX_TITLE)) + ' …' : t;
}


const dayOf = (f: DateFact) => f.start.month * 100 + f.start.day;

/**
 * A date with its hours: its own, else the one clock time its clause gives ("am Mittwoch, 3. November, ebenfalls von 19
 * bis 20.30 Uhr"), else those of another mention of its day in the unit.
 */
function timed(f: DateFact, clause: string, hours: Map<number, DateFact>): DateFact {
  if (f.start.time) return f;
  const own = findTimes(clause).filter((t) => !t.tz && !t.openingHours && t.qualifier !== 'until');
  if (own.length === 1) return { ...f, start: { ...f.start, time: own[0].start }, end: own[0].end ? { ...f.start, time: own[0].end } : f.end };
  const other = hours.get(dayOf(f));
  return other ? { ...f, start: { ...f.start, time: other.start.time }, end: other.end?.time ? { ...f.start, time: other.end.time } : f.end } : f;
}

/** A span of days ("vom 1. November bis zum 31. Januar"): a window or one event's run, not a day of a programme. */
const span = (f: DateFact) => !!f.end && (f.end.day !== f.start.day || f.end.month !== f.start.month);

/** A line that opens with its date (a weekday at most before it): an entry of a listing, not a sentence. */
function opensLine(f: DateFact): boolean {
  return !/\p{L}{3,}/u.test(f.block.text.slice(0, f.index).replace(JOINERS, ' ')) && f.block.text.length - f.text.length < 200 && /^\s*[–—:|-]/u.test(f.block.text.slice(f.index + f.text.length));
}
