/**
 * Call windows: an overview of a programme's rounds, one line each with its own span of dates and a status word
 * ("5. Aufruf: 04.10.2024–07.02.2025 (geöffnet)", "6. Aufruf: 10.02.–30.04.2025 (noch geschlossen)", "Round 3: 1 March
 * – 30 April 2025 (open)"). A window that is open or still to come is a call of its own whose deadline is the span's
 * last day; a window whose status says it is closed is none. Without a status word a span stays what the date roles
 * made of it (a project period, an event's days): the status is what says the line is a round one can apply in.
 */
import type { DateFact } from './facts.ts';

/** open now, or not yet open ("noch geschlossen", "not yet open" say the round is still to come) */
const OPEN = /(?<![\p{L}])(?:geöffnet|offen|läuft|laufend|open|opened|ongoing|noch (?:nicht )?geschlossen|noch nicht (?:geöffnet|offen)|demnächst|in vorbereitung|geplant|not yet open|opens soon|coming soon|upcoming|planned)(?![\p{L}])/iu;
/** closed for good; "noch geschlossen" is read as upcoming before this is asked */
const CLOSED = /(?<![\p{L}])(?:geschlossen|beendet|abgelaufen|abgeschlossen|closed|ended|expired)(?![\p{L}])/iu;

/** The status a window's line gives, or undefined when it gives none. */
export function windowStatus(line: string): 'open' | 'closed' | undefined {
  if (OPEN.test(line)) return 'open';
  return CLOSED.test(line) ? 'closed' : undefined;
}

/**
 * The unit's window dates read as deadlines: spans of several days no cue explains, on a line whose status says the window is open or still to come — its last day the deadline.
 */
export function windowDeadlines(facts: DateFact[]): DateFact[] {
  return facts
    .filter((f) => f.role === 'unknown' && !f.approximate && !f.recurring && f.end && spansDays(f))
    .filter((f) => windowStatus(lineOf(f)) === 'open')
    .map((f) => ({ ...f, role: 'deadline' as const, kind: f.kind ?? ('application' as const), label: f.label ?? 'Einreichfenster' }));
}

const spansDays = (f: DateFact) => !!f.end && (f.end.day !== f.start.day || f.end.month !== f.start.month || (f.end.year ?? 0) !== (f.start.year ?? 0));

/** The line of the block the date stands on (a block may hold several lines). */
function lineOf(f: DateFact): string {
  const text = f.block.text;
  const from = text.lastIndexOf('\n', f.index) + 1;
  const to = text.indexOf('\n', f.index);
  return text.slice(from, to < 0 ? text.length : to);
}
