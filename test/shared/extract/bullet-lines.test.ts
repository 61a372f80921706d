/** A list written with line breaks and bullet glyphs in one paragraph is read one block per line (bullet-lines.ts). */
import { describe, expect, it } from 'vitest';
import { cheerioView } from '../../../service/extract/cheerio-view.ts';
import { readPage } from '../../../shared/extract/index.ts';
import { bulletLines } from '../../../shared/extract/bullet-lines.ts';
import { page } from './helpers.ts';

const blocks = (body: string) =>
  readPage({ view: cheerioView(page(body)), url: 'https://example.org/page', now: new Date('2024-03-01T12:00:00Z') }).blocks.map((b) => [b.type, b.text]);

describe('a paragraph of bulleted lines', () => {
  it('gives one block per line, the group\u2019s name one of them', () => {
    expect(blocks(`<main><h2>Auf einen Blick</h2><p>Aktuelles<br>» Preis A 2024: Bewerbung bis 17. März<br>» Preis B 2024: Bewerbung bis 10. April</p></main>`)).toEqual([
      ['heading', 'Auf einen Blick'],
      ['text', 'Aktuelles'],
      ['text', '» Preis A 2024: Bewerbung bis 17. März'],
      ['text', '» Preis B 2024: Bewerbung bis 10. April'],
    ]);
  });

  it('leaves a paragraph with one bulleted line, or mostly plain lines, as it is', () => {
    expect(bulletLines('Aktuelles\n» Preis A: Bewerbung bis 17. März')).toBeUndefined();
    expect(bulletLines('Erste Zeile\nZweite Zeile\nDritte Zeile\n» eins\n» zwei')).toBeUndefined();
    expect(bulletLines('» eins\n» zwei\nZwischentitel\n• drei')).toEqual(['» eins', '» zwei', 'Zwischentitel', '• drei']);
  });
});
