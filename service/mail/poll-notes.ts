/**
 * What a poll says on the mailbox's lastPoll beside its counts: the messages it could not read (malformed MIME), the
 * mail loops it found, each counted and named by Message-ID, then the other notes (an attachment not read, a message
 * too large), in plain words, within 1,000 characters. English, as every run record (the CLI prints it). Pure.
 */
import { normalizeText } from '../../shared/text.ts';
import { MESSAGE_LIMITS } from './message.ts';

export interface PollReport {
  /** per message: what of it was left unread */
  notes: string[];
  /** messages whose MIME could not be read (a garbled body, or mailparser gave up), by key */
  unreadable: string[];
  /** messages that are mail loops, by key */
  loops: string[];
}

export const emptyReport = (): PollReport => ({ notes: [], unreadable: [], loops: [] });

/** keys named per kind; the count says how many there were */
const NAMED = 3;
const NOTES_KEPT = 5;
const MAX_CHARS = 1000;

const plural = new Intl.PluralRules('en');
const messages = (n: number) => `${n} ${plural.select(n) === 'one' ? 'message' : 'messages'}`;
const named = (keys: string[]) => keys.slice(0, NAMED).join(', ') + (keys.length > NAMED ? ', …' : '');

/** The note of a poll, or null when everything was read. */
export function pollNote(report: PollReport): string | null {
  const lines = [
    report.unreadable.length > 0 ? `${messages(report.unreadable.length)} not readable (malformed MIME), nothing read from ${report.unreadable.length === 1 ? 'it' : 'them'}: ${named(report.unreadable)}` : null,
    report.loops.length > 0
      ? `mail loop detected: ${messages(report.loops.length)} forwarded into ${report.loops.length === 1 ? 'itself' : 'themselves'} or more than ${MESSAGE_LIMITS.maxDepth} levels deep, not read: ${named(report.loops)}`
      : null,
    ...report.notes.slice(0, NOTES_KEPT),
  ].filter((line): line is string => line !== null);
  return lines.length > 0 ? normalizeText(lines.join('; ')).slice(0, MAX_CHARS) : null;
}
