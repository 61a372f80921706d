/** Every block text of every corpus page: what the cue tests check their shortcuts against (hints, the one-scan matcher). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cheerioView } from '../../../../service/extract/cheerio-view.ts';
import { readPage } from '../../../../shared/extract/index.ts';

export function corpusBlockTexts(): string[] {
  const root = join(import.meta.dirname, '../../../fixtures/corpus');
  const texts: string[] = [];
  for (const batch of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const file of readdirSync(join(root, batch.name)).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(root, batch.name, file), 'utf8');
      const { blocks } = readPage({ view: cheerioView(html), url: 'https://example.org/', now: new Date('2026-01-15T12:00:00Z') });
      texts.push(...blocks.map((b) => b.text));
    }
  }
  return texts;
}
