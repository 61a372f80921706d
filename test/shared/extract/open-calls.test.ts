/**
 * Calls a page presents as open without a deadline of their own (an overview's funds that invite applications now),
 * and application windows written as a span (cues: `rolling`, `windows`; segment.ts; facts.ts). Read with the rules
 * alone (no fitted model): the mechanism.
 */
import { describe, expect, it } from 'vitest';
import { cheerioView } from '../../../service/extract/cheerio-view.ts';
import { extract, readPage } from '../../../shared/extract/index.ts';
import { page } from './helpers.ts';

const rules = { roles: null, titleModel: null, locationModel: null, segmenter: null } as const;
const items = (body: string, now: string, lang = 'de') =>
  extract({ view: cheerioView(page(body, { lang })), url: 'https://example.org/radar', now: new Date(`${now}T12:00:00Z`), ...rules }).items.map((i) => [i.kind, i.title, i.deadline]);
const roles = (body: string, lang = 'de') =>
  readPage({ view: cheerioView(page(body, { lang })), url: 'https://example.org/page', now: new Date('2024-01-10T12:00:00Z'), roles: null }).facts.dates.map((f) => [f.text, f.role]);

describe('an overview of funds that invite applications now', () => {
  it('makes each section that invites applications a call, without a deadline', () => {
    const html = `<main><h1>Förderradar im März</h1><p>Diesmal stellen wir zwei Angebote von Stiftungen vor.</p>
      <h3>Stiftung Nord: „Kleine Hilfe für Europa“</h3><p>Die Stiftung unterstützt Initiativen, die Begegnungen in Europa schaffen, mit bis zu 5.000 Euro.</p><p><a href="https://stiftung-nord.example/antrag">Zum Antrag</a></p>
      <h3>Stiftung Süd: Projektförderung</h3><p>Die Stiftung fördert Projekte für ältere Menschen im Quartier.</p><p>Anträge können über die Website der Stiftung eingereicht werden.</p></main>`;
    expect(items(html, '2024-03-07')).toEqual([
      ['call', 'Stiftung Nord: „Kleine Hilfe für Europa“', null],
      ['call', 'Stiftung Süd: Projektförderung', null],
    ]);
  });

  it('makes a call of a section that takes applications at any time beside one with its rounds', () => {
    const html = `<main><h1>When can I apply?</h1><h2>Small grants</h2><p>You can apply for a small grant (under £500) at any time of the year.</p>
      <h2>Medium and large grants</h2><p>The panel considers applications twice a year.</p>
      <ul><li>First round: submit your application between 1 April and 15 July.</li><li>Second round: submit your application between 1 October and 15 January.</li></ul></main>`;
    expect(items(html, '2024-03-07', 'en').map(([kind, title]) => [kind, title])).toEqual([
      ['call', 'Small grants'],
      ['call', 'Medium and large grants'],
    ]);
  });

  it('makes no call of sections that only describe their funds', () => {
    const html = `<main><h1>Förderradar im März</h1><p>Diesmal stellen wir zwei Angebote von Stiftungen vor.</p>
      <h3>Stiftung Nord: „Kleine Hilfe für Europa“</h3><p>Die Stiftung unterstützt Initiativen, die Begegnungen in Europa schaffen, mit bis zu 5.000 Euro.</p>
      <h3>Stiftung Süd: Projektförderung</h3><p>Die Stiftung fördert Projekte für ältere Menschen im Quartier.</p></main>`;
    expect(items(html, '2024-03-07')).toEqual([]);
  });
});

describe('an application window written as a span', () => {
  it('reads a span named as the round one applies in as a deadline', () => {
    expect(roles(`<main><h1>Engagement Fonds</h1><p>Die nächste Förderrunde läuft vom 7. Januar bis zum 12. Februar 2024.</p>
      <p>Das Projekt läuft vom 1. März bis zum 30. Juni 2024.</p></main>`)).toEqual([
      ['7. Januar bis zum 12. Februar 2024', 'deadline'],
      ['1. März bis zum 30. Juni 2024', 'period'],
    ]);
    expect(roles(`<main><h1>Community fund</h1><p>Applications are accepted from 1 March to 30 April 2024.</p></main>`, 'en')).toEqual([
      ['1 March to 30 April 2024', 'deadline'],
    ]);
  });
});
