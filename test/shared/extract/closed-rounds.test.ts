/**
 * Rounds that are over: no item for a call a news article reports as expired or a call ended early, the new round kept
 * beside a closed one, and no deadline from a closed side scheme or first round.
 */
import { describe, expect, it } from 'vitest';
import { deadlineValues, page, run } from './helpers.ts';

describe('rounds that are over', () => {
  it('makes no item of a call a news article reports as expired', () => {
    const html = page(`<main><article><h1>Stadt bekommt Geld für Klimapartnerschaft</h1><p>17.10.2024</p>
      <p>Als die Bewerbungsfrist für den Förderaufruf „Kommunale Klimapartnerschaften“ am 30. Juni ablief, hatte die Verwaltung ihre Projektskizze eingereicht.</p></article></main>`,
      { head: '<meta property="article:published_time" content="2024-10-17T18:00:00+02:00">' });
    expect(run(html, '2024-10-20').items).toEqual([]);
  });

  it('keeps the new round beside a closed one', () => {
    const html = page(`<main><h1>Partnerschaftspreis</h1><p>Die Stiftung Entwicklungs-Zusammenarbeit (SEZ) würdigt jedes Jahr herausragende Partnerschaften.</p>
      <h2>Preis 2024: Bewerbungsphase abgeschlossen</h2><p>Die Bewerbungsphase für den Preis 2024 ist abgeschlossen. Bewerbungsschluss war der 30.09.2024.</p>
      <h2>Jetzt bewerben: Preis 2025</h2><p>Bewerbungen sind bis zum 28.02.2025 möglich.</p></main>`);
    const { items } = run(html, '2024-12-10');
    // the closed round's "Bewerbungsschluss war der …" is no deadline in force: the page is the one open round's call.
    // Its name is the learned title choice's (the prize's or the open round's heading): never the closed round's.
    expect(items.map((i) => [i.deadline, i.deadlines.map((d) => d.date), i.organizer])).toEqual([['2025-02-28', ['2025-02-28'], 'SEZ']]);
    expect(items[0].title).toMatch(/Preis/);
    expect(items[0].title).not.toMatch(/2024|abgeschlossen/);
  });

  it('reads "Der Aufruf wurde vorzeitig beendet" as a closed round: no item', () => {
    const html = page(`<main><h1>Förderaufruf Klima 2026</h1><p><strong>Hinweis:</strong> Der Aufruf wurde vorzeitig beendet, da die Mittel ausgeschöpft sind.</p>
      <p>Anträge konnten ursprünglich bis zum 30. April 2026 gestellt werden.</p></main>`);
    expect(run(html, '2026-02-20').items).toEqual([]);
  });
});

describe('dates of closed rounds', () => {
  it('drops a past date of a side scheme the page says is now closed', () => {
    const html = page(`<main><h1>Partnership Conference 2026</h1><p>The conference takes place on 12 June 2026 in Leipzig.</p>
      <p>Registration closes 30 April 2026.</p>
      <p>Members can apply for a travel bursary until 31 January 2026. The bursary scheme is now closed.</p></main>`, { lang: 'en' });
    const result = run(html, '2026-02-10');
    expect(deadlineValues(result)).toEqual(['2026-04-30']);
  });

  it('drops the date of a closed first round written in a compound ("Die erste Förderrunde mit Einreichungsfrist 15. Januar 2026 ist abgeschlossen")', () => {
    const html = page(`<main><h1>Aufruf 2026 (zweite Förderrunde)</h1><p>Die erste Förderrunde mit Einreichungsfrist 15. Januar 2026 ist abgeschlossen.</p>
      <p>Projektvorschläge sind bis zum 19. Juni 2026 einzureichen.</p></main>`);
    expect(deadlineValues(run(html, '2026-04-14'))).toEqual(['2026-06-19']);
  });
});
