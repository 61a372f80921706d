/** RSS 2.0, RSS 1.0 (RDF) and Atom entries, read with Cheerio's XML mode (no extra parser needed). */
import * as cheerio from '../../extract/lazy-cheerio.ts';

export interface FeedEntry {
  title: string;
  /** absolute link to the entry's page, or null */
  link: string | null;
  /** the entry's text content as HTML (description, content:encoded, summary, content) */
  html: string;
}

const clean = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();

/** True when the text looks like an RSS or Atom document rather than a web page. */
export function looksLikeFeed(text: string): boolean {
  return /<(rss|feed|rdf:RDF)[\s>]/i.test(text.slice(0, 2000));
}

/** The entries of a feed, in feed order; links resolved against the feed's URL. */
export function readFeedEntries(xml: string, feedUrl: string): FeedEntry[] {
  const $ = cheerio.load(xml, { xml: true });
  const absolute = (href: string | undefined): string | null => {
    if (!href || !href.trim()) return null;
    try {
      const url = new URL(href.trim(), feedUrl);
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    } catch {
      return null;
    }
  };
  const entries: FeedEntry[] = [];
  // RSS 2.0 and 1.0: <item>; Atom: <entry>
  $('item').each((_, el) => {
    const item = $(el);
    const content = item.children('content\\:encoded').first().text() || item.children('description').first().text();
    entries.push({
      title: clean(item.children('title').first().text()),
      link: absolute(item.children('link').first().text() || item.attr('rdf:about') || item.children('guid[isPermaLink!="false"]').first().text()),
      html: content,
    });
  });
  $('entry').each((_, el) => {
    const entry = $(el);
    const links = entry.children('link').toArray().map((l) => $(l));
    const alternate = links.find((l) => (l.attr('rel') ?? 'alternate') === 'alternate') ?? links[0];
    const contentEl = entry.children('content').first();
    const summaryEl = entry.children('summary').first();
    const pick = contentEl.length > 0 ? contentEl : summaryEl;
    // Atom text constructs: type="html" holds escaped HTML (text() unescapes it), xhtml holds markup
    const html = pick.attr('type') === 'xhtml' ? (pick.html() ?? '') : pick.text();
    entries.push({ title: clean(entry.children('title').first().text()), link: absolute(alternate?.attr('href')), html });
  });
  return entries.filter((e) => e.title !== '' || e.link !== null);
}
