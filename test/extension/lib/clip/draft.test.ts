import { describe, expect, it } from 'vitest';
import { blankDraftItem, toDraftItem } from '../../../../extension/lib/clip/draft.ts';
import { newItemChange, updateChange, validateClip } from '../../../../extension/lib/clip/save-clip.ts';

const extracted = {
  kind: 'call',
  title: 'Nakopa – Bekanntmachung 2024',
  url: 'https://skew.de/nakopa',
  summary: 'Förderung von Partnerschaftsprojekten',
  organizer: 'SKEW',
  location: null,
  deadlines: [
    { date: '2023-07-31', label: 'Projektskizze', kind: 'interest' },
    { date: '2023-09-30', time: '12:00', label: 'Antrag', kind: 'application' },
  ],
  deadline: '2023-07-31',
  start: null,
  end: null,
  programme: 'Nakopa',
  amount: 'bis 250.000 €',
  confidence: { title: 0.9, deadlines: 0.8 },
  evidence: [
    { field: 'deadline', value: '2023-09-30T12:00', text: 'Anträge bis 30. September 2023, 12 Uhr.' },
    { field: 'deadline', value: '2023-07-31', text: 'Skizzen bis 31. Juli 2023.' },
  ],
};

describe('clip drafts', () => {
  it("reads the extractor's draft with each deadline's own evidence sentence", () => {
    const draft = toDraftItem(extracted, 'https://page');
    expect(draft.fields.deadlines).toEqual(extracted.deadlines);
    expect(draft.evidence.deadlines).toEqual(['Skizzen bis 31. Juli 2023.', 'Anträge bis 30. September 2023, 12 Uhr.']);
    expect(draft.fields).toMatchObject({ programme: 'Nakopa', amount: 'bis 250.000 €', tags: [] });
    expect(draft.confidence).toEqual({ title: 0.9, deadlines: 0.8 });
  });

  it('makes a new item op with team defaults, and names the fields a clip gets wrong', () => {
    const { fields } = toDraftItem(extracted, 'https://page');
    const change = newItemChange(fields, () => 'id-1');
    expect(change).toMatchObject({ itemId: 'id-1', set: { title: fields.title, status: 'new', watch: true, deleted: false } });
    expect(validateClip({ ...fields, title: ' ', deadlines: [{ date: '2027-02-30', label: '', kind: 'other' }] })).toMatchObject({
      title: expect.any(String),
      deadlines: expect.any(String),
    });
  });

  it('updates an item with only the fields that differ from where the update started, and can undo exactly that', () => {
    const saved = { ...toDraftItem(extracted, 'x').fields, tags: ['klima'] };
    expect(updateChange('item-1', saved, saved)).toBeNull();
    const moved = { ...saved, deadlines: [{ date: '2023-08-15', label: 'Projektskizze', kind: 'interest' as const }] };
    // meanwhile a colleague renamed the item: the update does not touch the title, its undo restores the deadlines as they were
    const current = { ...saved, title: 'Nakopa (umbenannt)', deadlines: [{ date: '2023-08-01', label: 'Projektskizze', kind: 'interest' as const }] };
    expect(updateChange('item-1', saved, moved, current)).toEqual({
      change: { itemId: 'item-1', set: { deadlines: [{ date: '2023-08-15', label: 'Projektskizze', kind: 'interest' }] } },
      undo: { itemId: 'item-1', set: { deadlines: [{ date: '2023-08-01', label: 'Projektskizze', kind: 'interest' }] } },
    });
  });

  it('offers an empty, unrecognised entry where the extractor found nothing, not one titled after the page', () => {
    const blank = blankDraftItem('https://news.example/artikel', 'Stadtrat beschließt Haushalt');
    expect(blank.recognised).toBe(false);
    expect(blank.fields).toMatchObject({ title: '', url: 'https://news.example/artikel', deadlines: [] });
  });
});
