import { describe, expect, it } from 'vitest';
import { cuesFor } from '../../../shared/extract/cues/index.ts';
import { cityOf } from '../../../shared/extract/location.ts';
import { shortOrganizer } from '../../../shared/extract/organizer.ts';
import { cleanTitle, stripSiteName } from '../../../shared/extract/title.ts';

const de = cuesFor('de');

describe('location', () => {
  it('keeps the city of a venue and nothing else', () => {
    expect(cityOf('Landratsamt Burgenlandkreis\nSchönburger Straße 41\n06618 Naumburg (Saale)', de)).toBe('Naumburg');
    expect(cityOf('E-Werk und Palladium, Schanzenstraße, 51063 Köln', de)).toBe('Köln');
    expect(cityOf('online (Zoom)', de)).toBe('online');
    expect(cityOf('Berlin', de)).toBe('Berlin');
    expect(cityOf('Rathaus, 60311 Frankfurt am Main', de)).toBe('Frankfurt am Main');
  });
});

describe('organizer', () => {
  it('shortens to the acronym a page uses', () => {
    expect(shortOrganizer('Servicestelle Kommunen in der Einen Welt (SKEW) von Engagement Global, gefördert vom BMZ')).toBe('SKEW / Engagement Global');
    expect(shortOrganizer('Deutsches Institut für Urbanistik (Difu)')).toBe('Difu');
    expect(shortOrganizer('Servicestelle Kommunen in der Einen Welt', 'Die Kosten übernimmt die SKEW.')).toBe('SKEW');
    expect(shortOrganizer('European Commission')).toBe('European Commission');
  });
});

describe('titles', () => {
  it('drops the site name and trailing links', () => {
    expect(stripSiteName('Klaaf International - Allerweltshaus Köln', undefined, 'www.allerweltshaus.de')).toBe('Klaaf International');
    expect(stripSiteName('Kleinprojektefonds kommunale Entwicklungspolitik | bpb.de', 'bpb.de', 'www.bpb.de')).toBe('Kleinprojektefonds kommunale Entwicklungspolitik');
    expect(cleanTitle('  Jahrestagung der Fairen Metropole Ruhr  Mehr ', de)).toBe('Jahrestagung der Fairen Metropole Ruhr');
    expect(cleanTitle('Info sessions: ', de)).toBe('Info sessions');
  });
});
