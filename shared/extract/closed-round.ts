/**
 * Whether the page says an item is over before it is read as one (pure): a round the page calls closed, and an event
 * it calls off.
 *
 * - A closed round is said in the unit's own text ("Anträge können nicht mehr gestellt werden"), or — for the entries
 *   of a list or the rows of a table — in a line of the section they stand in, above them ("*** This call is closed ***"
 *   over the list of the call's dates): the entries are that call's parts, and the line speaks for them.
 * - An event is called off when one of its lines is nothing but the status ("Veranstaltung fällt aus", "ABGESAGT"),
 *   or its heading opens with it ("Abgesagt (Stand …) Einladung zur …"), and no new date is given ("verschoben",
 *   "Ersatztermin").
 */
import type { Block } from './blocks.ts';
import { callsOff } from './features/status-words.ts';
import type { Section } from './sections.ts';
import type { Unit } from './segment.ts';

/** a status line is short: a few words ("Veranstaltung fällt aus", "Diese Veranstaltung ist leider abgesagt") */
const STATUS_WORDS = 6;
/** a unit's status stands at its top: its heading and the lines right under it */
const TOP = 3;
/** the opening words of a heading that can hold the status ("Abgesagt:", "ABSAGE –", "Cancelled:") */
const OPENING_WORDS = 2;

/** per section: the first of its own lines (no list entry, no table cell) that says the round is closed */
const firstClosed = new WeakMap<Section, number>();

function closedLineOf(section: Section, closed: Set<number>): number {
  const known = firstClosed.get(section);
  if (known !== undefined) return known;
  const line = section.blocks.find((b) => !b.list && !b.cell && closed.has(b.id));
  const id = line ? line.id : Infinity;
  firstClosed.set(section, id);
  return id;
}

/** The page says the unit's round is over: in its own text, or above the list or table it is an entry of. */
export function saysClosed(unit: Unit, closed: Set<number>): boolean {
  if (unit.blocks.some((b) => closed.has(b.id))) return true;
  if ((unit.source !== 'list' && unit.source !== 'row') || !unit.within || !closed.size) return false;
  const first = unit.blocks[0]?.id ?? -1;
  return closedLineOf(unit.within, closed) < first;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/**
 * The unit's status says its round is over, whatever later dates it names (a project period, a decision, the next
 * stage of those selected): its own heading ("Wettbewerbsaufruf beendet") or a line of a few words ("Anträge können nicht
 * mehr gestellt werden.") that says so at the unit's top, before any of its dates (`firstDated`: the block id of its
 * first date; a status after them is another entry's, as in a list of news).
 */
export function closedStatus(unit: Unit, closed: Set<number>, firstDated: number): boolean {
  const own = unit.section?.heading ?? unit.blocks[0];
  return unit.blocks.slice(0, TOP).some((b) => b.id < firstDated && closed.has(b.id) && (b === own || (b.type !== 'heading' && words(b.text).length <= STATUS_WORDS + 2)));
}

/** A line that is only the status of an event called off, or a heading that opens with it. */
function statusLine(b: Block): boolean {
  const w = words(b.text);
  if (w.length <= STATUS_WORDS && callsOff(b.text)) return true;
  return b.type === 'heading' && callsOff(w.slice(0, OPENING_WORDS).join(' ')) && callsOff(b.text);
}

/** The page says the event of the unit is called off (and gives it no new date). */
export function calledOff(unit: Unit): boolean {
  const text = unit.blocks.map((b) => b.text).join(' ');
  return unit.blocks.some(statusLine) && callsOff(text);
}
