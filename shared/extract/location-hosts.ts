/**
 * The towns a page's own name gives (pure): the page's `<title>`, og:title, site name, publisher and logo name the
 * body that runs the page, and a municipality, a Volkshochschule, a library or a council names its town there ("Stadt
 * Herrenberg", "vhs Frankenthal", "Kreisvolkshochschule Groß-Gerau", "Dallas Public Library", "Townsville City
 * Council"). These are location candidates
 * (location-candidates.ts) for events whose own text names no town — the learned choice weighs them; none is ever
 * taken here. General nouns of a host's kind only, never a site's or a town's name.
 */

/** a town's name: one or two capitalised words, hyphenated parts ("Groß-Gerau", "Bad Waldsee", "Port Macquarie") */
export const TOWN = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*(?:\s(?:am|an der|im|in der|ob der|bei)\s\p{Lu}[\p{L}-]*|\s\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*)?`;
/** a host's noun before its town: a municipality, its adult-education centre, its library, a town's shop or magazine */
const BEFORE = String.raw`(?:Stadt|Gemeinde|Landeshauptstadt|Hansestadt|Kreisstadt|Große Kreisstadt|Universitätsstadt|Markt|Marktgemeinde|Samtgemeinde|Verbandsgemeinde|Stadtverwaltung|VHS|vhs|Volkshochschule|Kreisvolkshochschule|Stadtbibliothek|Stadtbücherei|Bücherei|Weltladen|Stadtmagazin|Stadtmarketing|City of|Town of|Borough of|Village of)`;
/** a host's noun after its town: a library, a council */
const AFTER = String.raw`(?:(?:Public|City|County|District|Regional) Librar(?:y|ies)|Librar(?:y|ies)|(?:City|Shire|Borough|District|County|Town|Regional) Council|Council)`;
const HOST_BEFORE = new RegExp(String.raw`^${BEFORE}\s+(${TOWN})$`, 'u');
// (the town's second word taken only when needed: "Dallas Public Library" is Dallas's)
const HOST_AFTER = new RegExp(String.raw`^(${TOWN.replace(/\)\?$/, ')??')})\s+${AFTER}$`, 'u');
/** the parts of a page's name ("Event list | Dallas Public Library", "Europa im Mittelpunkt - Stadt Herrenberg") */
const PARTS = /\s+[|–—·-]\s+|\s*[|·]\s*|:\s+|,\s+/u;

export interface HostTown {
  value: string;
  /** how it was read: a host's noun before or after it */
  source: 'host:before' | 'host:after';
}

/** The towns the page's names give (`hosts`: its title, og:title, site name, publisher, logo). */
export function hostTowns(hosts: ReadonlyArray<string | null | undefined>): HostTown[] {
  const out: HostTown[] = [];
  for (const host of hosts) {
    if (!host) continue;
    const text = host.trim().slice(0, 300);
    for (const part of text.split(PARTS).slice(0, 8)) {
      const p = part.trim();
      const before = HOST_BEFORE.exec(p)?.[1];
      if (before) out.push({ value: before, source: 'host:before' });
      const after = HOST_AFTER.exec(p)?.[1];
      if (after) out.push({ value: after, source: 'host:after' });
    }
  }
  return out;
}
