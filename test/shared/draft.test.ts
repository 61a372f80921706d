/** Reading an extractor draft (shared/draft.ts): the parts the service's finds and the extension's clips share. */
import { describe, expect, it } from 'vitest';
import { toDraftItem } from '../../extension/lib/clip/draft.ts';
import { toFound } from '../../service/scrape/found.ts';
import { DEADLINE_KINDS, deadlineKindOf, deadlineOfText, draftDeadlines, draftKind, draftRecord } from '../../shared/draft.ts';
import { DeadlineKindSchema } from '../../shared/schema.ts';

describe('reading a draft', () => {
  it('knows the deadline kinds of the schema, and reads any other as other', () => {
    expect(DEADLINE_KINDS).toEqual(DeadlineKindSchema.options);
    expect(DEADLINE_KINDS.map(deadlineKindOf)).toEqual(DEADLINE_KINDS);
    expect([undefined, 3, 'deadline', 'Application'].map(deadlineKindOf)).toEqual(['other', 'other', 'other', 'other']);
  });

  it('takes the list of deadlines, else the one deadline; an event when it says so, else a call', () => {
    expect(draftDeadlines({ deadlines: ['2027-01-01'], deadline: '2027-02-02' })).toEqual(['2027-01-01']);
    expect(draftDeadlines({ deadline: '2027-02-02' })).toEqual(['2027-02-02']);
    expect(draftDeadlines(draftRecord(null))).toEqual([]);
    expect([draftKind({ kind: 'event' }), draftKind({ kind: 'call' }), draftKind({ kind: 'Event' }), draftKind({})]).toEqual(['event', 'call', 'call', 'call']);
  });

  it('reads a deadline given as text as an application deadline, with its time when it has one', () => {
    expect(deadlineOfText('2027-03-01')).toEqual({ date: '2027-03-01', label: '', kind: 'application' });
    expect(deadlineOfText('2027-03-01T12:00')).toEqual({ date: '2027-03-01', time: '12:00', label: '', kind: 'application' });
  });

  it('gives a find and a clip of one draft the same kind and deadlines', () => {
    const draft = {
      kind: 'event',
      title: 'Fachtag Klimaanpassung',
      start: '2027-05-04',
      deadlines: [{ date: '2027-04-01', label: 'Anmeldung', kind: 'registration' }, { date: '2027-04-20', label: 'Nachmeldung', kind: 'late' }, '2027-04-25T10:00'],
    };
    const found = toFound(draft, 'https://example.org/fachtag');
    const clip = toDraftItem(draft, 'https://example.org/fachtag').fields;
    expect(found?.kind).toBe('event');
    expect(clip.kind).toBe('event');
    expect(found?.deadlines).toEqual(clip.deadlines);
    expect(clip.deadlines.map((d) => d.kind)).toEqual(['registration', 'other', 'application']);
  });
});
