/**
 * Turns one unit of the page into a draft item, or into nothing: decides call or event, infers missing years, picks
 * the deadlines, the event's start and end, title, location, organizer and summary, and drops what is not an item
 * (a closed round, a past event, a programme only described, news). With `includePast` (the clip) a closed round and a
 * past event stay, marked `over`: the relevance filter by `today` is the only step that option changes.
 */
import { DATE_YEARS, isSupportedDate, type Deadline } from '../schema.ts';
import type { Block } from './blocks.ts';
import type { CueSet } from './cues/types.ts';
import { cueWordsOf } from './cues/scan.ts';
import { countUpTo, globalOf } from './cues/words.ts';
import { atTime } from './dates/attach-times.ts';
import { isoClock as clock, isoDay as iso } from './dates/iso.ts';
import { parseTimeValue } from './dates/index.ts';
import type { ClockTime, WrittenDate } from './dates/types.ts';
import { datesIn, type DateFact, type PageFacts } from './facts.ts';
import { announcedEvents, type AnnouncedEvent } from './announced-events.ts';
import { proseEvents } from './prose-events.ts';
import { hostSubject } from './host-subject.ts';
import { calledOff, closedStatus, saysClosed } from './closed-round.ts';
import { windowDeadlines } from './call-windows.ts';
import { schemeNames } from './scheme-lists.ts';
import { sessionDates, sessionPlace } from './sessions.ts';
import { entryPlace } from './entry-place.ts';
import { feedsEvent, splitContributionCall, withSubmissionDates } from './contribution-call.ts';
import { closingDate, openingDate } from './dated-heading.ts';
import { findLocation, hostTown } from './location.ts';
import { chooseLocation, type LocationChoiceContext } from './location-choice.ts';
import { linePlace, pagePlaceExtras } from './line-location.ts';
import { findOrganizer, type OrganizerChooser } from './organizer.ts';
import { blocksIn, headingByBlock, sectionHolding, type Section } from './sections.ts';
import type { Unit } from './segment.ts';
import type { PageMeta, StructuredEvent } from './structured.ts';
import { summarize, findAmount } from './summary.ts';
import { decideDescribed, type DescribedCallModel, type DescribedCandidate } from './described-calls.ts';
import { describedFeatures, unexplained } from './features/described-calls.ts';
import { findProgramme } from './title.ts';
import { chooseTitle, type TitleChoiceContext } from './title-choice.ts';
import type { ConfidenceField, Draft, Evidence, Over } from './types.ts';
import { inferYear, yearIn, type YearContext } from './years.ts';
import { minOf } from './extremes.ts';

export interface PageContext extends Pick<TitleChoiceContext, 'titleModel' | 'traceTitles'>, LocationChoiceContext {
  cues: CueSet[];
  meta: PageMeta;
  facts: PageFacts;
  claimed: Set<number>;
  root: Section;
  blocks: Block[];
  /** the page's own blocks: those in no entry unit (a listing's introduction, a call page's text) */
  ownBlocks: Block[];
  /** how many units are entries (list entries, table rows, sections) rather than the page itself */
  entries: number;
  url: string;
  host: string;
  /** YYYY-MM-DD in Berlin */
  today: string;
  /** the page's programme name, if it names one */
  programme?: string;
  /** keep the items that are over at `today`, marked (ExtractInput.includePast) */
  includePast?: boolean;
  /** the organizer decision when not the rule cascade (ExtractInput.organizer) */
  organizer?: OrganizerChooser;
  /** the learned decision on calls only described (described-calls.ts); absent: no such call is an item */
  described?: DescribedCallModel;
  /** told every call only described with its features (scripts/train/described-calls.ts) */
  traceDescribed?: (c: DescribedCandidate) => void;
}

/** `call`: a call for contributions the unit announces beside its event (contribution-call.ts) */
/** `announced`: the events a call announces in its sentences (announced-events.ts) */
export type Assembled = { draft: Draft; notes: string[]; call?: Draft; announced?: Draft[] } | { draft: null; notes: string[] };

interface Dated {
  date: string;
  time?: string;
  fact?: DateFact;
}

/** Builds the draft for a unit, or explains why the unit is no item. */
export function assemble(unit: Unit, ctx: PageContext): Assembled {
  const { cues, facts } = ctx;
  const notes: string[] = [];
  const ids = new Set(unit.blocks.map((b) => b.id));
  // a listing record's date line ("24.04.2019" above its heading) says when the entry happens
  const unitFacts = datesIn(facts, ids)
    .filter((f) => !ctx.claimed.has(f.id))
    .map((f) => (f.role === 'unknown' && !f.approximate && f.block === unit.dateLine ? { ...f, role: 'event' as const } : f));
  const text = unit.blocks.map((b) => b.text).join('\n');
  const structured = unit.source === 'page' ? ctx.meta.events[0] : undefined;

  const title = chooseTitle(unit, unitFacts, ctx);
  const kindScore = scoreKind(unit, unitFacts, title.value, structured, ctx);
  // an event that also asks for contributions is assembled as the event; its call is split off at the end
  const feeds = feedsEvent(text, unitFacts, cues);
  // a tie between the nouns of an event and of a call (a grant's information session told beside the grant) goes to
  // the call when the unit has a deadline that names its action (an application, a submission, an expression of
  // interest — not a registration, not a bare "bis"): the call is what the deadline closes; else tieBreak
  const actionDeadline = unitFacts.some((f) => f.role === 'deadline' && f.kind !== undefined && f.kind !== 'registration' && f.kind !== 'other');
  const kind = feeds ? 'event' : kindScore.event > kindScore.call ? 'event' : kindScore.call > kindScore.event ? 'call' : kindScore.call > 0 && actionDeadline ? 'call' : tieBreak(kindScore, unitFacts);
  notes.push(`kind scores: event ${kindScore.event}, call ${kindScore.call}${feeds ? '; asks for contributions to the event' : ''}`);
  if (!kind) return { draft: null, notes: [...notes, 'neither a call nor an event'] };

  // years: the event first (its own dates), then deadlines relative to it
  const headingYearOf = (f: DateFact) => plausibleYear(leadYear(f) ?? headingYear(f.block, ctx.root), ctx.meta.published ?? ctx.today);
  const titleYear = plausibleYear(yearIn(title.value), ctx.meta.published ?? ctx.today);
  const baseCtx = (f: DateFact): YearContext => ({ headingYear: headingYearOf(f), titleYear, published: ctx.meta.published, today: ctx.today, past: facts.closed.has(f.block.id) });
  const resolve = (f: DateFact, date: WrittenDate, yc: YearContext): Dated => {
    // the weekday written before the fact's own start names its year
    const { year } = inferYear(date, f.recurring, date === f.start && f.weekday !== undefined ? { ...yc, weekday: f.weekday } : yc);
    return { date: iso(year, date.month, date.day), time: clock(date.time), fact: f };
  };

  const event = kind === 'event' ? withinYears(eventDates(unitFacts, unit, structured, ctx, baseCtx, resolve)) : null;
  const eventDay = event?.start ? splitDay(event.start.date) : undefined;

  // deadlines
  // a closed round's date ("Die Antragsfrist ist am 30. Juni 2025 abgelaufen") is the deadline that was: shown when the clip asks for what is over
  // an open or coming window of an overview of rounds ("5. Aufruf: 04.10.2024–07.02.2025 (geöffnet)") closes on its last day
  const windows = kind === 'call' ? windowDeadlines(unitFacts) : [];
  const deadlineFacts = [...(feeds ? withSubmissionDates(unitFacts, cues) : unitFacts).filter((f) => f.role === 'deadline' || (ctx.includePast && f.role === 'closed')), ...windows];
  const resolved = deadlineFacts.map((f) => {
    const written = f.end && f.end.year !== null ? f.end : f.start;
    const d = resolve(f, written, { ...baseCtx(f), event: eventDay });
    const deadline: Deadline = { date: d.date, label: (f.label ?? 'Frist').slice(0, 200), kind: f.kind ?? 'other' };
    if (d.time) deadline.time = d.time;
    return { deadline, fact: f };
  });
  // "Antragsfrist: 31.12.9999" says "open-ended": no deadline, an open window (shared/schema.ts DATE_YEARS)
  const deadlines = dropExtended(dedupeDeadlines(resolved.filter((d) => isSupportedDate(d.deadline.date))));
  const openEnded = resolved.some((d) => Number(d.deadline.date.slice(0, 4)) > DATE_YEARS.max);
  // a past date in a passage that says its scheme is over ("The bursary scheme … is now closed") is no deadline in force
  const inForce = deadlines.filter((d) => !(facts.closed.has(d.fact.block.id) && d.deadline.date < ctx.today));
  if (inForce.length < deadlines.length && inForce.length) deadlines.splice(0, deadlines.length, ...inForce);
  let deadline = deriveDeadline(deadlines.map((d) => d.deadline), ctx.today);

  // is it an item?
  const closed = saysClosed(unit, facts.closed);
  let described = false;
  const rolling = (openEnded || unit.open || unit.blocks.some((b) => facts.rolling.has(b.id))) && cues.some((c) => c.callNouns.test(text));
  if (kind === 'call' && isJobAd(`${title.value}\n${text}`, cues)) return { draft: null, notes: [...notes, 'a job advertisement: no opportunity for the institution'] };
  if (kind === 'call') {
    const live = deadlines.some((d) => d.deadline.date >= ctx.today);
    if (closed && (!live || closedStatus(unit, facts.closed, minOf(deadlines.map((d) => d.fact.block.id))))) {
      if (!ctx.includePast) return { draft: null, notes: [...notes, 'call: the page says the round is over'] };
      notes.push('call: the page says the round is over (kept: past items asked for)');
    }
    // a call only described is no item, but the information sessions it announces are (its events, below) — unless
    // the learned decision reads it as open without a date or closing on its own dates no cue explained
    if (!deadlines.length && !rolling) {
      const own = unexplained(unitFacts).map((f) => {
        const written = f.end && f.end.year !== null ? f.end : f.start;
        const d = resolve(f, written, baseCtx(f));
        const deadline: Deadline = { date: d.date, label: (f.label ?? 'Frist').slice(0, 200), kind: f.kind ?? 'other' };
        if (d.time) deadline.time = d.time;
        return { deadline, fact: f };
      }).filter((d) => isSupportedDate(d.deadline.date));
      if (ctx.described || ctx.traceDescribed) {
        const features = describedFeatures({
          unit, facts: unitFacts, text, title: title.value, kindScore, days: own.map((d) => d.deadline.date), today: ctx.today, published: ctx.meta.published,
          closed: unit.blocks.some((b) => facts.closed.has(b.id)), relative: unit.blocks.some((b) => facts.relative.has(b.id)),
          amount: findAmount(text) !== null, entries: ctx.entries, cues,
        });
        ctx.traceDescribed?.({ features, title: title.value, dated: [...new Set(own.map((d) => (d.deadline.time ? `${d.deadline.date}T${d.deadline.time}` : d.deadline.date)))].sort() });
        const decided = ctx.described ? decideDescribed(ctx.described, features, own.length > 0) : { decision: 'none' as const, p: 0 };
        if (decided.decision === 'dated') {
          deadlines.push(...dedupeDeadlines(own));
          deadline = deriveDeadline(deadlines.map((d) => d.deadline), ctx.today);
          notes.push(`a call only described: closes on its own dates (${decided.p.toFixed(2)})`);
        } else if (decided.decision === 'open') notes.push(`a call only described: open without a date (${decided.p.toFixed(2)})`);
        else described = true;
      } else described = true;
    }
  } else {
    // a council's or committee's session is a body's decision meeting, even when the public may listen (corpus README: events are offered to participants)
    if (cues.some((c) => c.councilSession.test(title.value))) return { draft: null, notes: [...notes, 'a council or committee session: no event'] };
    if (!event?.start) return { draft: null, notes: [...notes, 'event without a date'] };
    if (calledOff(unit) && !ctx.includePast) return { draft: null, notes: [...notes, 'the page says the event is called off'] };
    const last = (event.end ?? event.start).date;
    if (last < ctx.today) {
      if (!ctx.includePast) return { draft: null, notes: [...notes, `event on ${last} is over (news or a report)`] };
      notes.push(`event on ${last} is over (kept: past items asked for)`);
    }
  }

  const sectionHeadings = headingByBlock(ctx.root);
  // a list's shared line ("Each session runs from 14:00 to 15:00 on Zoom") gives every entry its place too
  const shared = kind === 'event' ? sharedTimes(unit, ctx).map((t) => t.block.text) : [];
  const extraText = [title.value, ...unit.headings.map((h) => h.text), unit.intro ?? '', ...shared].join(' ');
  const found: { value: string | null; confidence: number } = kind === 'event' ? (structured?.location ? { value: structured.location, confidence: 0.95 } : findLocation(unit.blocks, sectionHeadings, extraText, cues)) : { value: null, confidence: 0.9 };
  // an entry written as one paragraph gives its town on a line of its own (entry-place.ts)
  const entryLine = kind === 'event' && unit.source === 'section' && unit.blocks.length === 1 ? entryPlace(unit.blocks[0], cues) : undefined;
  const lineTown = found.value ? undefined : entryLine;
  const placed = lineTown ? { value: lineTown, confidence: 0.6 } : found;
  const organizer = (ctx.organizer ?? findOrganizer)(unit.blocks, {
    title: title.value,
    pageBlocks: ctx.blocks,
    ownBlocks: ctx.ownBlocks,
    listed: unit.source !== 'page' && !unit.intro && ctx.entries >= 2,
    structured: structured?.organizer,
    siteName: ctx.meta.siteName,
    pageTitle: ctx.meta.title,
    logo: ctx.meta.logo,
    publisher: ctx.meta.publisher,
    copyright: ctx.meta.copyright,
    cues,
  });
  // a municipality's event in its own Rathaus names no town: the municipality's
  const hostsTown = kind === 'event' ? hostTown([organizer.value, ctx.meta.siteName, ctx.meta.logo, ctx.meta.publisher], text) : undefined;
  const town = placed.value === null ? hostsTown : undefined;
  const cascade = town ? { value: town, confidence: 0.45 } : placed;
  // the learned choice, when asked for, among the cascade's places and the others the unit offers (location-choice.ts)
  const location = kind === 'event' && !structured?.location
    ? chooseLocation({ unit, facts: unitFacts, title: title.value, context: extraText, sectionHeadings, pageBlocks: ctx.blocks, cues, cascade, extra: [...(entryLine ? [{ value: entryLine, source: 'entry-line' }] : []), ...(hostsTown ? [{ value: hostsTown, source: 'host-town' }] : []), ...pagePlaceExtras(ctx.meta)] }, ctx)
    : cascade;
  const relative = unit.blocks.map((b) => facts.relative.get(b.id)).filter((r): r is string => !!r);
  const summary = summarize(unit.blocks, relative, ctx.meta.description);
  const programme = kind === 'call' ? findProgramme(text, cues) ?? ctx.programme ?? null : null;

  const evidence: Evidence[] = [
    ...deadlines.map((d) => ({ field: 'deadline' as const, value: d.deadline.time ? `${d.deadline.date}T${d.deadline.time}` : d.deadline.date, text: d.fact.evidence })),
    ...(event?.start ? [{ field: 'start' as const, value: value(event.start)!, text: event.start.fact?.evidence ?? 'structured data (JSON-LD)' }] : []),
    ...(event?.end ? [{ field: 'end' as const, value: value(event.end)!, text: event.end.fact?.evidence ?? 'structured data (JSON-LD)' }] : []),
  ];
  const confidence: Partial<Record<ConfidenceField, number>> = {
    kind: round(Math.min(0.95, 0.5 + Math.abs(kindScore.event - kindScore.call) / 20)),
    title: title.confidence,
    deadlines: deadlines.length ? round(minOf(deadlines.map((d) => factConfidence(d.fact)))) : rolling ? 0.7 : 0.5,
    start: kind === 'event' ? event?.confidence ?? 0.5 : 0.9,
    end: kind === 'event' ? event?.confidence ?? 0.5 : 0.9,
    location: location.confidence,
    organizer: organizer.confidence,
    summary: 0.6,
  };
  if (relative.length) notes.push(`relative deadline kept as text: ${relative.join('; ')}`);
  const draft: Draft = {
    kind,
    title: title.value,
    url: ctx.url,
    summary,
    organizer: organizer.value,
    location: location.value,
    deadlines: deadlines.map((d) => d.deadline),
    deadline,
    start: kind === 'event' ? value(event?.start) : null,
    end: kind === 'event' ? value(event?.end) : null,
    programme,
    amount: kind === 'call' ? findAmount(text) : null,
    confidence,
    evidence,
  };
  if (feeds) {
    const [call, event] = splitContributionCall(draft, text, cues, (list) => deriveDeadline(list, ctx.today));
    if (ctx.includePast) [call, event].forEach((d) => (d.over = overAt(d, ctx.today, closed)));
    return { draft: event, call, notes: [...notes, 'a call for contributions and the event it feeds'] };
  }
  if (ctx.includePast) draft.over = overAt(draft, ctx.today, closed);
  // one event on several days (sessions.ts) before a programme of several events
  // (the page's own text only: an entry's sentences tell the parts of its one event)
  if (kind === 'event' && unit.source === 'page' && !structured?.start && !sessionDates(unitFacts).length) {
    const programme = proseEvents(unitFacts, cues);
    // the events of an article are the host's its sentences name, not the site's that reports them (a newspaper)
    const host = programme.length ? hostSubject(text) : undefined;
    if (programme.length) return asProgramme(draft, unitFacts, programme, notes, announcedDraft(host ? { ...draft, organizer: host } : draft, ctx, (f) => resolve(f, f.start, baseCtx(f)), (f, d) => resolve(f, d, baseCtx(f))));
  }
  const toEvent = announcedDraft(draft, ctx, (f) => resolve(f, f.start, baseCtx(f)), (f, d) => resolve(f, d, baseCtx(f)));
  const announced = (kind === 'call' || unit.source === 'page' ? announcedEvents(unitFacts, cues) : []).flatMap(toEvent);
  if (kind === 'event') return structured?.start ? { draft, notes } : withSessions(draft, unitFacts, notes, ctx, (f) => resolve(f, f.start, baseCtx(f)), unit.source === 'page' ? announced : []);
  if (announced.length) notes.push(`${announced.length} event(s) announced in its text`);
  if (described) {
    notes.push('call without a deadline or an open window: only described');
    return announced.length ? { draft: announced[0], notes, announced: announced.slice(1) } : { draft: null, notes };
  }
  // the schemes a list names under the deadline stated once for all of them: one call each (scheme-lists.ts)
  const schemes = schemeNames(unit.blocks).map((name) => ({ ...draft, title: name, confidence: { ...draft.confidence, title: 0.6 } }));
  if (schemes.length) return { draft: schemes[0], notes: [...notes, `${schemes.length} schemes listed under one deadline`], announced: [...schemes.slice(1), ...announced] };
  return { draft, notes, announced };
}

/** Turns one event a unit's text announces into a draft beside the unit's own (`base` gives organizer, url, summary). */
function announcedDraft(base: Draft, ctx: PageContext, resolveStart: (f: DateFact) => Dated, resolveDate: (f: DateFact, d: WrittenDate) => Dated) {
  return (a: AnnouncedEvent): Draft[] => {
    const start = resolveStart(a.fact);
    const endTime = clock(a.fact.end?.time);
    const sameDay = !a.fact.end || (a.fact.end.day === a.fact.start.day && a.fact.end.month === a.fact.start.month);
    const end = a.fact.end && !sameDay ? resolveDate(a.fact, { ...a.fact.end, year: a.fact.end.year ?? splitDay(start.date).year }) : endTime && start.time ? { date: start.date, time: endTime } : undefined;
    const event: Draft = {
      ...base,
      kind: 'event',
      title: a.title,
      summary: a.fact.evidence.slice(0, 300),
      location: linePlace({ fact: a.fact, text: a.fact.evidence, title: a.title, rule: a.online ? 'online' : a.place ?? findLocation([{ ...a.fact.block, text: a.fact.evidence }], new Map(), '', ctx.cues).value }, ctx),
      deadlines: [],
      deadline: null,
      start: value(start),
      end: value(end),
      programme: null,
      amount: null,
      evidence: [{ field: 'start', value: value(start)!, text: a.fact.evidence }],
      confidence: { ...base.confidence, kind: 0.6, title: 0.5, start: 0.6, end: 0.6, location: 0.5 },
    };
    if ((event.end ?? event.start)!.slice(0, 10) < ctx.today && !ctx.includePast) return [];
    if (ctx.includePast) event.over = overAt(event, ctx.today);
    return [event];
  };
}

/**
 * A unit whose sentences announce a programme of events (prose-events.ts): one draft per event; the unit's own item
 * stays only when its day is none of theirs and is more than a bare date line (an article's own date).
 */
function asProgramme(draft: Draft, facts: DateFact[], programme: AnnouncedEvent[], notes: string[], toEvent: (a: AnnouncedEvent) => Draft[]): Assembled {
  const drafts = programme.flatMap(toEvent);
  const note = `${programme.length} events announced in its sentences`;
  const day = draft.start?.slice(0, 10);
  const own = facts.find((f) => draft.evidence.some((e) => e.field === 'start' && e.text === f.evidence));
  const isBare = (f: DateFact) => !/\p{L}{3,}/u.test(f.evidence.replace(f.text, ''));
  const bare = !!own && isBare(own);
  // the page dated by its dateline (a bare date read as its publication) and otherwise only by a loose date after it
  // (the first of the dates its sentences tell): the article is the programme, not an event of its own
  const dateline = facts.find((f) => f.role === 'publication' && isBare(f));
  const told = !!own && !!dateline && dateline.id < own.id && own.role === 'unknown';
  // the page's own day is the event of that day's sentence: the page's item stands for it
  if (day && !bare && !told) return { draft, notes: [...notes, note], announced: drafts.filter((d) => d.start?.slice(0, 10) !== day) };
  if (!drafts.length) return { draft: null, notes: [...notes, note, 'every one is over'] };
  return { draft: drafts[0], notes: [...notes, note, 'the page itself is their programme'], announced: drafts.slice(1) };
}

/**
 * An event offered on several separate days: one draft per day (sessions.ts), each with its own hours — the date's own,
 * else the one clock time its sentence gives for all ("am 23.06. und am 16.09., jeweils von 14 bis 16:30 Uhr") — and
 * the deadlines that precede it: one each in order when there are as many as days, else each with the first day after it.
 */
function withSessions(draft: Draft, facts: DateFact[], notes: string[], ctx: PageContext, resolveStart: (f: DateFact) => Dated, told: Draft[] = []): Assembled {
  const sessions = sessionDates(facts);
  if (!sessions.length) return toldApart(draft, notes, told);
  const days = sessions.map((f) => resolveStart(f));
  // the days after the first deadline are the ones the deadlines can be for (a post's own date comes before them)
  const first = draft.deadlines[0]?.date ?? '';
  const later = days.filter((d) => d.date >= first);
  const paired = draft.deadlines.length === later.length;
  // the event's own day stands apart from the sessions ("Termin: 24. März" and "Weitere … folgen am 31. März …"): it stays
  // the item, its deadlines its own, and every session is one more
  const apart = !!draft.start && !days.some((d) => draft.start!.startsWith(d.date));
  const deadlinesOf = (i: number) =>
    apart ? [] : draft.deadlines.filter((d, j) => (paired ? later[j] === days[i] : d.date <= days[i].date && (i === 0 || d.date > days[i - 1].date)));
  const drafts = sessions.flatMap((f, i) => {
    let start = days[i];
    const blockTimes = ctx.facts.times.filter((t) => t.block === f.block);
    const shared = !f.start.time && blockTimes.length === 1 ? blockTimes[0] : undefined;
    let end: Dated | undefined;
    if (!start.time && shared) {
      const day = start.date;
      start = { ...start, ...inPageClock(day, shared.start, ctx) };
      if (!f.end?.time && shared.end) end = inPageClock(day, shared.end, ctx);
    }
    if (!end && f.end?.time && start.time) end = { date: start.date, time: clock(f.end.time) };
    const deadlines = deadlinesOf(i);
    const kept = new Set(deadlines.map((d) => (d.time ? `${d.date}T${d.time}` : d.date)));
    const session: Draft = {
      ...draft,
      deadlines,
      deadline: deriveDeadline(deadlines, ctx.today),
      start: value(start),
      end: value(end),
      location: sessionPlace(f) ?? draft.location,
      evidence: [...draft.evidence.filter((e) => e.field === 'deadline' && kept.has(e.value)), { field: 'start', value: value(start)!, text: f.evidence }],
    };
    if (start.date < ctx.today && !ctx.includePast) return [];
    if (ctx.includePast) session.over = overAt(session, ctx.today);
    return [session];
  });
  if (!drafts.length) return { draft, notes };
  if (apart) return { draft, notes: [...notes, `${sessions.length} more days: one event each`], announced: drafts };
  return { draft: drafts[0], notes: [...notes, `${sessions.length} separate days: one event each`], announced: drafts.slice(1) };
}

/**
 * A page about several sessions, each told in a sentence of its own ("An information session will take place on June
 * 22 at …", "On July 8 a drop-in session …", "A Grant Writing Workshop will be run on June 18"): the page's own event
 * stays, and every other day's session is one more event — when there are at least two (one more date is an aside).
 */
function toldApart(draft: Draft, notes: string[], told: Draft[]): Assembled {
  const day = draft.start?.slice(0, 10);
  const seen = new Set([day]);
  const others = told.filter((e) => !seen.has(e.start?.slice(0, 10)) && !!seen.add(e.start?.slice(0, 10)));
  if (others.length < MIN_TOLD) return { draft, notes };
  return { draft, notes: [...notes, `${others.length} more sessions told in its sentences`], announced: others };
}

/** at least this many sessions besides the page's own event make a page of sessions */
const MIN_TOLD = 2;

/** What about a draft is over at `today`: an event's last day, or every deadline of a call (or its closed round); null while relevant. */
export function overAt(draft: Pick<Draft, 'kind' | 'start' | 'end' | 'deadlines'>, today: string, closed = false): Over | null {
  if (draft.kind === 'event') {
    const last = (draft.end ?? draft.start)?.slice(0, 10);
    return last && last < today ? 'event' : null;
  }
  const live = draft.deadlines.some((d) => d.date >= today);
  return !live && (closed || draft.deadlines.length > 0) ? 'deadline' : null;
}

/** A job advertisement: two different job signals, at least one of them strong ("(m/w/d)", "Vorstellungsgespräche"). */
function isJobAd(text: string, cues: CueSet[]): boolean {
  const all = (re: RegExp) => [...text.matchAll(globalOf(re))].map((m) => m[0].toLowerCase());
  return cues.some((c) => {
    const strong = new Set(all(c.jobAd.strong));
    return strong.size >= 1 && strong.size + new Set(all(c.jobAd.weak)).size >= 2;
  });
}

/** The earliest deadline on or after today, else the latest, else null. */
export function deriveDeadline(deadlines: Deadline[], today: string): string | null {
  const values = deadlines.map((d) => (d.time ? `${d.date}T${d.time}` : d.date)).sort();
  if (!values.length) return null;
  return values.find((v) => v.slice(0, 10) >= today) ?? values[values.length - 1];
}

function dedupeDeadlines(list: Array<{ deadline: Deadline; fact: DateFact }>): Array<{ deadline: Deadline; fact: DateFact }> {
  const byDay = new Map<string, { deadline: Deadline; fact: DateFact }>();
  for (const entry of list) {
    const seen = byDay.get(entry.deadline.date);
    // the same day with and without a time: the page states the time once, it holds for both mentions
    if (!seen || (!seen.deadline.time && entry.deadline.time) || (seen.deadline.kind === 'other' && entry.deadline.kind !== 'other' && seen.deadline.time === entry.deadline.time)) byDay.set(entry.deadline.date, entry);
  }
  return [...byDay.values()].sort((a, b) => key(a.deadline).localeCompare(key(b.deadline)));
}

const key = (d: Deadline) => (d.time ? `${d.date}T${d.time}` : d.date);

/** An extended deadline ("die Frist wurde bis zum 14. April verlängert") replaces the latest deadline before it. */
function dropExtended(list: Array<{ deadline: Deadline; fact: DateFact }>): Array<{ deadline: Deadline; fact: DateFact }> {
  const replaced = new Set<{ deadline: Deadline; fact: DateFact }>();
  for (const entry of list) {
    if (!entry.fact.extended) continue;
    const earlier = list.filter((e) => !e.fact.extended && !replaced.has(e) && key(e.deadline) < key(entry.deadline));
    if (earlier.length) replaced.add(earlier[earlier.length - 1]);
  }
  return list.filter((e) => !replaced.has(e));
}

/** A year in a title or heading is the call's year only near the page's own time ("Nachhaltige Kommune 2030" names a goal). */
function plausibleYear(year: number | undefined, reference: string): number | undefined {
  if (year === undefined) return undefined;
  return Math.abs(year - Number(reference.slice(0, 4))) <= 1 ? year : undefined;
}

interface EventDates {
  start?: Dated;
  end?: Dated;
  confidence: number;
}

/** "31.12.9999" says "open-ended": outside the years an item's dates may have (shared/schema.ts), a date is no date. */
function withinYears(event: EventDates | null): EventDates | null {
  if (!event) return null;
  const start = event.start && isSupportedDate(event.start.date) ? event.start : undefined;
  return { ...event, start, end: start && event.end && isSupportedDate(event.end.date) ? event.end : undefined };
}

/** An event's start and end: structured data, then "Datum von/bis" fields, then event sentences, then a lone date. */
function eventDates(
  unitFacts: DateFact[],
  unit: Unit,
  structured: StructuredEvent | undefined,
  ctx: PageContext,
  baseCtx: (f: DateFact) => YearContext,
  resolve: (f: DateFact, d: WrittenDate, yc: YearContext) => Dated,
): EventDates | null {
  if (structured?.start) {
    const start: Dated = { date: structured.start.date, time: structured.start.time };
    const end: Dated | undefined = structured.end ? { date: structured.end.date, time: structured.end.time } : undefined;
    return normalizeEnd({ start, end, confidence: 0.95 });
  }
  const usable = unitFacts.filter((f) => !f.approximate);
  const fieldEvents = usable.filter((f) => f.role === 'event' && f.block.label !== undefined);
  const proseEvents = usable.filter((f) => f.role === 'event' && f.block.label === undefined);
  const loose = usable.filter((f) => f.role === 'unknown');
  // a range holding every other loose date ("12–14 June 2026" over "12 June, 14:00" … "14 June, 9:30") is the event's
  // span; the dates inside it are its programme
  const span = loose.find((f) => f.end && f.start.year !== null && loose.every((g) => g === f || within(g, f)));
  // a loose date with its year before the clipping day is a dateline or a report's past ("Prenzlauer Berg · 7. November
  // 2018, 14:20 Uhr", "Pressemitteilung · 11.09.2017"): the page's coming date, when it gives one, is the event's
  const coming = loose.filter((f) => !writtenBefore(f.end ?? f.start, ctx.today));
  const startFact = fieldEvents.find((f) => f.edge !== 'end') ?? proseEvents[0] ?? span ?? coming.find((f) => f.start.time) ?? coming[0] ?? loose.find((f) => f.start.time) ?? loose[0];
  if (!startFact) return { confidence: 0.3 };
  const confidence = fieldEvents.includes(startFact) ? 0.85 : proseEvents.includes(startFact) ? 0.7 : 0.5;
  // the day told again further on with its hours ("Klima-Workshop am 22. März" … "findet am Mittwoch, 22. März, von 17
  // bis ca. 20 Uhr statt"): the hours are the event's
  const again = startFact.start.time || startFact.end ? undefined : toldAgain(startFact, usable);
  let start = resolve(startFact, again ? { ...startFact.start, time: again.start.time } : startFact.start, baseCtx(startFact));
  const startDay = splitDay(start.date);
  let end: Dated | undefined;
  const endFact = fieldEvents.find((f) => f.edge === 'end');
  if (startFact.end) end = resolve(startFact, { ...startFact.end, year: startFact.end.year ?? startDay.year }, { ...baseCtx(startFact), event: undefined });
  else if (endFact && endFact !== startFact) end = resolve(endFact, { ...endFact.start, year: endFact.start.year ?? startDay.year }, baseCtx(endFact));
  else if (again?.end?.time) end = { date: start.date, time: clock(again.end.time), fact: again };
  // clock times: the date's own, else a time field or a time in the same block ("10 bis 14 Uhr")
  const times = ctx.facts.times.filter((t) => unit.blocks.includes(t.block));
  const sameBlock = times.filter((t) => t.block === startFact.block);
  const fieldTimes = times.filter((t) => t.labelled || (t.block.label !== undefined && ctx.cues.some((c) => c.fields.time.test(t.block.label!) || c.fields.startTime.test(t.block.label!) || c.fields.endTime.test(t.block.label!))));
  const labelled = fieldTimes.length ? fieldTimes : timeFieldsByValue(unit, ctx);
  // a list entry or card states its hours on a line of their own ("Online · 10:00 bis 12:00 Uhr"): used when it is the
  // unit's only clock time (several times are an agenda)
  const lone = unit.source !== 'page' && times.length === 1 && !startFact.start.time ? times : !times.length && !startFact.start.time ? sharedTimes(unit, ctx) : [];
  // the date's own hours on the line after it ("10.03.2026" / "Dienstag" / "17:00 bis 18:15 Uhr"): the one time of the next
  // two blocks, with no other date before it
  const nextLine = !startFact.start.time && !sameBlock.length ? hoursBelow(startFact, times, unitFacts) : [];
  const startTime = labelled.find((t) => t.edge === 'start') ?? labelled.find((t) => !t.edge) ?? sameBlock.find((t) => t.edge !== 'end') ?? lone.find((t) => t.edge !== 'end') ?? nextLine.find((t) => t.edge !== 'end');
  const endTime = labelled.find((t) => t.edge === 'end')?.start ?? labelled.find((t) => !t.edge && t.end)?.end ?? sameBlock.find((t) => t.end)?.end ?? lone.find((t) => t.end)?.end ?? nextLine.find((t) => t.end)?.end;
  const day = start.date; // the page's day, before its clock moves it
  if (!start.time && startTime && startTime.edge !== 'end') start = { ...start, ...inPageClock(day, startTime.start, ctx) };
  if (end && !end.time && endTime) end = { ...end, ...inPageClock(end.date, endTime, ctx) };
  else if (!end && endTime && start.time) end = inPageClock(day, endTime, ctx);
  if (end && !end.time && startFact.end?.time) end.time = clock(startFact.end.time);
  return normalizeEnd({ start, end, confidence });
}

/**
 * Another mention of the start's day in the unit, with a clock time of its own and at most hours on that day (an
 * event's or a role-less date, no deadline): the same day told again with its hours.
 */
function toldAgain(startFact: DateFact, usable: readonly DateFact[]): DateFact | undefined {
  const { year, month, day } = startFact.start;
  return usable.find((f) =>
    f !== startFact && (f.role === 'event' || f.role === 'unknown') && f.start.time && f.start.month === month && f.start.day === day &&
    (f.start.year === null || year === null || f.start.year === year) &&
    (!f.end || (f.end.month === month && f.end.day === day)));
}

/**
 * The time on one of the two lines right after a date's own block, when it is the only time there and no other date
 * stands between them: a date line followed by its hours ("Dienstag, 10.03.2026" / "17:00 bis 18:15 Uhr").
 */
function hoursBelow(startFact: DateFact, times: PageFacts['times'], unitFacts: readonly DateFact[]): PageFacts['times'] {
  const from = startFact.block.id;
  const below = times.filter((t) => t.block.id > from && t.block.id <= from + 2);
  if (below.length !== 1) return [];
  const at = below[0].block.id;
  return unitFacts.some((f) => f.block.id > from && f.block.id <= at) ? [] : below;
}

/**
 * A list of dates under one shared time ("Die Webinare finden jeweils von 10 bis 11:30 Uhr statt:", "each from 14:00 to
 * 15:30"): the time stated once beside the list, outside its entries, with a word saying it holds for each.
 */
function sharedTimes(unit: Unit, ctx: PageContext): PageFacts['times'] {
  if (unit.source !== 'list' || !unit.within) return [];
  const section = blocksIn(unit.within);
  const shared = ctx.facts.times.filter((t) => !t.block.list && section.has(t.block) && /(?<![\p{L}])(?:jeweils|each|all sessions)(?![\p{L}])/iu.test(t.block.text));
  return shared.length === 1 ? shared : [];
}

/** A date written with its year that lies before `today` (YYYY-MM-DD); a date without a year is never before. */
function writtenBefore(d: WrittenDate, today: string): boolean {
  return d.year !== null && iso(d.year, d.month, d.day) < today;
}

/** A date falls inside a range's days (years left out when the date has none). */
function within(date: DateFact, range: DateFact): boolean {
  const day = (d: WrittenDate) => d.month * 100 + d.day;
  if (!range.end) return false;
  if (date.start.year !== null && range.start.year !== null && date.start.year !== range.start.year) return false;
  return day(date.start) >= day(range.start) && day(date.end ?? date.start) <= day(range.end);
}

/** Time fields the date layer left unread ("Uhrzeit von: 12:30" as a bare cell): parsed as values. */
function timeFieldsByValue(unit: Unit, ctx: PageContext) {
  const out: Array<{ block: Block; start: ClockTime; end?: ClockTime; edge?: 'start' | 'end' }> = [];
  for (const b of unit.blocks) {
    const label = b.label;
    if (!label || !ctx.cues.some((c) => c.fields.time.test(label) || c.fields.startTime.test(label) || c.fields.endTime.test(label))) continue;
    const parsed = parseTimeValue(b.text.startsWith(label) ? b.text.slice(label.length + 1) : b.text);
    if (!parsed) continue;
    const edge = ctx.cues.some((c) => c.fields.endTime.test(label)) ? 'end' : ctx.cues.some((c) => c.fields.startTime.test(label)) ? 'start' : undefined;
    out.push({ block: b, start: parsed.start, end: parsed.end, edge });
  }
  return out;
}

/** A single-day event has no end unless an end time is stated. */
function normalizeEnd(e: EventDates): EventDates {
  if (e.start && e.end && e.end.date === e.start.date && !e.end.time) e.end = undefined;
  if (e.start && e.end && e.end.date === e.start.date && e.end.time && e.start.time && e.end.time <= e.start.time) e.end = undefined;
  return e;
}

function scoreKind(unit: Unit, facts: DateFact[], title: string, structured: StructuredEvent | undefined, ctx: PageContext): { event: number; call: number } {
  const { cues } = ctx;
  let event = 0;
  let call = 0;
  const count = countUpTo;
  const text = unit.blocks.filter((b) => b.type !== 'heading').map((b) => b.text).join('\n');
  const above = [...unit.headings.map((h) => h.text), unit.intro ?? ''].join(' ');
  // a list entry's title names its topic ("Writing a strong application"); the heading over the list says what every
  // entry is ("Info sessions …")
  const aboveWeight = unit.source === 'list' ? 4 : 2;
  // a title's head names what the item is; its topic after "zum"/"on" names what it is about ("Info-Veranstaltung zum
  // Aufruf", "Webinar on the call for proposals")
  const topicAt = title.search(/\s(?:zum|zur|zu|über|on|about|for the)\s/iu);
  const head = topicAt > 0 ? title.slice(0, topicAt) : title;
  const topic = topicAt > 0 ? title.slice(topicAt) : '';
  const [inHead, inTopic, inAbove] = [head, topic, above].map(cueWordsOf);
  for (const c of cues) {
    event += 3 * inHead.count(c.eventNouns, 1) + inTopic.count(c.eventNouns, 1) + aboveWeight * inAbove.count(c.eventNouns, 1) + count(c.eventNouns, text, 3);
    call += 3 * inHead.count(c.callNouns, 1) + inTopic.count(c.callNouns, 1) + aboveWeight * inAbove.count(c.callNouns, 1) + count(c.callNouns, text, 3);
  }
  for (const f of facts) {
    if (f.role === 'event') event += f.block.label !== undefined ? 5 : 3;
    // a dated clock time under a title that names an event is that event's time
    else if (f.role === 'unknown' && f.start.time && !f.approximate) event += cues.some((c) => inHead.test(c.eventNouns)) ? 3 : 1;
    // the date an entry's heading opens or closes with ("Sa 07. September – Fortbildung …", "Seminar … - 20.4.2016, Bonn") is when it happens
    else if (f.role === 'unknown' && f.block === unit.section?.heading && (openingDate(f.block, facts) === f || closingDate(f.block, facts) === f)) event += 3;
    else if (f.role === 'deadline') {
      if (f.kind === 'registration') event += 2;
      else call += 4;
    }
  }
  // an entry of a listing dated only by when it happens (no deadline word anywhere near its date) is an occasion
  if (unit.source !== 'page' && facts.length && facts.every((f) => f.role === 'unknown' || f.role === 'event')) event += 1;
  if (structured?.start) event += 10;
  if (unit.source === 'page' && ctx.meta.icsLink) event += 3;
  if (unit.blocks.some((b) => ctx.facts.rolling.has(b.id))) call += 2;
  return { event, call };
}

/**
 * Event and call words that weigh the same: a unit dated only by when something happens (a date no cue explains, an
 * event date) and without a deadline of its own is the event; else neither. (Breaking the tie towards the call for
 * any deadline of its own made false items — a campaign month read as a call; only an action deadline does, above.)
 * With the coming start (eventDates) it raised the cross-validated fields 716 cases 0.740 → 0.749 (seventh session,
 * docs/extraction-units.md).
 */
function tieBreak(score: { event: number; call: number }, facts: DateFact[]): 'event' | null {
  if (score.event === 0) return null;
  if (facts.some((f) => f.role === 'deadline' && f.kind !== 'registration')) return null;
  return facts.some((f) => (f.role === 'event' || f.role === 'unknown') && !f.approximate) ? 'event' : null;
}

/**
 * A year in the label that introduces a run of dates in running text ("Antragsstichtage 2026: 15.01., 15.04. und
 * 15.10."): it dates them like a heading would.
 */
function leadYear(f: DateFact): number | undefined {
  const m = /(?<!\d)(20\d\d)\s*:\s*(?:(?:\d{1,2}\.\s?\d{1,2}\.?|,|\s|und|sowie|oder|bzw\.)\s*)*$/u.exec(f.block.text.slice(0, f.index));
  return m ? Number(m[1]) : undefined;
}

function headingYear(block: Block, root: Section): number | undefined {
  // the headings of the block's own section and of its parent, the parent's first (tree order)
  const own = sectionHolding(root, block);
  for (const s of [own?.parent, own]) {
    const y = s?.heading ? yearIn(s.heading.text) : undefined;
    if (y) return y;
  }
  return undefined;
}

function factConfidence(f: DateFact): number {
  return Math.min(0.95, f.confidence * (f.block.label !== undefined ? 0.95 : 0.8));
}

function splitDay(date: string): { year: number; month: number; day: number } {
  const [year, month, day] = date.split('-').map(Number);
  return { year, month, day };
}



/**
 * A clock time the date layer read apart from its date ("Zeit: 18:00 Uhr", "running from 2.30pm to 4.30pm"), joined to
 * its day: written in the page's own clock (page-clock.ts), so Berlin's may be another day. Times beside their date
 * were converted by the date layer already.
 */
function inPageClock(date: string, time: ClockTime, ctx: PageContext): Dated {
  if (!ctx.facts.clock || time.hour > 23) return { date, time: clock(time) };
  const [year, month, day] = date.split('-').map(Number);
  const local = atTime({ year, month, day }, time, ctx.facts.clock);
  return { date: iso(local.year!, local.month, local.day), time: clock(local.time) };
}

function value(d: Dated | undefined): string | null {
  if (!d) return null;
  return d.time ? `${d.date}T${d.time}` : d.date;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
