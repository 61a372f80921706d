import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { genericFor, GENERIC_FIELD, localize, lookUp, placeholders, render } from '../../../service/i18n/localize.ts';
import { CATALOGUE, GENERIC } from '../../../service/i18n/messages.ts';

const entries = Object.entries(CATALOGUE);
/** placeholder values that cannot be mistaken for a template's fixed text */
const value = fc.stringMatching(/^[A-Za-z0-9äöüß]{1,12}$/);

describe('the service message catalogue', () => {
  it('has every message in both languages with the same placeholders', () => {
    for (const [id, entry] of entries) {
      expect(entry.en.trim(), id).not.toBe('');
      expect(entry.de.trim(), id).not.toBe('');
      expect(entry.de, id).not.toBe(entry.en);
      expect(placeholders(entry.de).sort(), id).toEqual(placeholders(entry.en).sort());
    }
  });

  it('gives each English message back in German with its dynamic parts, and in English unchanged', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...entries).chain(([id, entry]) =>
          fc.tuple(fc.constant(id), fc.constant(entry), fc.record(Object.fromEntries(placeholders(entry.en).map((name) => [name, value])))),
        ),
        ([, entry, values]) => {
          const english = render(entry.en, values);
          expect(lookUp(english, 'de')).toBe(render(entry.de, values));
          expect(lookUp(english, 'en')).toBe(english);
          for (const part of Object.values(values)) expect(lookUp(english, 'de')).toContain(part);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keeps the generic texts of every code in both languages, without placeholders', () => {
    for (const entry of Object.values(GENERIC)) {
      expect(entry.de.trim()).not.toBe('');
      expect(entry.en.trim()).not.toBe('');
      expect(placeholders(entry.de)).toEqual([]);
    }
  });

  it('answers a message it does not know with the generic German text of its code — no English fragment', () => {
    expect(localize('the moon is not reachable from here', 'de', genericFor('conflict', 409))).toBe('Das widerspricht dem aktuellen Stand.');
    expect(localize('something nobody wrote down', 'de', genericFor('teapot', 418))).toBe('Die Anfrage wurde nicht angenommen.');
    expect(localize('something nobody wrote down', 'de', genericFor('boom', 503))).toBe('Der Dienst konnte nicht antworten.');
    expect(localize('an unknown field rule', 'de', GENERIC_FIELD)).toBe('ungültiger Wert');
    // English stays the service's own text; a German text carried by the error wins over the catalogue
    expect(localize('the moon is not reachable from here', 'en', genericFor('conflict', 409))).toBe('the moon is not reachable from here');
    expect(localize('no such item', 'de', genericFor('not_found', 404), 'Eigener Text.')).toBe('Eigener Text.');
  });

  it('does not look up texts longer than a message (they quote input) and stays fast on hostile ones', () => {
    expect(lookUp(`no preset "${'x'.repeat(2000)}"`, 'de')).toBeUndefined();
    const hostile = `Invalid type: Expected ${' but received '.repeat(70)}`;
    const started = performance.now();
    lookUp(hostile, 'de');
    expect(performance.now() - started).toBeLessThan(50);
  });
});
