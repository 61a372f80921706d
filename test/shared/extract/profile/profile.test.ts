/**
 * Site profiles (issue 10, item 2): learned from a correction on one page of a template, applied on another page of
 * it; a conflicting correction updates the profile, an agreeing one strengthens it; a profile whose places the page no
 * longer has is ignored, field by field; a hostile or broken profile never breaks or slows extraction.
 */
import { describe, expect, it } from 'vitest';
import { cheerioView } from '../../../../service/extract/cheerio-view.ts';
import type { Correction } from '../../../../shared/corrections.ts';
import { extract } from '../../../../shared/extract/index.ts';
import { deriveProfile, type SiteProfile } from '../../../../shared/extract/profile/index.ts';
import { applyProfile, MAX_APPLY_WORK } from '../../../../shared/extract/profile/apply.ts';
import { snapshot, type DocNode } from '../../../../shared/extract/page.ts';
import type { Draft } from '../../../../shared/extract/types.ts';
import { listingPage, templatePage, type ListingEntry, type TemplatePage } from './template.ts';

const NOW = new Date('2027-02-01T12:00:00Z');
const HOST = 'https://www.agentur.example/aufrufe/';
const pageA: TemplatePage = { title: 'Klimaschutz in Quartieren 2027', deadline: '15.04.2027', other: '02.03.2027, 10:00 Uhr', place: 'Düsseldorf' };
const pageB: TemplatePage = { title: 'Starke Dorfgemeinschaften – Aufruf 2027', deadline: '30. Juni 2027, 12:00 Uhr', place: 'Münster', notice: true };

const run = (html: string, url: string, profile?: SiteProfile | null, includePast = true) => extract({ view: cheerioView(html), url, now: NOW, includePast, profile });

/** The fields a draft proposes, as the clip sends them in a correction. */
function fields(d: Draft) {
  return { kind: d.kind, title: d.title, url: d.url, summary: d.summary, organizer: d.organizer, location: d.location, deadlines: d.deadlines, start: d.start, end: d.end, programme: d.programme, amount: d.amount, tags: [] as string[] };
}

/** A correction made on `html`: the user saved the extractor's draft with `change` applied. */
function correct(html: string, url: string, clippedAt: string, change: (f: ReturnType<typeof fields>) => void, profile: SiteProfile | null = null): Correction & { view: ReturnType<typeof cheerioView> } {
  const draft = run(html, url, profile).items.map(fields);
  const saved = structuredClone(draft[0]);
  change(saved);
  return { url, clippedAt, html, view: cheerioView(html), draft, saved: [{ from: 0, fields: saved }] };
}

const correctA = (f: ReturnType<typeof fields>) => {
  f.title = 'Klimaschutz in Quartieren 2027';
  f.deadlines = [{ date: '2027-04-15', label: 'Projektskizze', kind: 'submission' }];
};

describe('deriving a profile from a correction', () => {
  it('learns where the title and the corrected deadline sit, as paths over the structure with the row label', () => {
    const htmlA = templatePage(pageA);
    expect(run(htmlA, `${HOST}a`).items[0].title).toBe('Förderaufrufe'); // the pipeline's mistake the user corrects
    const profile = deriveProfile(correct(htmlA, `${HOST}a`, '2027-03-03T09:00:00Z', correctA), null)!;
    expect(profile.host).toBe('agentur.example');
    expect(profile.title?.at.path.at(-1)).toMatchObject({ tag: 'h2', classes: ['call-name'] });
    expect(profile.title?.at.row).toBeUndefined();
    expect(profile.title).toMatchObject({ count: 1, correctionAt: '2027-03-03' });
    expect(profile.deadlines).toHaveLength(1);
    expect(profile.deadlines![0]).toMatchObject({ kind: 'submission', label: 'Projektskizze', count: 1, correctionAt: '2027-03-03', at: { row: 'bewerbungsschluss' } });
    expect(profile.deadlines![0].at.path.at(-1)).toMatchObject({ tag: 'dl', classes: ['facts'] });
    // nothing on the page is stored as text but the row's label
    expect(JSON.stringify(profile)).not.toContain('Klimaschutz');
    // unchanged fields without a rule teach nothing
    expect(profile.location).toBeUndefined();
    expect(profile.kind).toBeUndefined();
  });

  it('learns nothing for another host, and nothing from a page that does not hold the saved value', () => {
    const htmlA = templatePage(pageA);
    const c = correct(htmlA, `${HOST}a`, '2027-03-03T09:00:00Z', (f) => (f.title = 'Ein Titel, der nirgends steht'));
    expect(deriveProfile(c, null)).toEqual({ host: 'agentur.example' });
    expect(deriveProfile({ ...c, url: 'file:///tmp/a.html' }, null)).toBeNull();
  });
});

describe('a hostile page in a correction', () => {
  it('teaches structure only: scripts, handlers and markup in the text never reach the profile', () => {
    const evil = templatePage({ ...pageA, title: 'Klimaschutz &lt;img src=x onerror=alert(1)&gt;' })
      .replace('<h2 class="call-name">', '<script>var t = "Klimaschutz <img src=x onerror=alert(1)>";</script><h2 class="call-name" onclick="steal()" style="x">');
    const profile = deriveProfile(correct(evil, `${HOST}a`, '2027-03-03T09:00:00Z', (f) => { correctA(f); f.title = 'Klimaschutz <img src=x onerror=alert(1)>'; }), null)!;
    expect(profile.title?.at.path.at(-1)).toMatchObject({ tag: 'h2', classes: ['call-name'] });
    expect(JSON.stringify(profile)).not.toMatch(/script|onclick|onerror|steal|img/);
  });

  it('learns nothing from a place nested deeper than a path may go, and stays bounded doing so', () => {
    const deep = `<!DOCTYPE html><html lang="de"><body>${'<div>'.repeat(5_000)}<h2>Tief versteckter Aufruf</h2><p>Bewerbungsschluss: 15.04.2027</p>${'</div>'.repeat(5_000)}</body></html>`;
    const profile = deriveProfile(correct(deep, `${HOST}tief`, '2027-03-03T09:00:00Z', (f) => (f.title = 'Tief versteckter Aufruf')), null)!;
    expect(profile).toEqual({ host: 'agentur.example' });
  });
});

describe('applying a profile', () => {
  const learnt = () => deriveProfile(correct(templatePage(pageA), `${HOST}a`, '2027-03-03T09:00:00Z', correctA), null)!;

  it('gives page B of the template its own title and deadline, marked as learned', () => {
    const htmlB = templatePage(pageB);
    const without = run(htmlB, `${HOST}b`).items[0];
    expect(without.title).toBe('Förderaufrufe');
    const [item] = run(htmlB, `${HOST}b`, learnt()).items;
    expect(item.title).toBe('Starke Dorfgemeinschaften – Aufruf 2027');
    expect(item.deadlines).toEqual([{ date: '2027-06-30', time: '12:00', label: 'Projektskizze', kind: 'submission' }]);
    expect(item.deadline).toBe('2027-06-30T12:00');
    expect(item.learned).toEqual({ title: { correctionAt: '2027-03-03' }, deadlines: { correctionAt: '2027-03-03' } });
    expect(item.confidence.title).toBeGreaterThan(0.9);
    expect(item.evidence).toContainEqual({ field: 'deadline', value: '2027-06-30T12:00', text: 'Projektskizze: 30. Juni 2027, 12:00 Uhr' });
    // the fields the profile does not know keep the pipeline's values
    expect(item.summary).toBe(without.summary);
    expect(item.organizer).toBe(without.organizer);
  });

  it('is ignored on another host, and when it is not a valid profile', () => {
    const htmlB = templatePage(pageB);
    const plain = run(htmlB, `${HOST}b`).items;
    expect(run(htmlB, 'https://other.example/b', learnt()).items).toEqual(run(htmlB, 'https://other.example/b').items);
    const broken = { host: 'agentur.example', title: { at: { path: [{ tag: '<script>', classes: [], nth: 0 }] }, count: 1, correctionAt: 'gestern' } } as unknown as SiteProfile;
    const result = run(htmlB, `${HOST}b`, broken);
    expect(result.items).toEqual(plain);
    expect(result.diagnostics.map((d) => d.message)).toContain('profile not applied: it does not match the profile schema');
  });

  it('ignores a field whose place the template no longer has, and keeps the pipeline value for it', () => {
    // the site moved to a new template: the title is still an h2.call-name, the facts are a table now
    const htmlV2 = templatePage(pageB, 'v2');
    const plain = run(htmlV2, `${HOST}b`).items[0];
    const [item] = run(htmlV2, `${HOST}b`, learnt()).items;
    expect(item.title).toBe('Starke Dorfgemeinschaften – Aufruf 2027');
    expect(item.deadlines).toEqual(plain.deadlines);
    expect(item.learned).toEqual({ title: { correctionAt: '2027-03-03' } });
    // and with neither place left, nothing is applied at all
    const redesigned = htmlV2.replace('<h2 class="call-name">', '<h3 class="titel">').replace('</h2>', '</h3>');
    const [untouched] = run(redesigned, `${HOST}b`, learnt()).items;
    expect(untouched).toEqual(run(redesigned, `${HOST}b`).items[0]);
    expect(untouched.learned).toBeUndefined();
  });

  it('keeps to the automatic paths’ contract: a learned deadline that has passed drops the item without includePast', () => {
    const past = templatePage({ ...pageB, deadline: '15.01.2027' });
    expect(run(past, `${HOST}c`, learnt(), false).items).toEqual([]);
    const [clipped] = run(past, `${HOST}c`, learnt(), true).items;
    expect(clipped).toMatchObject({ over: 'deadline', deadline: '2027-01-15' });
  });

  it('makes the item from the template when the pipeline recognises none', () => {
    // a page whose only date is in the learned row, without any deadline cue
    const bare = `<!DOCTYPE html><html lang="de"><body><div class="page"><main id="content"><h1 class="page-title">Förderaufrufe</h1><div class="call"><h2 class="call-name">Offene Werkstatt</h2><dl class="facts"><dt>Bewerbungsschluss:</dt><dd>01.05.2027</dd></dl></div></main></div></body></html>`;
    const [item] = run(bare, `${HOST}d`, learnt()).items;
    expect(item).toMatchObject({ kind: 'call', title: 'Offene Werkstatt', deadline: '2027-05-01', learned: { title: { correctionAt: '2027-03-03' } } });
  });
});

describe('later corrections', () => {
  it('a conflicting correction updates the profile; an agreeing one makes it stronger', () => {
    const first = deriveProfile(correct(templatePage(pageA), `${HOST}a`, '2027-03-03T09:00:00Z', correctA), null)!;
    // on the new template the user corrects the deadline to the table's row; the title came from the profile and is kept
    const htmlV2 = templatePage(pageB, 'v2');
    const c = correct(htmlV2, `${HOST}b`, '2027-03-10T09:00:00Z', (f) => (f.deadlines = [{ date: '2027-06-30', time: '12:00', label: 'Projektskizze', kind: 'submission' }]), first);
    expect(c.draft[0].title).toBe(pageB.title);
    const second = deriveProfile(c, first)!;
    expect(second.title).toMatchObject({ count: 2, correctionAt: '2027-03-10' });
    expect(second.title?.at).toEqual(first.title?.at);
    expect(second.deadlines).toHaveLength(1);
    expect(second.deadlines![0]).toMatchObject({ kind: 'submission', count: 1, correctionAt: '2027-03-10', at: { row: 'einreichung bis' } });
    expect(second.deadlines![0].at.path.at(-1)).toMatchObject({ tag: 'table', classes: ['eckdaten'] });
    // applied to the next page of the new template
    const [next] = run(templatePage({ ...pageA, deadline: '20.05.2027' }, 'v2'), `${HOST}e`, second).items;
    expect(next.deadlines).toEqual([{ date: '2027-05-20', label: 'Projektskizze', kind: 'submission' }]);
    expect(next.learned?.deadlines).toEqual({ correctionAt: '2027-03-10' });
  });

  it('a deadline the user removes takes its rule with it', () => {
    const first = deriveProfile(correct(templatePage(pageA), `${HOST}a`, '2027-03-03T09:00:00Z', correctA), null)!;
    const htmlB = templatePage(pageB);
    const second = deriveProfile(correct(htmlB, `${HOST}b`, '2027-03-12T09:00:00Z', (f) => (f.deadlines = []), first), first)!;
    expect(second.deadlines).toBeUndefined();
    expect(second.title).toMatchObject({ count: 2 });
  });

  it('a corrected kind is learned for the host', () => {
    const htmlA = templatePage(pageA);
    const profile = deriveProfile(correct(htmlA, `${HOST}a`, '2027-03-03T09:00:00Z', (f) => { correctA(f); f.kind = 'event'; }), null)!;
    expect(profile.kind).toEqual({ value: 'event', count: 1, correctionAt: '2027-03-03' });
    expect(run(templatePage(pageB), `${HOST}b`, profile).items[0]).toMatchObject({ kind: 'event', learned: { kind: { correctionAt: '2027-03-03' } } });
  });

  it('a listing teaches what one record looks like', () => {
    const listing = `<!DOCTYPE html><html lang="de"><body><main><h1>Termine</h1><ul class="termine">${['Infoabend LEADER', 'Workshop Vereine', 'Netzwerktreffen'].map((t, i) => `<li class="termin"><h3>${t}</h3><p>Datum: 1${i}.05.2027</p></li>`).join('')}</ul></main></body></html>`;
    const draft = run(listing, `${HOST}liste`).items.map(fields);
    const c = { url: `${HOST}liste`, clippedAt: '2027-03-03T09:00:00Z', html: listing, view: cheerioView(listing), draft, saved: draft.slice(0, 2).map((f, i) => ({ from: i, fields: { ...f, title: `${f.title} ` } })) };
    c.saved[0].fields.title = 'Infoabend LEADER';
    c.saved[1].fields.title = 'Workshop Vereine';
    const profile = deriveProfile(c, null)!;
    expect(profile.record?.path.at(-1)).toEqual({ tag: 'li', classes: ['termin'], nth: 1 });
    expect(profile.record?.path.at(-2)).toMatchObject({ tag: 'ul', classes: ['termine'] });
  });
});

describe('a listing read by its learned records', () => {
  const LIST = 'https://kreis.example/termine';
  const first: ListingEntry[] = [['12.05.2027', 'Infoabend LEADER-Förderung', 'Kreishaus Minden'], ['20.05.2027', 'Workshop Fördermittel für Vereine', 'Bürgerhaus Gütersloh'], ['03.06.2027', 'Netzwerktreffen Ehrenamt', 'Rathaus Herford']];
  const second: ListingEntry[] = [['01.07.2027', 'Sommerfest der Vereine', 'Kurpark Bad Oeynhausen'], ['15.07.2027', 'Sprechstunde Förderberatung', 'Kreishaus Minden'], ['09.09.2027', 'Fachtag Dorfentwicklung', 'Stadthalle Lübbecke'], ['30.09.2027', 'Ehrenamtsmesse', 'Rathaus Herford']];
  /** the user saved the first page's three events (the pipeline offered them as its records, shared/extract/records.ts) */
  const learnt = () => {
    const html = listingPage(first);
    const draft = run(html, LIST).items.map(fields);
    expect(draft.map((d) => d.title)).toEqual(first.map(([, name]) => name));
    const saved = first.map(([day, name, place], i) => ({ from: i === 0 ? 0 : null, fields: { ...draft[0], kind: 'event' as const, title: name, location: place, start: `${day.slice(6)}-${day.slice(3, 5)}-${day.slice(0, 2)}`, end: null, deadlines: [] } }));
    return deriveProfile({ url: LIST, clippedAt: '2027-03-03T09:00:00Z', view: cheerioView(html), draft, saved }, null)!;
  };
  const summary = (items: Draft[]) => items.map((i) => [i.kind, i.title, i.start]);

  it('splits another page of the listing into one item per record, by its learned record path', () => {
    const profile = learnt();
    expect(profile.record?.path.at(-1)).toEqual({ tag: 'div', classes: ['teaser'], nth: 1 });
    const html = listingPage(second);
    const result = run(html, `${LIST}?seite=2`, profile);
    expect(summary(result.items)).toEqual([
      ['event', 'Sommerfest der Vereine', '2027-07-01'],
      ['event', 'Sprechstunde Förderberatung', '2027-07-15'],
      ['event', 'Fachtag Dorfentwicklung', '2027-09-09'],
      ['event', 'Ehrenamtsmesse', '2027-09-30'],
    ]);
    expect(result.items.map((i) => i.location).slice(0, 2)).toEqual(['Kurpark Bad Oeynhausen', 'Kreishaus Minden']);
    expect(result.diagnostics.map((d) => d.message)).toContain('profile record: 4 of 4 records with a date and a name → one item each');
    // the automatic paths keep their contract: a record that is over is left out without includePast
    const later = run(html, `${LIST}?seite=2`, profile, false);
    expect(summary(later.items)).toEqual(summary(result.items));
    const over = extract({ view: cheerioView(html), url: `${LIST}?seite=2`, now: new Date('2027-08-01T12:00:00Z'), profile });
    expect(summary(over.items)).toEqual([['event', 'Fachtag Dorfentwicklung', '2027-09-09'], ['event', 'Ehrenamtsmesse', '2027-09-30']]);
  });

  it('falls back to the general segmentation when the records are gone, on another host, and on a page with one record', () => {
    const profile = learnt();
    const relaunch = listingPage(second, 'relaunch');
    expect(run(relaunch, `${LIST}?seite=2`, profile).items).toEqual(run(relaunch, `${LIST}?seite=2`).items);
    const html = listingPage(second);
    expect(run(html, 'https://other.example/termine', profile).items).toEqual(run(html, 'https://other.example/termine').items);
    const single = listingPage(second.slice(0, 1));
    expect(run(single, `${LIST}/sommerfest`, profile).items).toEqual(run(single, `${LIST}/sommerfest`).items);
    // records without a date are no items: a page of link cards stays one page
    const undated = listingPage(second.map(([, name, place]) => ['demnächst', name, place]));
    expect(run(undated, `${LIST}?seite=3`, profile).items).toEqual(run(undated, `${LIST}?seite=3`).items);
  });
});

describe('a profile costs (almost) nothing', () => {
  /** every node of the page's snapshot, elements and texts: what one pass of the pipeline over the page visits */
  const nodesOf = (root: DocNode) => {
    let n = 0;
    const stack: Array<DocNode | string> = [root];
    while (stack.length) {
      const next = stack.pop()!;
      n++;
      if (typeof next !== 'string') stack.push(...next.children);
    }
    return n;
  };
  const ctx = { url: `${HOST}x`, today: '2027-02-01', lang: 'de' as const, includePast: true };

  it('reads at most MAX_APPLY_WORK nodes on a page built against it — fewer than one pass over that page — and never fails the extraction', () => {
    // every rule points at one huge labelled list whose label is repeated in every row, each value nested deep
    const at = { path: [{ tag: 'body', classes: [], nth: 1 }, { tag: 'dl', classes: [], nth: 1 }], row: 'titel' };
    const profile: SiteProfile = { host: 'agentur.example', title: { at, count: 1, correctionAt: '2027-03-03' }, location: { at, count: 1, correctionAt: '2027-03-03' }, organizer: { at, count: 1, correctionAt: '2027-03-03' }, deadlines: (['application', 'interest', 'registration', 'submission', 'other'] as const).map((kind) => ({ kind, label: 'Frist', at, count: 1, correctionAt: '2027-03-03' })) };
    const rows = '<dt>Titel</dt><dd><span><span><span>Förderaufruf 15.04.2027</span></span></span></dd>'.repeat(20_000);
    const html = `<!DOCTYPE html><html lang="de"><body><dl>${rows}</dl><p>Anträge bis zum 31.03.2027.</p></body></html>`;
    const view = cheerioView(html);
    const root = snapshot(view);
    const { visited, notes } = applyProfile(root, [], profile, ctx);
    expect(visited).toBeLessThanOrEqual(MAX_APPLY_WORK);
    expect(visited).toBeLessThan(nodesOf(root));
    expect(notes.some((n) => n.includes('allowance'))).toBe(true);
    // and the extraction with it still answers
    expect(extract({ view, url: `${HOST}x`, now: NOW, profile }).items.length).toBeGreaterThan(0);
  });

  it('reads fewer than 200 nodes on a page of its template (a path walk and one labelled list), and none on another host', () => {
    const profile = deriveProfile(correct(templatePage(pageA), `${HOST}a`, '2027-03-03T09:00:00Z', correctA), null)!;
    const root = snapshot(cheerioView(templatePage(pageB)));
    const { visited, items } = applyProfile(root, [], profile, { ...ctx, url: `${HOST}b` });
    expect(items[0]?.title).toBe(pageB.title);
    expect(visited).toBeGreaterThan(0);
    expect(visited).toBeLessThan(200);
    expect(applyProfile(root, [], profile, { ...ctx, url: 'https://other.example/b' }).visited).toBe(0);
  });
});
