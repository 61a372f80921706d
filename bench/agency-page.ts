/**
 * A 1 MB agency page for the clip benchmark: a real call from the corpus (the Nakopa announcement) inside the bulk that
 * large agency sites carry — a mega menu of the site's sections and a long "Weitere Meldungen" column made of the
 * other corpus pages' contents (with their own dates, so the extractor has real work to skip). Deterministic.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR } from '../test/fixtures/corpus/index.ts';

export const AGENCY_PAGE = 'skew-nakopa-bekanntmachung-2024-zweistufig.html';
const TARGET_BYTES = 1024 * 1024;

const body = (html: string) => /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;

function megaMenu(): string {
  const sections = ['Förderprogramme', 'Veranstaltungen', 'Themen', 'Service', 'Über uns', 'Presse'];
  const links: string[] = [];
  for (let i = 0; i < 1500; i++) links.push(`<li><a href="/${sections[i % 6].toLowerCase()}/seite-${i}">${sections[i % 6]}: Unterseite ${i}</a></li>`);
  return `<nav class="mega-menu" aria-label="Hauptnavigation"><ul>${links.join('')}</ul></nav>`;
}

/** The page's HTML, at least 1 MiB of UTF-8. */
export function agencyPage(): string {
  const page = readFileSync(join(CORPUS_DIR, AGENCY_PAGE), 'utf8');
  const others = readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.html') && f !== AGENCY_PAGE)
    .sort()
    .map((f) => `<article class="teaser">${body(readFileSync(join(CORPUS_DIR, f), 'utf8'))}</article>`);
  const parts: string[] = [];
  let bytes = Buffer.byteLength(page) + Buffer.byteLength(megaMenu());
  for (let i = 0; bytes < TARGET_BYTES; i++) {
    const teaser = others[i % others.length];
    parts.push(teaser);
    bytes += Buffer.byteLength(teaser);
  }
  const aside = `<aside class="weitere-meldungen"><h2>Weitere Meldungen</h2>${parts.join('\n')}</aside>`;
  return page.replace(/<body([^>]*)>/i, `<body$1>${megaMenu()}`).replace(/<\/body>/i, `${aside}</body>`);
}
