import { describe, expect, it } from 'vitest';
import type { ClipFields } from '../../../../extension/lib/clip/draft.ts';
import { applyChange, fieldDifferences, pageChanges, pageEvidence, savedFields, type FieldChange } from '../../../../extension/lib/clip/reclip.ts';
import { makeItem } from '../../fixtures.ts';

/** The item as the team corrected it: a better title, the team's own deadline added by hand, a tag. */
const saved: ClipFields = {
  kind: 'call',
  title: 'Klimaschutz im Quartier 2027 (korrigiert)',
  url: 'https://agentur.example/aufruf',
  summary: 'Förderung kommunaler Quartiersprojekte.',
  organizer: 'Landesagentur für Energie',
  location: null,
  deadlines: [
    { date: '2027-05-31', label: 'Antragsfrist', kind: 'application' },
    { date: '2027-05-20', label: 'Interne Frist', kind: 'application' },
  ],
  start: null,
  end: null,
  programme: null,
  amount: 'bis 80 %',
  tags: ['klima'],
};

/** The page as it reads now: its own title, the deadline moved, a second stage, no amount found this time. */
const page: ClipFields = {
  ...saved,
  title: 'Förderaufruf „Klimaschutz im Quartier“ 2027',
  amount: null,
  organizer: '  ',
  deadlines: [
    { date: '2027-06-15', label: 'Antragsfrist', kind: 'application' },
    { date: '2027-03-01', time: '12:00', label: 'Projektskizze', kind: 'interest' },
  ],
  tags: ['quartier'],
};

const byId = (changes: FieldChange[], id: string) => changes.find((c) => c.id === id)!;

describe('re-clip: the saved item against the page as it reads now', () => {
  it('lists field by field what the page says differently, old → new, and offers nothing where the page is silent', () => {
    const changes = pageChanges(saved, page);
    expect(changes).toEqual([
      { id: 'title', type: 'value', field: 'title', from: saved.title, to: page.title },
      { id: 'tags', type: 'value', field: 'tags', from: ['klima'], to: ['klima', 'quartier'] },
      {
        id: 'deadline:2027-05-31T~>2027-06-15T~',
        type: 'deadline-moved',
        from: { date: '2027-05-31', label: 'Antragsfrist', kind: 'application' },
        to: { date: '2027-06-15', label: 'Antragsfrist', kind: 'application' },
      },
      { id: 'deadline:+2027-03-01T12:00~', type: 'deadline-added', deadline: { date: '2027-03-01', time: '12:00', label: 'Projektskizze', kind: 'interest' } },
    ]);
    // amount and organizer: the page named none this time — that is no reason to clear the team's value
    expect(changes.some((c) => c.type === 'value' && (c.field === 'amount' || c.field === 'organizer'))).toBe(false);
    // the hand-added deadline is in no change: nothing removes it
    expect(JSON.stringify(changes)).not.toContain('Interne Frist');
    expect(pageChanges(saved, saved)).toEqual([]);
  });

  it('takes a deadline at the same date and time as the same deadline, whatever label and kind the user gave it', () => {
    const relabelled = { ...saved, deadlines: [{ date: '2027-05-31', label: 'Vollantrag (unsere Bezeichnung)', kind: 'submission' as const }] };
    expect(pageChanges(relabelled, { ...saved, deadlines: [{ date: '2027-05-31', label: 'Antragsfrist', kind: 'application' }] })).toEqual([]);
  });

  it('moves keep the label the team gave; a second deadline of one kind pairs by label, else it is offered as an addition', () => {
    const team = { ...saved, deadlines: [{ date: '2027-05-31', label: '', kind: 'application' as const }] };
    const [move] = pageChanges(team, { ...team, deadlines: [{ date: '2027-06-30', time: '18:00', label: 'Antrag', kind: 'application' }] });
    expect(move).toMatchObject({ type: 'deadline-moved', to: { date: '2027-06-30', time: '18:00', label: 'Antrag', kind: 'application' } });
    const two = pageChanges(saved, { ...saved, deadlines: [{ date: '2027-06-15', label: 'Antragsfrist', kind: 'application' }, { date: '2027-05-20', label: 'Interne Frist', kind: 'application' }, { date: '2027-07-01', label: 'Nachreichung', kind: 'submission' }] });
    expect(two.map((c) => c.type)).toEqual(['deadline-moved', 'deadline-added']);
    // the team's own "Interne Frist" is not the page's "Antragsfrist" moved: the page's deadline is an addition
    const own = { ...saved, deadlines: [{ date: '2027-05-20', label: 'Interne Frist', kind: 'application' as const }] };
    expect(pageChanges(own, { ...own, deadlines: [{ date: '2027-06-15', label: 'Antragsfrist', kind: 'application' }] }).map((c) => c.type)).toEqual(['deadline-added']);
  });

  it('applies only the accepted change, and taking it back restores the saved value', () => {
    const changes = pageChanges(saved, page);
    const moved = applyChange(saved, byId(changes, 'deadline:2027-05-31T~>2027-06-15T~'), true);
    expect(moved.title).toBe(saved.title);
    expect(moved.deadlines).toEqual([
      { date: '2027-06-15', label: 'Antragsfrist', kind: 'application' },
      { date: '2027-05-20', label: 'Interne Frist', kind: 'application' },
    ]);
    expect(fieldDifferences(saved, moved)).toEqual({ deadlines: moved.deadlines });

    const added = applyChange(moved, byId(changes, 'deadline:+2027-03-01T12:00~'), true);
    expect(added.deadlines).toHaveLength(3);
    const titled = applyChange(added, byId(changes, 'title'), true);
    expect(titled.title).toBe(page.title);

    const back = [byId(changes, 'title'), byId(changes, 'deadline:+2027-03-01T12:00~'), byId(changes, 'deadline:2027-05-31T~>2027-06-15T~')].reduce((f, c) => applyChange(f, c, false), titled);
    expect(back).toEqual(saved);
    expect(fieldDifferences(saved, back)).toEqual({});
  });

  it('starts from the saved item and finds the page sentence for each saved deadline the page still names', () => {
    const item = makeItem({ ...saved, status: 'applying', notes: 'intern' });
    expect(savedFields(item)).toEqual(saved);
    const evidence = pageEvidence(saved.deadlines, { fields: { ...saved, deadlines: [saved.deadlines[1]] }, evidence: { deadlines: ['Intern bis 20. Mai.'], start: null, end: null } });
    expect(evidence).toEqual([null, 'Intern bis 20. Mai.']);
  });
});
