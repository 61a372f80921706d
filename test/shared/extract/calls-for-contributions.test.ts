/**
 * A call for contributions (papers, abstracts, topics) that feeds an event: the call and the event are two items, each
 * with its own deadlines and organizer; an event with only a registration deadline stays one item.
 */
import { describe, expect, it } from 'vitest';
import { page, run } from './helpers.ts';

describe('a call for contributions that feeds an event', () => {
  const items = (html: string, now: string) => run(html, now).items.map((i) => ({ kind: i.kind, title: i.title, deadlines: i.deadlines.map((d) => d.date), start: i.start, end: i.end, location: i.location }));

  it('gives the call for papers (with every submission date, the optional full papers too) and the conference it feeds (English)', () => {
    const html = page(`<main><h1>CALL FOR PAPERS</h1><h2>Annual Conference on Town Twinning 2026</h2>
      <p>The conference will take place on 8–9 October 2026 in Lyon, France. We invite researchers to submit abstracts.</p>
      <ul><li>Abstracts of no more than 400 words</li><li>Submission through the conference portal</li><li>Closing date for abstracts: 15 May 2026</li><li>Notification of acceptance: 30 June 2026</li>
      <li>Full papers (optional) for the conference proceedings: 15 September 2026</li></ul></main>`, { lang: 'en' });
    const [call, event] = items(html, '2026-03-18');
    expect([call.kind, call.deadlines, call.start, call.location]).toEqual(['call', ['2026-05-15', '2026-09-15'], null, null]);
    expect(call.title).toMatch(/call for papers/i);
    expect(call.title).toContain('Annual Conference on Town Twinning 2026');
    expect(event).toEqual({ kind: 'event', title: 'Annual Conference on Town Twinning 2026', deadlines: [], start: '2026-10-08', end: '2026-10-09', location: 'Lyon' });
  });

  it('splits a German Tagung that asks for "Beiträge einreichen" by a date; its registration deadline stays the event\u2019s', () => {
    const html = page(`<main><h1>Fachtagung Kommunale Partnerschaften 2026</h1>
      <p>Die Fachtagung findet am 12. November 2026 in Erfurt statt.</p>
      <p>Call for Papers: Sie können Ihre Beiträge einreichen bis zum 30. Juni 2026.</p>
      <p>Anmeldung bis 30. Oktober 2026.</p></main>`);
    const [call, event] = items(html, '2026-03-18');
    expect([call.kind, call.deadlines, call.start]).toEqual(['call', ['2026-06-30'], null]);
    expect(event).toMatchObject({ kind: 'event', title: 'Fachtagung Kommunale Partnerschaften 2026', deadlines: ['2026-10-30'], start: '2026-11-12', location: 'Erfurt' });
  });

  it('gives the call to the bodies whose initiative the conference is, and the event to its host', () => {
    const html = page(`<main><h1>Annual Conference on Town Twinning 2026</h1>
      <p>The conference is an initiative of PLATFORMA and the Council of European Municipalities and Regions (CEMR). It is hosted by the Métropole de Lyon and will take place on 8 October 2026 in Lyon.</p>
      <p>Call for papers: abstracts are due by 15 May 2026.</p></main>`, { lang: 'en' });
    const organizers = run(html, '2026-03-18').items.map((i) => [i.kind, i.organizer]);
    expect(organizers).toEqual([['call', 'PLATFORMA and the Council of European Municipalities and Regions (CEMR)'], ['event', 'Métropole de Lyon']]);
  });

  it('reads "Themenvorschläge bis …" as a call for contributions too', () => {
    const html = page(`<main><h1>Netzwerktreffen Städtepartnerschaften</h1><p>Das Netzwerktreffen findet am 5. Mai 2026 in Kassel statt.</p>
      <p>Themenvorschläge bis 10. April 2026 an die Geschäftsstelle.</p></main>`);
    expect(items(html, '2026-03-18').map((i) => [i.kind, i.deadlines, i.start])).toEqual([['call', ['2026-04-10'], null], ['event', [], '2026-05-05']]);
  });

  it('keeps an event with only a registration deadline one item (German and English)', () => {
    const de = page(`<main><h1>Fachtagung Kommunale Partnerschaften 2026</h1><p>Die Fachtagung findet am 12. November 2026 in Erfurt statt.</p>
      <p>Anmeldung bis 30. Oktober 2026.</p></main>`);
    expect(items(de, '2026-03-18').map((i) => [i.kind, i.deadlines, i.start])).toEqual([['event', ['2026-10-30'], '2026-11-12']]);
    const en = page(`<main><h1>Annual Conference on Town Twinning 2026</h1><p>The conference will take place on 8 October 2026 in Lyon.</p>
      <p>Please register by 15 September 2026.</p></main>`, { lang: 'en' });
    expect(items(en, '2026-03-18').map((i) => [i.kind, i.deadlines, i.start])).toEqual([['event', ['2026-09-15'], '2026-10-08']]);
  });
});
