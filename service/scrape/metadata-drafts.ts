/**
 * A stand-in extractor that reads only what pages state as data: JSON-LD events, `<time datetime>` next to a deadline
 * word, and the page's title. Used when shared/extract's entry point is not available (see extractor.ts).
 */
import type { PageView, ViewElement } from '../../shared/extract/view.ts';
import type { ExtractInput } from './extractor.ts';

const DEADLINE_CUE = /frist|einsendeschluss|anmeldeschluss|stichtag|bewerbung|anmeldung|bis zum|spätestens|deadline|apply by|closing date/i;
const clean = (s: string | undefined) => (s ?? '').replace(/[\s\u00a0]+/g, ' ').trim();

function first(view: PageView, selector: string): ViewElement | undefined {
  return view.root().select(selector)[0];
}

function pageTitle(view: PageView): string {
  const og = first(view, 'meta[property="og:title"]')?.attr('content');
  return clean(og) || clean(first(view, 'main h1, article h1, h1')?.text()) || clean(first(view, 'title')?.text());
}

/** JSON-LD objects of the page, flattened out of arrays and @graph. */
function jsonLd(view: PageView): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      out.push(node as Record<string, unknown>);
      visit((node as Record<string, unknown>)['@graph']);
    }
  };
  for (const script of view.root().select('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.text()));
    } catch {
      // malformed JSON-LD is common and simply ignored
    }
  }
  return out;
}

/** "2027-03-15T10:00:00+01:00" → "2027-03-15T10:00" (as written: the page's own wall clock) */
const wallClock = (value: unknown): string | null => {
  const m = typeof value === 'string' ? /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/.exec(value) : null;
  return m ? (m[2] ? `${m[1]}T${m[2]}` : m[1]) : null;
};

/** Drafts from a page's metadata: each JSON-LD Event, else one call when a deadline is marked up with <time>. */
export function readMetadataDrafts({ view, url }: ExtractInput): { items: unknown[] } {
  const events = jsonLd(view).filter((n) => /Event$/.test(String(n['@type'] ?? '')));
  if (events.length > 0) {
    return {
      items: events.map((e) => {
        const place = e.location as Record<string, unknown> | undefined;
        const address = place?.address as Record<string, unknown> | undefined;
        const online = /Online/.test(String(e.eventAttendanceMode ?? '')) || place?.['@type'] === 'VirtualLocation';
        return {
          kind: 'event',
          title: clean(String(e.name ?? '')) || pageTitle(view),
          url: typeof e.url === 'string' ? e.url : url,
          start: wallClock(e.startDate),
          end: wallClock(e.endDate),
          location: online ? 'online' : clean(String(address?.addressLocality ?? place?.name ?? '')) || null,
          summary: clean(String(e.description ?? '')),
          deadlines: [],
        };
      }),
    };
  }
  // the view has no parent pointers: read each small block and the <time>s inside it, its text being the label
  const deadlines: Array<{ date: string; time?: string; label: string; kind: string }> = [];
  const seen = new Set<string>();
  for (const block of view.root().select('p, li, dd, td, caption, h2, h3, h4')) {
    const label = clean(block.text());
    if (!DEADLINE_CUE.test(label)) continue;
    for (const time of block.select('time[datetime]')) {
      const value = wallClock(time.attr('datetime'));
      if (!value || seen.has(value)) continue;
      seen.add(value);
      const [date, clock] = value.split('T');
      deadlines.push({ date, ...(clock ? { time: clock } : {}), label: label.slice(0, 200), kind: 'application' });
    }
  }
  if (deadlines.length === 0) return { items: [] };
  return { items: [{ kind: 'call', title: pageTitle(view), url, deadlines, summary: clean(first(view, 'meta[name="description"]')?.attr('content')) }] };
}

