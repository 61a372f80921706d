/**
 * What the item is, beside what a title candidate names (pure): the roles of the unit's dates (a deadline, an event's
 * day, both, none) crossed with the kind nouns the candidate holds (a programme, a call, an event, none). A unit whose
 * dates are an event's days is named by the candidate that names an event ("Regionalforum „…“"), not by the programme
 * the page is about; a unit with a deadline by the call or programme. Binary features named by roles and cue lists only.
 */
import type { DateFact } from '../facts.ts';
import { joiner } from './bucket.ts';

const NOUNS = ['noun:programme', 'noun:call', 'noun:event'] as const;
const KIND = { 'noun:programme': 'kind:programme', 'noun:call': 'kind:call', 'noun:event': 'kind:event' } as const;
const DATES: Record<string, string> = { deadline: 'dates:deadline', event: 'dates:event', both: 'dates:both', none: 'dates:none' };
const bar = joiner('|');
/** `kind:<noun>|dates:<roles>`, each name made once (bucket.ts) */
const named = (kind: string, dates: string) => bar(kind, DATES[dates] ?? `dates:${dates}`);

/** the roles the unit's dates carry: `deadline`, `event`, `both` or `none` */
export function datesOf(facts: readonly DateFact[]): string {
  let deadline = false;
  let event = false;
  for (const f of facts) {
    if (f.role === 'deadline') deadline = true;
    else if (f.role === 'event') event = true;
  }
  return deadline && event ? 'both' : deadline ? 'deadline' : event ? 'event' : 'none';
}

/** `kind:<noun>|dates:<roles>` for each kind noun among the candidate's features (`kind:none|…` when it has none). */
export function kindFeatures(features: ReadonlySet<string>, dates: string): string[] {
  const nouns = NOUNS.filter((n) => features.has(n));
  if (!nouns.length) return [named('kind:none', dates)];
  return nouns.map((n) => named(KIND[n], dates));
}
