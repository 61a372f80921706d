/**
 * A call for contributions that feeds an event: a conference page that also asks for papers, abstracts or topic
 * proposals by a date announces two items (corpus extra README, r6): the call (an opportunity to submit, with its
 * submission dates) and the event (something to attend, with its dates, place and its own registration deadline).
 * An event whose only deadline is its registration stays one item.
 */
import type { Deadline } from '../schema.ts';
import type { CueSet } from './cues/types.ts';
import type { DateFact } from './facts.ts';
import { framedBy } from './cues/words.ts';
import { namedByPhrase } from './organizer-phrases.ts';
import type { Draft } from './types.ts';

/** True when the unit describes an event and asks for contributions by a deadline that is not the registration. */
export function feedsEvent(text: string, facts: DateFact[], cues: CueSet[]): boolean {
  if (!cues.some((c) => c.contributionCall.pattern.test(text))) return false;
  const happens = facts.some((f) => f.role === 'event' && !f.approximate);
  const due = facts.some((f) => f.role === 'deadline' && f.kind !== 'registration');
  return happens && due;
}

/**
 * The unit's dates with the submission dates of its call read as deadlines: a date no cue explains under a label
 * naming what is submitted ("Full papers (optional) for the conference proceedings: 15 September 2026").
 */
export function withSubmissionDates(facts: DateFact[], cues: CueSet[]): DateFact[] {
  return facts.map((f) => {
    if (f.role !== 'unknown' || f.approximate) return f;
    const label = /^([^:\n]{2,80}):\s*$/u.exec(f.block.text.slice(0, f.index))?.[1].trim();
    if (!label || !cues.some((c) => c.contributionCall.nouns.test(label))) return f;
    return { ...f, role: 'deadline' as const, kind: 'submission' as const, label };
  });
}

/** Splits an event draft into the call for contributions (its submission dates) and the event (the rest). */
export function splitContributionCall(draft: Draft, text: string, cues: CueSet[], derive: (deadlines: Deadline[]) => string | null): [Draft, Draft] {
  const own = (d: Deadline) => d.kind === 'registration';
  const valueOf = (d: Deadline) => (d.time ? `${d.date}T${d.time}` : d.date);
  const eventDeadlines = draft.deadlines.filter(own);
  const callDeadlines = draft.deadlines.filter((d) => !own(d));
  const keeps = (list: Deadline[]) => (e: Draft['evidence'][number]) => e.field !== 'deadline' || list.some((d) => valueOf(d) === e.value);
  // a generic heading that only names the request ("CALL FOR PAPERS – Conference …") is the call's, not the event's
  const eventTitle = cues.reduce((t, c) => t.replace(framedBy(c.contributionCall.pattern, '^', '\\s*[–—:|-]?\\s*', 'iu'), ''), draft.title) || draft.title;
  const label = cues[0]?.contributionCall.label ?? 'Call for Papers';
  const event: Draft = { ...draft, title: eventTitle, deadlines: eventDeadlines, deadline: derive(eventDeadlines), evidence: draft.evidence.filter(keeps(eventDeadlines)) };
  const call: Draft = {
    ...draft,
    kind: 'call',
    title: `${label}: ${eventTitle}`,
    organizer: seriesOwner(text) ?? draft.organizer,
    deadlines: callDeadlines,
    deadline: derive(callDeadlines),
    start: null,
    end: null,
    location: null,
    evidence: draft.evidence.filter((e) => e.field === 'deadline' && keeps(callDeadlines)(e)),
    confidence: { ...draft.confidence, start: 0.9, end: 0.9, location: 0.9 },
  };
  return [call, event];
}

/**
 * The bodies whose initiative the event series is ("an initiative of A and B", "eine Initiative von A"): they ask for
 * the contributions; the host of one edition runs the event, not the call (corpus extra README, r6).
 */
function seriesOwner(text: string): string | undefined {
  const m = /(?<![\p{L}])(?:an?\s+initiative\s+(?:of|by)|eine\s+initiative\s+(?:von|der|des))\s+/iu.exec(text);
  return m ? namedByPhrase(`organised by ${text.slice(m.index + m[0].length)}`) : undefined;
}
