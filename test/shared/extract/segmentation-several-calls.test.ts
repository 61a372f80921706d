/**
 * A page that announces several calls makes one item of each: lines that each name a call and its own deadline
 * (deadline-lines.ts), and an undated fund an overview presents beside a dated one (call-siblings.ts). Rules only
 * (no fitted model), so that a retrain does not move what is asserted.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../shared/extract/index.ts';
import { cheerioView } from '../../../service/extract/cheerio-view.ts';
import { page } from './helpers.ts';

const calls = (html: string, now: string) =>
  extract({ view: cheerioView(html), url: 'https://www.netzwerk.example/newsletter', now: new Date(`${now}T12:00:00Z`), segmenter: null, roles: null, titleModel: null, locationModel: null, organizer: null })
    .items.map((i) => [i.kind, i.title, i.deadlines.map((d) => d.date)]);

describe('lines that each name a call and its own deadline', () => {
  it('makes one call of each line, named by what stands before the colon', () => {
    const html = page(`<main><h1>Newsletter 2/2024</h1>
      <p>» Neues aus dem Netzwerk: Gröbenzell ist dabei<br>» Innovationspreis Ehrenamt 2024: Bewerbung bis 17. März<br>» Ehrenamtspreis der Bürgerstiftung: Bewerbung bis 15. März<br>» Engagiert-Preis Bayern 2024: Bewerbung bis 10. April</p></main>`);
    expect(calls(html, '2024-02-20')).toEqual([
      ['call', 'Innovationspreis Ehrenamt 2024', ['2024-03-17']],
      ['call', 'Ehrenamtspreis der Bürgerstiftung', ['2024-03-15']],
      ['call', 'Engagiert-Preis Bayern 2024', ['2024-04-10']],
    ]);
  });

  it('keeps the stages of one call together: lines named by a deadline\u2019s label are no calls of their own', () => {
    const html = page(`<main><h1>Förderaufruf Dorfladen 2024</h1>
      <p>Gefördert werden Dorfläden in ländlichen Gemeinden.</p>
      <p>» Einreichung der Projektskizze: bis 15. März 2024<br>» Frist für den Vollantrag: bis 30. Juni 2024</p></main>`);
    expect(calls(html, '2024-02-20')).toEqual([['call', 'Förderaufruf Dorfladen 2024', ['2024-03-15', '2024-06-30']]]);
  });
});

describe('an undated fund an overview presents beside a dated one', () => {
  it('is a call of its own, open now', () => {
    const html = page(`<main><h1>Förderradar im Januar</h1>
      <p>Zum Jahresauftakt zeigen wir zwei Angebote von Stiftungen.</p>
      <h2>Der Engagement Fonds der Nordstiftung</h2><p>Mit dem Engagement Fonds fördert die Nordstiftung Vereine im Quartier.</p>
      <p>Die nächste Förderrunde läuft bis zum 12. Februar 2026.</p>
      <h2>Projektförderung der Kinderstiftung Süd</h2><p>Die Förderung der Kinderstiftung Süd gilt Projekten für Kinder und Familien. Anfragen nimmt sie über ihre Website entgegen.</p></main>`);
    expect(calls(html, '2026-01-08')).toEqual([
      ['call', 'Der Engagement Fonds der Nordstiftung', ['2026-02-12']],
      ['call', 'Projektförderung der Kinderstiftung Süd', []],
    ]);
  });

  it('leaves a call page\u2019s parts to its call: sections named as fields are no calls of their own', () => {
    const html = page(`<main><h1>Förderpreis Engagement 2026</h1>
      <h2>Bewerbungsfrist und Form</h2><p>Bewerbungen sind bis zum 12. Februar 2026 einzureichen.</p>
      <h2>Höhe des Preisgeldes und der Förderung</h2><p>Der Preis ist mit 5.000 Euro dotiert; die Förderung geht an drei Vereine.</p></main>`);
    expect(calls(html, '2026-01-08')).toEqual([['call', 'Förderpreis Engagement 2026', ['2026-02-12']]]);
  });
});
