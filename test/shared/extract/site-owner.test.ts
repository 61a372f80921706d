/**
 * The site names itself outside the content — logo alt text, imprint publisher, copyright holder — and names the
 * organizer of a page that names nobody else.
 */
import { describe, expect, it } from 'vitest';
import { readSiteOwner } from '../../../shared/extract/site-owner.ts';
import { snapshot } from '../../../shared/extract/page.ts';
import { cheerioView } from '../../../service/extract/cheerio-view.ts';
import { fields as fieldsAt, page, run } from './helpers.ts';

/** Item fields of a page on the site www.verein.example. */
const fields = (html: string, now: string) => fieldsAt(html, now, 'https://www.verein.example/termine/abend');

describe('the site names itself outside the content', () => {
  it('reads the logo alt text without "zur Startseite" and the imprint publisher up to the first comma', () => {
    const root = snapshot(cheerioView(page(`<header><a href="/"><img src="l.svg" alt="Stiftung Kommunal Global – zur Startseite"></a></header>
      <main><p>Text</p></main><footer><p><strong>Herausgeber:</strong> Landkreis Vorpommern-Greifswald, Der Landrat, Feldstraße 85a</p></footer>`)));
    expect(readSiteOwner(root)).toEqual({ logo: 'Stiftung Kommunal Global', publisher: 'Landkreis Vorpommern-Greifswald' });
  });

  it('ignores an alt text that only says "Logo" and a lower-case "Herausgeber" in running text', () => {
    const root = snapshot(cheerioView(page(`<div class="logo"><img alt="Logo"></div><main><p>Der Herausgeber der Zeitschrift ist ein Verein.</p></main>`)));
    expect(readSiteOwner(root)).toEqual({});
  });

  it('takes the organizer of a first-person call page from the logo', () => {
    const html = page(`<header><a class="brand" href="/"><img alt="Stiftung Kommunal Global – zur Startseite"></a></header>
      <main><h1>Förderaufruf „Klimapartnerschaften konkret“ 2026</h1><p>Wir fördern kommunale Klimapartnerschaften. Anträge können bis zum 30. April 2026 eingereicht werden.</p></main>`);
    expect(run(html, '2026-02-20').items.map((i) => i.organizer)).toEqual(['Stiftung Kommunal Global']);
  });

  it('takes a "Der Landkreis lobt … aus" issuer from the imprint', () => {
    const html = page(`<main><h1>Heimatpreis 2026</h1><p>Der Landkreis lobt auch in diesem Jahr den Heimatpreis aus. Bewerbungen sind bis zum 30. April 2026 einzureichen.</p></main>
      <footer><p>Herausgeber: Landkreis Vorpommern-Greifswald, Der Landrat</p></footer>`);
    expect(run(html, '2026-03-10').items.map((i) => i.organizer)).toEqual(['Landkreis Vorpommern-Greifswald']);
  });

  it('takes no logo that links to another site (a web agency\u2019s credit) and reads the copyright holder', () => {
    const root = snapshot(cheerioView(page(`<header><a href="/"><img class="logo" alt="Logo"></a></header><main><p>Text</p></main>
      <footer><p>© 2026 Partnerschaftsverein Ludwigsburg–Montbéliard e. V. · <a href="/impressum">Impressum</a></p>
      <p>Webdesign: <a href="https://www.pixelwerk.example/"><img class="agency-logo" alt="pixelwerk Webagentur"></a></p></footer>`)));
    expect(readSiteOwner(root, 'www.verein.example')).toEqual({ copyright: 'Partnerschaftsverein Ludwigsburg–Montbéliard' });
  });

  it('still reads a logo whose link leads to the page\u2019s own home page, with or without "www."', () => {
    const root = snapshot(cheerioView(page(`<header><a href="https://verein.example/"><img alt="Partnerschaftsverein Nantes"></a></header><main><p>Text</p></main>`)));
    expect(readSiteOwner(root, 'www.verein.example')).toEqual({ logo: 'Partnerschaftsverein Nantes' });
  });

  it('reads no name from a bare "© 2026" line', () => {
    const root = snapshot(cheerioView(page(`<main><p>Text</p></main><footer>Tel. 0361 555 · © 2026 · Stand 11.03.2026</footer>`)));
    expect(readSiteOwner(root)).toEqual({});
  });

  it('names the copyright holder as the organizer of a first-person event page that names itself nowhere else', () => {
    const html = page(`<header><a href="/"><img class="logo" alt="Logo"></a></header>
      <main><h1>Partnerschaftsabend</h1><p>Wir laden Sie herzlich ein.</p><p><b>Wann:</b> Freitag, 24. April 2026, ab 19:00 Uhr<br><b>Wo:</b> Kulturzentrum, 71638 Ludwigsburg</p></main>
      <footer><p>© 2026 Partnerschaftsverein Ludwigsburg–Montbéliard e. V.</p><p><a href="https://www.pixelwerk.example/"><img class="agency-logo" alt="pixelwerk Webagentur"></a></p></footer>`);
    expect(fields(html, '2026-03-22')).toEqual([['event', 'Partnerschaftsabend', '2026-04-24T19:00', null, 'Ludwigsburg', 'Partnerschaftsverein Ludwigsburg–Montbéliard']]);
  });
});
