/** What makes a saved clip a correction (shared/corrections.ts), and its corpus label. */
import { describe, expect, it } from 'vitest';
import { corpusCaseName, corpusLabel, correctedFields, isCorrection, type Correction } from '../../shared/corrections.ts';

const fields = (over: Partial<Correction['saved'][number]['fields']> = {}): Correction['saved'][number]['fields'] => ({
  kind: 'event', title: 'Treffen', url: null, summary: '', organizer: null, location: null, deadlines: [], start: '2027-02-18', end: null, programme: null, amount: null, tags: [], ...over,
});

describe('a correction', () => {
  it('is a changed field of a saved item, named by field; summary, tags and other fields the extractor is not measured on do not count', () => {
    const draft = [fields()];
    expect(correctedFields({ draft, saved: [{ from: 0, fields: fields({ location: 'Herford', start: '2027-02-19' }) }] })).toEqual({ changed: [{ from: 0, fields: ['start', 'location'] }], added: [], removed: [] });
    expect(isCorrection({ draft, saved: [{ from: 0, fields: fields({ summary: 'eigene Notiz', tags: ['kreis'] }) }] })).toBe(false);
    expect(correctedFields({ draft, saved: [{ from: null, fields: fields({ title: 'Von Hand' }) }] }).changed).toEqual([{ from: null, fields: ['kind', 'title', 'deadlines', 'start', 'end', 'location', 'organizer'] }]);
  });

  it('counts the checklist against what the preview offered: a past item left unticked is none, ticked it is; an offered one unticked is', () => {
    const draft = [{ ...fields({ title: 'Vorbei' }), over: 'event' as const }, fields({ title: 'Kommt' })];
    expect(isCorrection({ draft, saved: [{ from: 1, fields: draft[1] }] })).toBe(false);
    expect(correctedFields({ draft, saved: [{ from: 0, fields: fields({ title: 'Vorbei' }) }, { from: 1, fields: draft[1] }] })).toEqual({ changed: [], added: [0], removed: [] });
    expect(correctedFields({ draft, saved: [{ from: 0, fields: fields({ title: 'Vorbei' }) }] })).toEqual({ changed: [], added: [0], removed: [1] });
    // a page's one item is offered ticked, over or not
    const single = [{ ...fields(), over: 'event' as const }];
    expect(isCorrection({ draft: single, saved: [{ from: 0, fields: fields() }] })).toBe(false);
  });

  it('becomes a corpus label: the clip day in Berlin, deadlines sorted, deadline by the corpus rule', () => {
    const saved = [{ from: 0, fields: fields({ kind: 'call', start: null, deadlines: [{ date: '2027-06-30', time: '12:00', label: 'Antrag', kind: 'application' }, { date: '2026-11-30', label: 'Skizze', kind: 'interest' }] }) }];
    const label = corpusLabel({ url: 'https://www.land.example/aufruf', clippedAt: '2026-12-07T23:30:00.000Z', saved }, 'correction x');
    expect(label).toEqual({ url: 'https://www.land.example/aufruf', now: '2026-12-08', source: 'correction x', items: [{ kind: 'call', title: 'Treffen', deadline: '2027-06-30T12:00', deadlines: ['2026-11-30', '2027-06-30T12:00'], start: null, end: null, location: null, organizer: null }] });
    expect(corpusLabel({ url: 'https://a.example', clippedAt: '2028-01-01T10:00:00.000Z', saved }, 's').items[0].deadline).toBe('2027-06-30T12:00');
    expect(corpusCaseName({ url: 'https://www.land.example/aufruf', saved: [{ from: 0, fields: fields({ title: 'Förderaufruf „Grüne Straße“ 2027!' }) }] }, '0190a000-0000-7000-8000-00000000abcd')).toBe('land-example-foerderaufruf-gruene-strasse-2027-0000abcd');
  });
});
