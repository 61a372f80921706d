/**
 * Entries written as a name line over a line with only their date and hours (named-dates.ts): one event each; the
 * page's title over its dateline and an event's programme inside its span make none. The step is off by
 * default (NAMED_DATES); these tests switch it on.
 */
import { describe, expect, it } from 'vitest';
import { NAMED_DATES } from '../../../shared/extract/named-dates.ts';
import { page, run, switchedOn } from './helpers.ts';

const pair = (name: string, date: string) => `<p><b>${name}</b></p><ul><li>${date}</li></ul>`;

describe('name lines over date lines (NAMED_DATES on)', () => {
  switchedOn(NAMED_DATES);

  it('makes one event of each name line and the date line under it', () => {
    const html = page(`<main><h1>Workshops zum Klimaschutzkonzept</h1><p>Mittwoch, 26. Mai 2021, 09:05 Uhr</p>
      <p>Der Landkreis lädt zu vier Online-Workshops ein. Die Themen und Termine:</p>
      ${pair('Kommunale Liegenschaften', '01.06. von 15:00 bis 16:30 Uhr')}${pair('Erneuerbare Energien', '01.06. von 17:00 bis 18:30 Uhr')}
      ${pair('Mobilität', '09.06. von 15:00 bis 16:30 Uhr')}<p>Weitere Informationen gibt es beim Landratsamt.</p></main>`);
    const { items } = run(html, '2021-05-26');
    expect(items.map((i) => [i.kind, i.title, i.start, i.end])).toEqual([
      ['event', 'Kommunale Liegenschaften', '2021-06-01T15:00', '2021-06-01T16:30'],
      ['event', 'Erneuerbare Energien', '2021-06-01T17:00', '2021-06-01T18:30'],
      ['event', 'Mobilität', '2021-06-09T15:00', '2021-06-09T16:30'],
    ]);
  });

  it('makes one event of each paragraph whose bold first line names it over its date line', () => {
    const entry = (name: string, date: string, text: string) => `<p><strong>${name}</strong><br><em>${date}</em><br>${text} <a href="#">Register</a></p>`;
    const html = page(`<main><h1>Grants and opportunities</h1><p>Posted May 27, 2020</p>
      ${entry('Supporting the Public Sector Workforce', 'June 3, 2:00-3:00 PM', 'Three partners hold a webinar on the technology trends reshaping public operations.')}
      ${entry('Opportunity Zones: How Are They Working for Cities?', 'June 10, 1:00-2:00 PM', 'A university presents new research on the policy in an online briefing.')}</main>`, { lang: 'en' });
    const { items } = run(html, '2020-05-28');
    expect(items.map((i) => [i.kind, i.title, i.start])).toEqual([
      ['event', 'Supporting the Public Sector Workforce', '2020-06-03T14:00'],
      ['event', 'Opportunity Zones: How Are They Working for Cities?', '2020-06-10T13:00'],
    ]);
  });

  it('reads the named slots of one event inside its span of days as its programme, not as entries', () => {
    const html = page(`<main><h1>Fachkonferenz Kommunale Partnerschaften</h1><p>Die Konferenz findet vom 12. bis 14. Juni 2026 in Bonn statt.</p>
      ${pair('Eröffnungsplenum', '12.06., 14:00 Uhr')}${pair('Werkstattgespräche', '13.06., 9:30 Uhr')}${pair('Abschlussrunde', '14.06., 11:00 Uhr')}</main>`);
    const { items } = run(html, '2026-05-01');
    expect(items.map((i) => [i.kind, i.start?.slice(0, 10)])).toEqual([['event', '2026-06-12']]);
  });
});
