/** The source form's logic: the edit's PATCH, the service's refusal by field, and a run's status and time in words. */
import { beforeAll, describe, expect, it } from 'vitest';
import { draftOf, draftPatch, EMPTY_DRAFT, refusalOf } from '../../../../extension/entrypoints/dashboard/source-draft.ts';
import { formatRunAt, runStatus } from '../../../../extension/entrypoints/dashboard/sources.ts';
import { NetworkError, ServiceError } from '../../../../extension/lib/api.ts';
import { speak } from '../../fixtures.ts';
import { source } from './fake-sources.ts';

beforeAll(() => speak('de'));

describe('source drafts', () => {
  it('patches only what differs, trimmed, with emptied selectors removed', () => {
    const s = source({ name: 'Kreis', url: 'https://kreis.example/', kind: 'listing', every: '6h', itemSelector: '.teaser' });
    const draft = draftOf(s);
    expect(draft).toEqual({ ...EMPTY_DRAFT, name: 'Kreis', url: 'https://kreis.example/', kind: 'listing', every: '6h', itemSelector: '.teaser' });
    expect(draftPatch(s, draft)).toEqual({});
    expect(draftPatch(s, { ...draft, name: ' Kreis ', every: ' 6h' })).toEqual({});
    expect(draftPatch(s, { ...draft, name: 'Kreis Nord', kind: 'rss' })).toEqual({ name: 'Kreis Nord', kind: 'rss' });
    expect(draftPatch(s, { ...draft, itemSelector: ' ', linkSelector: 'a.more' })).toEqual({ itemSelector: null, linkSelector: 'a.more' });
  });

  it('turns a validation error into the service\'s message and per-field problems', () => {
    // the service answers in the UI's language (here German)
    const refused = refusalOf(new ServiceError(400, 'validation', 'Ungültige Angaben in: url, kind, preset', [
      { field: 'url', message: 'muss eine Adresse mit http:// oder https:// ohne Benutzername und Passwort sein' },
      { field: 'url', message: 'zweite Meldung zum selben Feld' },
      { field: 'kind', message: 'Ungültiger Typ' },
      { field: 'preset', message: 'unbekanntes oder vom Dienst vergebenes Feld' },
    ]));
    expect(refused.fields).toEqual({ url: 'muss eine Adresse mit http:// oder https:// ohne Benutzername und Passwort sein', kind: 'Ungültiger Typ' });
    expect(refused.message).toBe('Der Dienst hat die Angaben nicht angenommen: Ungültige Angaben in: url, kind, preset – preset: unbekanntes oder vom Dienst vergebenes Feld');
    // other failures keep the view's wording and name no field
    expect(refusalOf(new NetworkError('down'))).toEqual({ message: expect.stringContaining('nicht erreichbar'), fields: {} });
    expect(refusalOf(new ServiceError(403, 'forbidden', 'only an admin may manage sources'))).toEqual({ message: 'Das dürfen nur Admins des Teams.', fields: {} });
    expect(refusalOf(new ServiceError(409, 'conflict', 'Diese Quelle wird gerade abgerufen.')).message).toBe('Das hat nicht geklappt: Diese Quelle wird gerade abgerufen.');
  });

  it('names a run\'s status as the service reports it, a 304 as "nicht geändert"', () => {
    expect(runStatus({ status: 'ok', httpStatus: 200 })).toEqual({ text: 'ok', cls: 'status-ok' });
    expect(runStatus({ status: 'ok', httpStatus: 304 })).toEqual({ text: 'nicht geändert', cls: 'status-ok' });
    expect(runStatus({ status: 'error', httpStatus: 304 })).toEqual({ text: 'Fehler', cls: 'error' });
    expect(runStatus({ status: 'running', httpStatus: null }).text).toBe('läuft …');
    expect(runStatus(null).text).toBe('Noch nie abgerufen');
  });

  it('writes a run\'s time as Berlin wall-clock time', () => {
    // the last Sunday of March: 00:59 UTC is 01:59 CET, 01:00 UTC is already 03:00 CEST
    expect(formatRunAt('2026-03-29T00:59:00Z')).toBe('So., 29.03.2026, 01:59');
    expect(formatRunAt('2026-03-29T01:00:00Z')).toBe('So., 29.03.2026, 03:00');
    expect(formatRunAt('2026-12-31T23:30:00.000Z')).toBe('Fr., 01.01.2027, 00:30');
    expect(formatRunAt('kaputt')).toBe('kaputt');
  });
});
