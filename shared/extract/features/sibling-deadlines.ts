/**
 * Where the cue cascade has already read a deadline near a date: in another entry of the same list, another cell of
 * the same table column, another block of the same section. An overview of several funds writes one deadline cue and
 * leaves the same kind of date in the next entries bare ("Mobilitätsprojekte: Antragsfrist ist der 2. Februar" above
 * "Strategische Partnerschaften: 31. März 2016, 12 Uhr"); a reader takes the entries' dates as the same kind of date. A
 * feature of the learned date roles (features/date-role.ts), not a rule: the model weighs it against the date's own words.
 * One pass in page order (only earlier siblings count), constant work per date.
 */
import type { Block } from '../blocks.ts';

/** The structures a date's siblings share with it. */
export type SiblingScope = 'list' | 'column' | 'section';

interface Seen {
  /** the first block of the scope in which the cascade read a deadline */
  first: number;
  /** a deadline was read in a second block of the scope as well */
  more: boolean;
}

/** Deadlines the cascade read so far, by the list, table column and section they stand in. */
export class SiblingDeadlines {
  private readonly seen = new Map<string, Seen>();

  /** The scopes in which an earlier block (not this one) holds a deadline the cascade read. */
  before(block: Block, heading: number | null): SiblingScope[] {
    const out: SiblingScope[] = [];
    for (const [scope, key] of keysOf(block, heading)) {
      const s = this.seen.get(key);
      if (s && (s.first !== block.id || s.more)) out.push(scope);
    }
    return out;
  }

  /** Notes that the cascade read a deadline in this block. */
  saw(block: Block, heading: number | null): void {
    for (const [, key] of keysOf(block, heading)) {
      const s = this.seen.get(key);
      if (!s) this.seen.set(key, { first: block.id, more: false });
      else if (s.first !== block.id) s.more = true;
    }
  }
}

function keysOf(block: Block, heading: number | null): Array<[SiblingScope, string]> {
  const out: Array<[SiblingScope, string]> = [];
  if (block.list) out.push(['list', `l${block.list.id}`]);
  if (block.cell && !block.cell.header) out.push(['column', `t${block.cell.table}:${block.cell.col}`]);
  if (block.type !== 'heading') out.push(['section', `h${heading ?? -1}`]);
  return out;
}
