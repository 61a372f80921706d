/**
 * A unit whose event and call words weigh the same: dated only by when something happens, it is the event (when ties
 * are broken: assemble.ts tieBreak).
 */
import { describe, expect, it } from 'vitest';
import { page, run } from './helpers.ts';

describe('event and call words in balance', () => {

  it('reads a page dated only by its meeting as that event', () => {
    const html = page(`<main><article><h1>Bei Kaffee und Tee zum Förderantrag</h1><p>Dazu lädt die Kontaktstelle am 11. Juli 2024 von 15:00 bis 17:00 Uhr zu einer Informationsveranstaltung nach Trier ein.</p>
      <p>Dort erhalten Vereine Hilfe für einen Förderantrag im Programm.</p></article></main>`);
    const { items } = run(html, '2024-06-20');
    expect(items.map((i) => [i.kind, i.start])).toEqual([['event', '2024-07-11T15:00']]);
  });
});
