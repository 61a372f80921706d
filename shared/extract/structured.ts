/**
 * Structured data, the strongest evidence: JSON-LD and microdata Events, og:/meta tags (title, site name, publication
 * time), links to .ics files (a hint that the page is an event; they are never fetched).
 */
import { isoToBerlin, type WallClock } from './iso-time.ts';
import { clean, descendants, textOf, tokens, type DocNode } from './page.ts';

export interface StructuredEvent {
  name?: string;
  start?: WallClock;
  end?: WallClock;
  /** a city, or "online" */
  location?: string;
  organizer?: string;
  description?: string;
}

export interface PageMeta {
  lang?: string;
  title?: string;
  ogTitle?: string;
  siteName?: string;
  description?: string;
  /** YYYY-MM-DD, Berlin day of the publication or last update */
  published?: string;
  events: StructuredEvent[];
  /** the page links an .ics/iCal file */
  icsLink: boolean;
  /** the page's H1 when it stands outside the main content (a hero banner); set by the pipeline */
  heading?: string;
  /** the site's name from its logo's alt text and from its imprint's publisher line (site-owner.ts); set by the pipeline */
  logo?: string;
  publisher?: string;
  copyright?: string;
  /** the page is a news article (NewsArticle, og:type article) */
  article: boolean;
}

/** Reads meta tags, JSON-LD and microdata of the whole page (head and body). */
export function readStructured(root: DocNode): PageMeta {
  const meta: PageMeta = { events: [], icsLink: false, article: false, lang: root.attrs.lang?.slice(0, 2).toLowerCase() };
  for (const node of descendants(root)) {
    if (node.tag === 'title' && !meta.title) meta.title = clean(textOf(node));
    else if (node.tag === 'meta') readMeta(node, meta);
    else if (node.tag === 'script' && /ld\+json/i.test(node.attrs.type ?? '')) readJsonLd(textOf(node), meta);
    else if (node.tag === 'a' && isIcsLink(node)) meta.icsLink = true;
    else if (node.attrs.itemscope !== undefined && /schema\.org\/\w*Event/i.test(node.attrs.itemtype ?? '')) meta.events.push(readMicrodata(node));
  }
  return meta;
}

function readMeta(node: DocNode, meta: PageMeta): void {
  const key = (node.attrs.property ?? node.attrs.name ?? '').toLowerCase();
  const content = clean(node.attrs.content ?? '');
  if (!content) return;
  if (key === 'og:title') meta.ogTitle = content;
  else if (key === 'og:site_name') meta.siteName = content;
  else if (key === 'og:description' || (key === 'description' && !meta.description)) meta.description = content;
  else if (key === 'og:type' && content === 'article') meta.article = true;
  else if (key === 'article:published_time' || key === 'og:updated_time' || key === 'date' || key === 'dc.date') meta.published ??= isoToBerlin(content)?.date;
}

function isIcsLink(a: DocNode): boolean {
  const href = (a.attrs.href ?? '').toLowerCase();
  return /\.ics(?:$|[?#])/.test(href) || /[?&](?:task|format|view)=ical/.test(href) || /\bical\b|icalendar/i.test(textOf(a));
}

const EVENT_TYPE = /Event$/;

function readJsonLd(text: string, meta: PageMeta): void {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return;
  }
  // an explicit stack in document order: JSON-LD may nest deeper than the call stack (5,000 levels of arrays)
  // an object's @graph is read before the object itself; `own` marks an object whose graph is done
  const stack: Array<{ value: unknown } | { own: Record<string, unknown> }> = [{ value: data }];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if ('value' in next) {
      const value = next.value;
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i] });
      } else if (value && typeof value === 'object') {
        const graph = (value as Record<string, unknown>)['@graph'];
        stack.push({ own: value as Record<string, unknown> });
        if (Array.isArray(graph)) stack.push({ value: graph });
      }
      continue;
    }
    const obj = next.own;
    const types = ([] as unknown[]).concat(obj['@type'] ?? []).map(String);
    if (types.some((t) => EVENT_TYPE.test(t))) meta.events.push(eventFrom(obj));
    if (types.some((t) => /Article|BlogPosting|WebPage/.test(t))) {
      if (types.some((t) => /Article|BlogPosting/.test(t))) meta.article = true;
      const published = str(obj.datePublished) ?? str(obj.dateModified);
      if (published) meta.published ??= isoToBerlin(published)?.date;
    }
  }
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? clean(value) : undefined;
}

function nameOf(value: unknown): string | undefined {
  // the first of a list, however deeply listed
  while (Array.isArray(value)) value = value[0];
  if (typeof value === 'string') return clean(value) || undefined;
  if (value && typeof value === 'object') return str((value as Record<string, unknown>).name);
  return undefined;
}

function eventFrom(obj: Record<string, unknown>): StructuredEvent {
  const start = str(obj.startDate);
  const end = str(obj.endDate);
  return {
    name: str(obj.name),
    start: start ? isoToBerlin(start) ?? undefined : undefined,
    end: end ? isoToBerlin(end) ?? undefined : undefined,
    location: locationOf(obj),
    organizer: nameOf(obj.organizer),
    description: str(obj.description),
  };
}

function locationOf(obj: Record<string, unknown>): string | undefined {
  const mode = String(obj.eventAttendanceMode ?? '');
  const places = ([] as unknown[]).concat(obj.location ?? []);
  for (const place of places) {
    if (!place || typeof place !== 'object') continue;
    const p = place as Record<string, unknown>;
    const address = p.address;
    const locality = address && typeof address === 'object' ? str((address as Record<string, unknown>).addressLocality) : undefined;
    if (locality) return locality;
    if (String(p['@type'] ?? '') !== 'VirtualLocation' && str(p.name)) return str(p.name);
  }
  if (/OnlineEventAttendanceMode/.test(mode) || places.some((p) => p && typeof p === 'object' && (p as Record<string, unknown>)['@type'] === 'VirtualLocation')) return 'online';
  return undefined;
}

function readMicrodata(scope: DocNode): StructuredEvent {
  const event: StructuredEvent = {};
  for (const node of descendants(scope)) {
    const prop = node.attrs.itemprop;
    if (!prop) continue;
    const value = node.attrs.content ?? node.attrs.datetime ?? clean(textOf(node));
    if (prop === 'name' && !event.name) event.name = clean(value);
    else if (prop === 'startDate') event.start = isoToBerlin(value) ?? undefined;
    else if (prop === 'endDate') event.end = isoToBerlin(value) ?? undefined;
    else if (prop === 'addressLocality') event.location = clean(value);
    else if (prop === 'organizer' && !event.organizer) event.organizer = clean(value);
  }
  if (!event.location && tokens(scope).some((t) => t.includes('online'))) event.location = 'online';
  return event;
}
