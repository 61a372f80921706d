/**
 * Drafts that are parts of a page rather than items of their own (pure), dropped after duplicates are merged:
 *
 * - the periodical's issue itself ("Fördernewsletter 22. Januar 2024", "Newsletter 04/2016") beside the items it carries: the
 *   issue's own dates (its publication, a date of its editorial) make no call or event;
 * - a call with the very title of an event on the same page: the event's registration or an ask inside the event's
 *   announcement, read as a call of its own (the corpus README: parts of an event are no items).
 */
import { isPeriodicalIssue } from './features/title.ts';
import type { Draft } from './types.ts';

const key = (title: string) => title.trim().toLowerCase();

export function dropNonItems(items: Draft[]): Draft[] {
  if (items.length < 2) return [...items];
  const events = new Set(items.filter((d) => d.kind === 'event').map((d) => key(d.title)));
  return items.filter((d) => !isPeriodicalIssue(d.title) && !(d.kind === 'call' && events.has(key(d.title))));
}
