/** What the item is beside what a title candidate names (features/title-kind.ts): the roles of its dates × the kind nouns. */
import { describe, expect, it } from 'vitest';
import type { DateFact } from '../../../shared/extract/facts.ts';
import { datesOf, kindFeatures } from '../../../shared/extract/features/title-kind.ts';

const fact = (role: DateFact['role']) => ({ role }) as DateFact;

describe('title kind features', () => {
  it('reads the roles of the unit’s dates', () => {
    expect(datesOf([])).toBe('none');
    expect(datesOf([fact('deadline'), fact('unknown')])).toBe('deadline');
    expect(datesOf([fact('event'), fact('publication')])).toBe('event');
    expect(datesOf([fact('event'), fact('deadline')])).toBe('both');
  });

  it('crosses each kind noun of the candidate with those roles, and says when it has none', () => {
    expect(kindFeatures(new Set(['noun:event', 'words:2-3']), 'event')).toEqual(['kind:event|dates:event']);
    expect(kindFeatures(new Set(['noun:programme', 'noun:call']), 'deadline')).toEqual(['kind:programme|dates:deadline', 'kind:call|dates:deadline']);
    expect(kindFeatures(new Set(['words:1']), 'both')).toEqual(['kind:none|dates:both']);
  });
});
