import { describe, expect, it } from 'vitest';
import { mergeDuplicates } from '../../../shared/extract/dedupe.ts';
import type { Draft } from '../../../shared/extract/types.ts';

const draft = (title: string, date: string | null, extra: Partial<Draft> = {}): Draft => ({
  kind: 'call',
  title,
  url: 'https://example.org/',
  summary: '',
  organizer: null,
  location: null,
  deadlines: date ? [{ date, label: 'Frist', kind: 'application' }] : [],
  deadline: date,
  start: null,
  end: null,
  programme: null,
  amount: null,
  confidence: {},
  evidence: [],
  ...extra,
});

describe('mergeDuplicates', () => {
  it('keeps the fuller of two announcements of the same call, at the first one’s place', () => {
    const teaser = draft('Aktuell: Projektaufruf Klima 2026', '2026-04-17', { summary: 'kurz' });
    const full = draft('Projektaufruf Klima 2026', '2026-04-17', { summary: 'der ganze Aufruf mit allen Einzelheiten' });
    const other = draft('Wettbewerb Faire Schule', '2026-05-01');
    expect(mergeDuplicates([teaser, other, full]).map((d) => d.title)).toEqual(['Projektaufruf Klima 2026', 'Wettbewerb Faire Schule']);
  });

  it('keeps calls apart that share a deadline but not a name', () => {
    const a = draft('Projektaufruf Klimapartnerschaften', '2026-04-17');
    const b = draft('Wettbewerb Faire Schule', '2026-04-17');
    expect(mergeDuplicates([a, b])).toHaveLength(2);
  });

  it('keeps drafts without any date apart, and a call apart from an event', () => {
    expect(mergeDuplicates([draft('Fonds X', null), draft('Fonds X', null)])).toHaveLength(2);
    expect(mergeDuplicates([draft('Forum X', '2026-04-17'), draft('Forum X', '2026-04-17', { kind: 'event' })])).toHaveLength(2);
  });
});
