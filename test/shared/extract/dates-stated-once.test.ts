/**
 * Dates: a clock time a page states once for all of its deadlines ("All deadlines … end at 12.00 (noon), Brussels
 * time", "by midday on the deadline date", "Einsendeschluss ist jeweils 12 Uhr") or all of its events ("Die Vorträge
 * beginnen jeweils um 19 Uhr", "Meetings normally take place at 7.30pm") joins the dates that have none of their own.
 */
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../shared/extract/blocks.ts';
import { withStatedTimes } from '../../../shared/extract/stated-times.ts';
import { deadlineValues, draftOf, page, run } from './helpers.ts';

/** the block that states the events' hours (the reach test below lets every event in) */
const STATED = { id: 0, text: '' } as unknown as Block;

const next = (list: Array<{ date: string; time?: string }>) => list.map((d) => (d.time ? `${d.date}T${d.time}` : d.date)).sort()[0] ?? null;

describe('dates: a time stated once for all deadlines or events', () => {
  it('gives every deadline of a table the time a sentence states for all of them, in its written zone', () => {
    const html = page(`<main><h1>Community Grants 2026</h1><p>Grants of up to £5,000 for community groups.</p>
      <p>In all cases, applications must be submitted by midday on the deadline date.</p>
      <table><tr><th>Submission deadline</th><th>Decision made</th></tr>
      <tr><td>Application deadline: 7 April 2026</td><td>Decision: 15 May 2026</td></tr>
      <tr><td>Application deadline: 9 June 2026</td><td>Decision: 20 July 2026</td></tr></table></main>`, { lang: 'en' });
    const result = run(html, '2026-02-10');
    expect(deadlineValues(result)).toEqual(['2026-04-07T12:00', '2026-06-09T12:00']);
    expect(result.items[0].deadline).toBe('2026-04-07T12:00');
  });

  it('reads the zone written after the stated time ("12.00 (noon), Brussels time")', () => {
    const html = page(`<main><h1>Partnership Fund 2026</h1><p>The fund supports town twinning projects.</p>
      <p>All deadlines for the submission of applications listed below end at 12.00 (noon), Brussels time.</p>
      <p>Application deadline: 5 March 2026</p></main>`, { lang: 'en' });
    expect(deadlineValues(run(html, '2026-01-10'))).toEqual(['2026-03-05T12:00']);
  });

  it('gives an event without hours the time its page states for each of its events ("jeweils")', () => {
    const html = page(`<main><h1>Vortrag: Kommunale Partnerschaften</h1><p>Der Vortrag findet am 6. Mai 2026 im Rathaus Kassel statt.</p>
      <p>Die Vorträge der Reihe beginnen jeweils um 19 Uhr, der Eintritt ist frei.</p></main>`);
    expect(run(html, '2026-04-02').items[0]).toMatchObject({ kind: 'event', start: '2026-05-06T19:00' });
    const english = page(`<main><h1>Community Energy Talk</h1><p>Talks normally take place at 7.30pm, doors open a little earlier.</p>
      <p>Our next talk will be held on 12 May 2026 in the Village Hall, Bentley.</p><p>Speaker: a local energy adviser.</p></main>`, { lang: 'en' });
    expect(run(english, '2026-04-02').items[0]).toMatchObject({ kind: 'event', start: '2026-05-12T19:30' });
  });

  it('gives the events’ stated hours only to the events of the section that states them', () => {
    const html = page(`<main><h1>Veranstaltungen im Mai</h1><p>Unsere Angebote für Kommunen und Vereine.</p>
      <section><h2>Vortrag: Kommunale Partnerschaften</h2><p>Die Vorträge der Reihe beginnen jeweils um 19 Uhr.</p>
      <p>Der Vortrag findet am 6. Mai 2026 im Rathaus Kassel statt.</p></section>
      <section><h2>Workshop: Faire Beschaffung</h2><p>Der Workshop findet am 20. Mai 2026 im Landratsamt Fulda statt.</p></section></main>`);
    const starts = run(html, '2026-04-02').items.map((i) => [i.title, i.start]);
    expect(starts).toContainEqual(['Vortrag: Kommunale Partnerschaften', '2026-05-06T19:00']);
    expect(starts).toContainEqual(['Workshop: Faire Beschaffung', '2026-05-20']);
  });

  it('leaves the deadlines alone when the stated time is the events’, and the events when it is the deadlines’', () => {
    const html = page(`<main><h1>Vortrag: Kommunale Partnerschaften</h1><p>Der Vortrag findet am 6. Mai 2026 im Rathaus Kassel statt.</p>
      <p>Die Vorträge beginnen jeweils um 19 Uhr.</p><p>Anmeldung bis 30. April 2026.</p></main>`);
    const result = run(html, '2026-04-02');
    expect(result.items[0].start).toBe('2026-05-06T19:00');
    expect(deadlineValues(result)).toEqual(['2026-04-30']);
  });

  it('does not spread a time whose sentence has a date of its own, nor one no word says holds for each', () => {
    const own = page(`<main><h1>Vortrag: Kommunale Partnerschaften</h1><p>Der Vortrag findet am 6. Mai 2026 im Rathaus Kassel statt.</p>
      <p>Die Führung am 7. Mai 2026 beginnt jeweils um 15 Uhr.</p></main>`);
    expect(run(own, '2026-04-02').items[0].start).toBe('2026-05-06');
    const plain = page(`<main><h1>Partnership Fund 2026</h1><p>The fund supports town twinning projects.</p>
      <p>Applications must be submitted by midday.</p><p>Application deadline: 5 March 2026</p><p>Application deadline: 4 June 2026</p></main>`, { lang: 'en' });
    expect(deadlineValues(run(plain, '2026-01-10'))).toEqual(['2026-03-05', '2026-06-04']);
  });

  it('keeps a date’s own time and derives the next deadline again', () => {
    const call = draftOf('call', 'Fund', { deadlines: [{ date: '2026-03-01', label: 'Frist', kind: 'application', time: '17:00' }, { date: '2026-06-01', label: 'Frist', kind: 'application' }] });
    const event = draftOf('event', 'Vortrag', { start: '2026-05-06T18:00' });
    const open = draftOf('event', 'Treffen', { start: '2026-05-07' });
    const [c, e, o] = withStatedTimes([call, event, open], { deadline: { start: { hour: 12, minute: 0 } }, event: { start: { hour: 19, minute: 30 }, end: { hour: 21, minute: 0 }, block: STATED } }, next);
    expect(c.deadlines.map((d) => d.time)).toEqual(['17:00', '12:00']);
    expect(c.deadline).toBe('2026-03-01T17:00');
    expect(e.start).toBe('2026-05-06T18:00');
    expect([o.start, o.end]).toEqual(['2026-05-07T19:30', '2026-05-07T21:00']);
  });
});
