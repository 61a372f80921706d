/** A small agency site built on one CMS template: pages of one call each, with different content (profile tests). */
export interface TemplatePage {
  title: string;
  deadline: string;
  other?: string;
  place: string;
  /** a news box before the content, on some pages only (shifts positions) */
  notice?: boolean;
}

/** A page of the template: the call's name in a sub-heading under a generic h1, its deadline in a labelled dl row. */
export function templatePage(p: TemplatePage, variant: 'v1' | 'v2' = 'v1'): string {
  const facts = variant === 'v1'
    ? `<dl class="facts"><dt>Programm</dt><dd>Kommunalrichtlinie</dd>${p.other ? `<dt>Infoveranstaltung</dt><dd>${p.other}</dd>` : ''}<dt>Bewerbungsschluss:</dt><dd>${p.deadline}</dd><dt>Ort</dt><dd>${p.place}</dd></dl>`
    : `<table class="eckdaten"><tr><th>Einreichung bis</th><td>${p.deadline}</td></tr><tr><th>Veranstaltungsort</th><td>${p.place}</td></tr></table>`;
  return `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Förderaufrufe – Landesagentur</title></head><body>
<header class="site-header"><nav><a href="/">Start</a> <a href="/aufrufe">Aufrufe</a></nav></header>
<div class="page">${p.notice ? '<div class="notice"><p>Wartungsarbeiten am 3. Mai 2027 zwischen 8 und 9 Uhr.</p></div>' : ''}
<main id="content"><h1 class="page-title">Förderaufrufe</h1>
<div class="call"><p class="kicker">Aufruf</p><h2 class="call-name">${p.title}</h2>
<p>Kommunen und Vereine können Projektskizzen einreichen. Gefördert werden bis zu 80 % der Ausgaben. Die Einreichung erfolgt über das Portal.</p>
${facts}
<p class="stand">Stand: 12.01.2027</p></div></main></div>
<footer class="site-footer"><p>Landesagentur für Förderung, Musterstraße 1, 40210 Düsseldorf</p></footer></body></html>`;
}

/** One dated entry of a listing page: its day, name and place. */
export type ListingEntry = [day: string, name: string, place: string];

/**
 * A listing page of the same kind of CMS: its events as teaser cards (no list, no headings) — the general segmentation
 * sees one page; `variant` 'relaunch' renders the cards as articles of another class (the record rule no longer fits).
 */
export function listingPage(entries: ListingEntry[], variant: 'v1' | 'relaunch' = 'v1'): string {
  const card = ([day, name, place]: ListingEntry) =>
    variant === 'v1'
      ? `<div class="teaser"><p class="teaser-date">${day}</p><p class="teaser-title"><a href="/t">${name}</a></p><p class="teaser-place">Ort: ${place}</p></div>`
      : `<article class="card"><p class="card-date">${day}</p><p class="card-title"><a href="/t">${name}</a></p><p class="card-place">Ort: ${place}</p></article>`;
  return `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Termine – Landkreis</title></head><body>
<header class="site-header"><nav><a href="/">Start</a></nav></header>
<main><h1>Veranstaltungen</h1><div class="teaser-list">${entries.map(card).join('')}</div></main></body></html>`;
}
