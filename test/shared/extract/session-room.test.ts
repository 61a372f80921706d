/**
 * A room named for sessions ("Sitzungssaal", "Sitzungsraum") is a place: a date whose line names it is not read as a
 * committee's decision (cues/de.ts, the cue "entscheidung"), while a session itself still is one.
 */
import { describe, expect, it } from 'vitest';
import { page, run } from './helpers.ts';

const roles = (body: string) =>
  run(page(body), '2027-09-20').diagnostics.filter((d) => d.stage === 'facts' && d.message.includes(' → ')).map((d) => d.message.replace(/ \[.*$/, ''));

describe('a session room', () => {
  it('does not make the date of an information evening in the session room a decision', () => {
    const facts = roles(`<main><h1>Informationsveranstaltung zur Energieberatung</h1>
      <p>Dienstag, 11.10.2027, um 18:00 Uhr – online und im Sitzungssaal des Rathauses</p></main>`);
    expect(facts.some((f) => f.startsWith('Dienstag, 11.10.2027') && f.includes('→ decision'))).toBe(false);
  });

  it('still reads the date of a committee session as a decision', () => {
    const facts = roles(`<main><h1>Förderprogramm Dorfentwicklung</h1>
      <p>Über die Anträge entscheidet der Ausschuss in seiner Sitzung am 14.10.2027.</p></main>`);
    expect(facts.find((f) => f.startsWith('14.10.2027'))).toMatch(/→ decision/);
  });
});
