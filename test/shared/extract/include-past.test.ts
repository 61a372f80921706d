/** A clip never comes up empty (issue 10, item 5): `includePast` keeps what is over, marked; without it nothing changes. */
import { describe, expect, it } from 'vitest';
import { cheerioView } from '../../../service/extract/cheerio-view.ts';
import { extract } from '../../../shared/extract/index.ts';
import { page } from './helpers.ts';

const NOW = new Date('2026-12-08T12:00:00Z');
const read = (html: string, includePast?: boolean) => extract({ view: cheerioView(html), url: 'https://example.org/page', now: NOW, ...(includePast === undefined ? {} : { includePast }) });

const event2017 = page(`<main><h1>Fachtagung Kommunaler Klimaschutz 2017</h1>
<p>Die Fachtagung findet am 14. September 2017 von 10:00 bis 16:00 Uhr im Rathaus Bielefeld, Niederwall 23, 33602 Bielefeld statt.</p>
<p>Anmeldeschluss ist der 31. August 2017.</p>
<p>Veranstalter: Energieagentur NRW</p></main>`);

const closedRound = page(`<main><h1>Förderaufruf Kommunale Klimaschutz-Modellprojekte</h1>
<p>Kommunen können Anträge auf Förderung von Modellprojekten stellen. Gefördert werden bis zu 80 % der Ausgaben.</p>
<p>Die Antragsfrist ist am 30. Juni 2025 abgelaufen. Die Bewerbungsphase ist beendet.</p></main>`);

const listing = page(`<main><h1>Veranstaltungen</h1>
<article><h2>Workshop Fördermittel für Vereine</h2><p>Datum: 12.03.2026, 10:00 Uhr</p><p>Ort: Bürgerhaus Gütersloh</p></article>
<article><h2>Infoabend LEADER-Förderung</h2><p>Datum: 20.05.2026, 18:00 Uhr</p><p>Ort: Kreishaus Minden</p></article>
<article><h2>Netzwerktreffen Ehrenamt</h2><p>Datum: 18.02.2027, 17:00 Uhr</p><p>Ort: Rathaus Herford</p></article>
</main>`);

const summary = (html: string, includePast?: boolean) => read(html, includePast).items.map((i) => ({ kind: i.kind, title: i.title, start: i.start, deadlines: i.deadlines.map((d) => d.date), over: i.over }));

describe('extract without includePast (automatic paths, the CLI, the corpus)', () => {
  it('returns only what is relevant at now, with no `over` field', () => {
    expect(summary(event2017)).toEqual([]);
    expect(summary(closedRound)).toEqual([]);
    expect(summary(listing)).toEqual([{ kind: 'event', title: 'Netzwerktreffen Ehrenamt', start: '2027-02-18T17:00', deadlines: [], over: undefined }]);
    expect(summary(listing, false)).toEqual(summary(listing));
    for (const item of read(listing).items) expect(Object.keys(item)).not.toContain('over');
  });
});

describe('extract with includePast (the clip)', () => {
  it('keeps a 2017 event with its dates and place, marked as over', () => {
    const [item, ...rest] = read(event2017, true).items;
    expect(rest).toEqual([]);
    expect(item).toMatchObject({ kind: 'event', title: 'Fachtagung Kommunaler Klimaschutz 2017', start: '2017-09-14T10:00', location: 'Bielefeld', over: 'event' });
    expect(item.deadlines.map((d) => d.date)).toEqual(['2017-08-31']);
  });

  it('keeps a closed round as a call whose deadline is over', () => {
    expect(summary(closedRound, true)).toEqual([{ kind: 'call', title: 'Förderaufruf Kommunale Klimaschutz-Modellprojekte', start: null, deadlines: ['2025-06-30'], over: 'deadline' }]);
  });

  it('keeps the two past events of a listing beside the future one; only the future one is not over', () => {
    expect(summary(listing, true)).toEqual([
      { kind: 'event', title: 'Workshop Fördermittel für Vereine', start: '2026-03-12T10:00', deadlines: [], over: 'event' },
      { kind: 'event', title: 'Infoabend LEADER-Förderung', start: '2026-05-20T18:00', deadlines: [], over: 'event' },
      { kind: 'event', title: 'Netzwerktreffen Ehrenamt', start: '2027-02-18T17:00', deadlines: [], over: null },
    ]);
  });

  it('marks a call whose deadlines have all passed, and leaves a live one unmarked', () => {
    const call = (date: string) => page(`<main><h1>Förderaufruf Dorfentwicklung</h1><p>Kommunen können Anträge auf Förderung stellen. Antragsfrist: ${date}</p></main>`);
    expect(summary(call('15.01.2026'), true).map((i) => i.over)).toEqual(['deadline']);
    expect(summary(call('15.01.2027'), true).map((i) => i.over)).toEqual([null]);
  });
});
