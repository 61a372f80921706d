/**
 * Service errors reach the user in one language (issue 13, item 5): the envelope's message and each field's message
 * are German unless Accept-Language prefers English.
 */
import { describe, expect, it } from 'vitest';
import { expectError } from '../helpers/expect.ts';
import { uuid } from '../helpers/api.ts';
import { useTestApi } from '../helpers/suite.ts';

type Call = (headers: Record<string, string>) => Promise<Response>;

/** The header values of the issue and the language each must get (none = no header). */
const ASKED: Array<[string | null, 'de' | 'en']> = [
  [null, 'de'],
  ['en-GB,en;q=0.9', 'en'],
  ['de-CH', 'de'],
  ['fr', 'de'],
  ['de;q=0.5, en', 'en'],
  ['en;q=0.4, de;q=0.8', 'de'],
  ['en;q=0', 'de'],
  ['*', 'de'],
];

describe('error messages in the language the client asks for (sqlite)', () => {
  const api = useTestApi('sqlite');

  /** Calls once per header value; checks status, language headers and the message (and fields) of each answer. */
  async function expectLanguages(call: Call, status: number, expected: Record<'de' | 'en', { message: string; fields?: { field: string; message: string }[] }>) {
    for (const [header, language] of ASKED) {
      const res = await call(header === null ? {} : { 'Accept-Language': header });
      const error = await expectError(res, status);
      expect(res.headers.get('content-language'), String(header)).toBe(language);
      expect(res.headers.get('vary') ?? '', String(header)).toMatch(/Accept-Language/i);
      expect(error.message, String(header)).toBe(expected[language].message);
      if (expected[language].fields) expect(error.details?.fields, String(header)).toEqual(expected[language].fields);
    }
  }

  it('a validation error (400), with its fields', async () => {
    const { token } = await api.team();
    await expectLanguages((headers) => api.call('POST', '/api/v1/items', { token, headers, body: { kind: 'call', title: 'x', start: '2300-01-01' } }), 400, {
      de: { message: 'Ungültige Angaben in: start', fields: [{ field: 'start', message: 'muss ein Datum von 1970 bis 2199 sein' }] },
      en: { message: 'invalid body: start', fields: [{ field: 'start', message: 'must be a date from 1970 to 2199' }] },
    });
  });

  it('an unknown field and valibot’s own type message', async () => {
    const { token } = await api.team();
    await expectLanguages((headers) => api.call('POST', '/api/v1/items', { token, headers, body: { kind: 'call', title: 7, rev: 3 } }), 400, {
      de: {
        message: 'Ungültige Angaben in: title, rev',
        fields: [
          { field: 'title', message: 'Ungültiger Typ: erwartet string, erhalten 7' },
          { field: 'rev', message: 'unbekanntes oder vom Dienst vergebenes Feld' },
        ],
      },
      en: {
        message: 'invalid body: title, rev',
        fields: [
          { field: 'title', message: 'Invalid type: Expected string but received 7' },
          { field: 'rev', message: 'unknown or server-owned field' },
        ],
      },
    });
  });

  it('a 404', async () => {
    const { token } = await api.team();
    await expectLanguages((headers) => api.call('GET', `/api/v1/items/${uuid()}`, { token, headers }), 404, {
      de: { message: 'Diesen Eintrag gibt es nicht.' },
      en: { message: 'no such item' },
    });
    await expectLanguages((headers) => api.call('GET', '/api/v1/nowhere', { token, headers }), 404, {
      de: { message: 'Diese Adresse gibt es im Dienst nicht.' },
      en: { message: 'no such route' },
    });
  });

  it('a 401', async () => {
    await expectLanguages((headers) => api.call('GET', '/api/v1/me', { headers }), 401, {
      de: { message: 'Der Zugangsschlüssel fehlt (Authorization: Bearer …).' },
      en: { message: 'missing bearer token' },
    });
    await expectLanguages((headers) => api.call('GET', '/api/v1/me', { token: `cw_${'z'.repeat(43)}`, headers }), 401, {
      de: { message: 'Der Zugangsschlüssel ist unbekannt oder wurde widerrufen.' },
      en: { message: 'unknown or revoked token' },
    });
  });

  it('a 403', async () => {
    const team = await api.team();
    const viewer = await team.add('viewer');
    await expectLanguages((headers) => api.call('POST', '/api/v1/items', { token: viewer.token, headers, body: { kind: 'call', title: 'x' } }), 403, {
      de: { message: 'Mit der Rolle „Nur lesen“ lassen sich keine Einträge ändern.' },
      en: { message: 'a viewer cannot change items' },
    });
  });

  it('a 409', async () => {
    const { token } = await api.team();
    const id = uuid();
    expect((await api.call('POST', '/api/v1/items', { token, body: { id, kind: 'call', title: 'x' } })).status).toBe(201);
    await expectLanguages((headers) => api.call('POST', '/api/v1/items', { token, headers, body: { id, kind: 'call', title: 'y' } }), 409, {
      de: { message: 'Einen Eintrag mit dieser ID gibt es schon.' },
      en: { message: 'an item with this id exists' },
    });
  });

  it('a 413', async () => {
    const { token } = await api.team();
    const huge = JSON.stringify({ kind: 'call', title: 'x', notes: 'n'.repeat(1024 * 1024) });
    await expectLanguages((headers) => api.call('POST', '/api/v1/items', { token, headers, raw: huge }), 413, {
      de: { message: 'Der Inhalt der Anfrage ist größer als 1 MB.' },
      en: { message: 'request body larger than 1 MB' },
    });
  });

  it('malformed JSON', async () => {
    const { token } = await api.team();
    await expectLanguages((headers) => api.call('POST', '/api/v1/items', { token, headers, raw: '{"kind":' }), 400, {
      de: { message: 'Der Inhalt der Anfrage ist kein gültiges JSON.' },
      en: { message: 'malformed JSON in request body' },
    });
  });

  it('the refusal of an internal address by POST /api/v1/sources keeps the address', async () => {
    const { token } = await api.team();
    const body = { name: 'intern', url: 'http://127.0.0.1:8080/', kind: 'page' };
    const de = 'Die Adresse 127.0.0.1:8080 zeigt auf ein internes Netz und wird nicht abgerufen.';
    const en = 'The address 127.0.0.1:8080 points to an internal network (127.0.0.1) and is not fetched.';
    await expectLanguages((headers) => api.call('POST', '/api/v1/sources', { token, headers, body }), 400, {
      de: { message: de, fields: [{ field: 'url', message: de }] },
      en: { message: en, fields: [{ field: 'url', message: en }] },
    });
  });

  it('the OpenAPI document says so', async () => {
    const { token } = await api.team();
    const doc = await (await api.call('GET', '/api/v1/openapi.json', { token })).json();
    expect(doc.info.description).toMatch(/German unless .*Accept-Language.* prefers English/);
    expect(doc.components.schemas.Error.properties.error.properties.message.description).toMatch(/Accept-Language/);
  });
});
