/**
 * The site's own name where a reader sees it outside the content: the logo's alt text ("Stiftung Kommunal Global – zur
 * Startseite") and the imprint's publisher line ("Herausgeber: Landkreis Vorpommern-Greifswald, Der Landrat, …").
 * Both sit in the chrome that boilerplate removal cuts, so they are read from the whole page, once. The organizer
 * falls back to them for the page's own item when the content names no body. A logo that links to another site (the web
 * agency's credit in the footer) names that site, not this one; the copyright line ("© 2026 Partnerschaftsverein … e. V.")
 * is the last place a small site names itself.
 */
import { clean, descendants, textOf, tokens, type DocNode } from './page.ts';

export interface SiteOwner {
  /** the logo's alt text without "Logo" / "zur Startseite" */
  logo?: string;
  /** the imprint's publisher, up to the first comma */
  publisher?: string;
  /** the copyright holder in "© 2026 Name e. V." */
  copyright?: string;
}

/** Words a logo's alt text adds to the name: where the link leads, that it is a logo. */
const LOGO_NOISE = /(?:^|\s*[–—|:-]\s*|\s+)(?:(?:link\s+)?zur\s+startseite|zurück\s+zur\s+startseite|startseite|home(?:page)?|go to homepage|to the homepage|logo(?:\s+(?:der|des|von|of))?)(?=$|\s|[–—|:-])/giu;
/** "Herausgeber: …", "Herausgegeben von …", "Publisher: …", "Medieninhaber: …" */
const PUBLISHER = /(?:^|\s)(?:herausgeber(?:in)?|herausgegeben\s+von|publisher|published\s+by|medieninhaber(?:in)?)\s*:?\s+([^,;\n·|]{3,120})/iu;

/** Reads the logo's, the imprint's and the copyright line's names from the page; `host` is the page's own host. */
export function readSiteOwner(root: DocNode, host = ''): SiteOwner {
  const owner: SiteOwner = {};
  for (const node of descendants(root)) {
    if (!owner.logo && node.tag === 'img' && node.attrs.alt && isLogo(node, host)) {
      const name = clean(node.attrs.alt.replace(LOGO_NOISE, ' ')).replace(/^[\s–—|:-]+|[\s–—|:-]+$/gu, '');
      if (/\p{Lu}/u.test(name) && name.split(/\s+/).length <= 10) owner.logo = name;
    }
    // one cheap test of the node's text for both lines' words; most nodes hold neither
    if ((owner.publisher && owner.copyright) || !node.children.some((c) => typeof c === 'string' && OWNER_WORD.test(c))) continue;
    if (!owner.publisher && node.children.some((c) => typeof c === 'string' && PUBLISHER_WORD.test(c))) {
      // the label may sit in its own <strong>: read the line it stands in
      const line = INLINE.has(node.tag) && node.parent ? node.parent : node;
      const m = PUBLISHER.exec(clean(textOf(line)));
      if (m && /^\p{Lu}/u.test(m[1].trim())) owner.publisher = m[1].replace(/\s+(?:vertreten durch|represented by)\s.*$/iu, '').trim();
    }
    if (!owner.copyright && node.children.some((c) => typeof c === 'string' && /©|\(c\)|copyright/iu.test(c))) {
      const m = COPYRIGHT.exec(clean(textOf(node)));
      if (m) owner.copyright = m[1].replace(/\s+(?:e\.\s?V\.|gGmbH|GmbH)$/u, '').trim();
    }
  }
  return owner;
}

/** "© 2026 Name e. V.", "Copyright 2025–2026 Name": a capitalised name after the year(s), up to a separator or a full stop */
const COPYRIGHT = /(?:©|\([cC]\)|[cC]opyright)\s*(?:\d{4}(?:\s*[–-]\s*\d{4})?\s+)?(\p{Lu}[^·|,;\n]{2,100}?(?:\s+e\.\s?V\.)?)(?=\s*(?:[·|,;\n]|\.\s|$))/u;

/** a cheap first test on text nodes, so only the few lines that hold the word are read whole */
const PUBLISHER_WORD = /herausgeber|herausgegeben|publisher|published by|medieninhaber/iu;
/** either line's word (PUBLISHER_WORD's, or the copyright line's), in their own case folding */
const OWNER_WORD = /herausgeber|herausgegeben|publisher|published by|medieninhaber|©|\(c\)|copyright/iu;
const INLINE = new Set(['strong', 'b', 'em', 'i', 'span', 'small', 'dt', 'label']);

/** An image that is the site's logo: named so, or the image inside the link to the home page; not one linking elsewhere. */
function isLogo(img: DocNode, host: string): boolean {
  for (let n: DocNode | null = img, depth = 0; n && depth < 4; n = n.parent, depth++) {
    if (n.tag === 'a' && foreign(n.attrs.href ?? '', host)) return false;
  }
  for (let n: DocNode | null = img, depth = 0; n && depth < 4; n = n.parent, depth++) {
    if (tokens(n).some((t) => /logo|brand|wappen/.test(t))) return true;
    if (n.tag === 'a' && /^(?:\/|\.\/|https?:\/\/[^/]+\/?)$/.test(n.attrs.href ?? '')) return true;
  }
  return false;
}

/** A link to another site than the page's ("www.agentur.example" from "www.verein.example"); unknown host: not foreign. */
function foreign(href: string, host: string): boolean {
  const m = /^(?:https?:)?\/\/([^/:?#]+)/i.exec(href);
  if (!m || !host) return false;
  const base = (h: string) => h.toLowerCase().replace(/^www\./, '');
  return base(m[1]) !== base(host);
}
