/**
 * Finds the links of a listing page that lead to calls and events, without site-specific selectors: links inside the
 * main content (navigation, header, footer, sidebars and breadcrumbs removed), on the same site, to pages rather
 * than files (a PDF counts as a page: calls are published as PDF), whose text or address reads like a call or an event — or that sit in the listing's own section of the
 * site with a real headline as text. Selectors from the source, when given, replace the guessing.
 */
import * as cheerio from '../extract/lazy-cheerio.ts';
import type { AnyNode, Element } from 'domhandler';
import { urlKey } from '../../shared/canonical-url.ts';

export interface LinkOptions {
  /** CSS selector of the item links (overrides discovery) */
  linkSelector?: string | null;
  /** CSS selector of item blocks: the first link of each block is the item's link */
  itemSelector?: string | null;
  /** at most this many links (default 30): a listing is read a page at a time, politely */
  max?: number;
}

export interface ItemLink {
  url: string;
  text: string;
}

/** Markup that is never the listing itself. */
const CHROME =
  'nav, header, footer, aside, form, script, style, noscript, template, [role=navigation], [role=banner], [role=contentinfo], ' +
  '[role=search], [aria-hidden=true], [hidden], .breadcrumb, .breadcrumbs, .pagination, .pager, .skip-links, .cookie, ' +
  '.cookie-banner, #cookie-banner, .sidebar, #sidebar, .related, .teaser-related, .social, .share';
const MAIN = ['main', '[role=main]', '#content', '#main', '.main-content', '.content'];

/** Words of calls and events in link text or URLs (German and English, as the corpus has them). */
const ITEM_WORDS =
  /(f(ö|oe)rder|aufruf|ausschreibung|bekanntmachung|wettbewerb|preis|award|call|fonds|fund|grant|programm|frist|bewerb|antrag|veranstaltung|termin|event|konferenz|tagung|kongress|workshop|seminar|webinar|netzwerktreffen|vernetzung|treffen|forum|infoveranstaltung|info-session|beratung)/i;
const NOT_PAGES = /\.(docx?|xlsx?|pptx?|odt|ods|zip|rar|7z|jpe?g|png|gif|svg|webp|mp3|mp4|ics|ical|xml|rss)$/i;
const NAVIGATION_TEXT = /^(weiter|zurück|mehr|mehr lesen|weiterlesen|next|previous|prev|more|read more|seite \d+|\d+|«|»|‹|›|>|<|top|nach oben|drucken|print|teilen|share)$/i;

const siteOf = (host: string) => host.toLowerCase().replace(/^www\./, '');
const words = (text: string) => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

/** The item links of a listing page, in page order, each once. */
export function discoverLinks(html: string, pageUrl: string, options: LinkOptions = {}): ItemLink[] {
  const $ = cheerio.load(html);
  const base = new URL($('base[href]').attr('href') ?? pageUrl, pageUrl);
  const page = new URL(pageUrl);
  const max = options.max ?? 30;

  const guessing = !options.linkSelector && !options.itemSelector;
  let anchors: AnyNode[];
  if (options.linkSelector) {
    anchors = $(options.linkSelector)
      .toArray()
      .map((el) => ($(el).is('a[href]') ? el : $(el).find('a[href]').get(0)))
      .filter((el): el is Element => el !== undefined);
  } else if (options.itemSelector) {
    anchors = $(options.itemSelector)
      .toArray()
      .map((el) => $(el).find('a[href]').get(0))
      .filter((el): el is Element => el !== undefined);
  } else {
    $(CHROME).remove();
    // the first container that exists, by preference — not the first in document order (a teaser <div class=content>)
    const main = MAIN.map((selector) => $(selector).first()).find((found) => found.length > 0);
    anchors = (main ?? $('body')).find('a[href]').toArray();
  }

  const found = new Map<string, ItemLink>();
  const listingDir = page.pathname.replace(/[^/]*$/, '');
  for (const node of anchors) {
    const a = $(node);
    const href = a.attr('href');
    if (!href || href.startsWith('#') || /^(mailto|tel|javascript|data):/i.test(href)) continue;
    let url: URL;
    try {
      url = new URL(href, base);
    } catch {
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
    url.hash = '';
    const text = a.text().replace(/[\s\u00a0]+/g, ' ').trim() || (a.attr('title') ?? '').trim();
    if (guessing && !looksLikeItem(url, text, page, listingDir)) continue;
    const key = urlKey(url.href);
    if (key === urlKey(page.href)) continue;
    const known = found.get(key);
    // "Weiterlesen" and the headline often link the same page: keep the headline as the link's text
    if (!known) found.set(key, { url: url.href, text });
    else if (text.length > known.text.length) known.text = text;
    if (found.size >= max && !known) break;
  }
  return [...found.values()].slice(0, max);
}

/** The guess: a same-site page whose text or address reads like a call or event, or a headline in the listing's section. */
function looksLikeItem(url: URL, text: string, page: URL, listingDir: string): boolean {
  if (siteOf(url.hostname) !== siteOf(page.hostname)) return false;
  if (NOT_PAGES.test(url.pathname)) return false;
  if (url.pathname === '/' || url.pathname === '') return false;
  if (NAVIGATION_TEXT.test(text)) {
    // "mehr" links count only through their address
    return ITEM_WORDS.test(decodeURIComponent(url.pathname));
  }
  if (ITEM_WORDS.test(text) || ITEM_WORDS.test(decodeURIComponent(url.pathname))) return words(text) >= 1;
  return words(text) >= 4 && url.pathname.startsWith(listingDir) && url.pathname.length > listingDir.length;
}
