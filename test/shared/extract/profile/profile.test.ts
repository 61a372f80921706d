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
import type { Draft } from '../../../../shared/extract/types.ts';
import { templatePage, type TemplatePage } from './template.ts';

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

describe('a profile costs (almost) nothing', () => {
  it('stays bounded on a page built against it: a huge labelled list with the label repeated everywhere', { timeout: 20_000 }, () => {
    const profile: SiteProfile = { host: 'agentur.example', title: { at: { path: [{ tag: 'body', classes: [], nth: 1 }, { tag: 'dl', classes: [], nth: 1 }], row: 'titel' }, count: 1, correctionAt: '2027-03-03' }, deadlines: (['application', 'interest', 'registration', 'submission', 'other'] as const).map((kind) => ({ kind, label: 'Frist', at: { path: [{ tag: 'body', classes: [], nth: 1 }, { tag: 'dl', classes: [], nth: 1 }], row: 'titel' }, count: 1, correctionAt: '2027-03-03' })) };
    const rows = '<dt>Titel</dt><dd><span><span><span>Förderaufruf 15.04.2027</span></span></span></dd>'.repeat(20_000);
    const html = `<!DOCTYPE html><html lang="de"><body><dl>${rows}</dl><p>Anträge bis zum 31.03.2027.</p></body></html>`;
    const view = cheerioView(html);
    const time = (p?: SiteProfile) => {
      const t0 = performance.now();
      extract({ view, url: `${HOST}x`, now: NOW, profile: p });
      return performance.now() - t0;
    };
    time(); // warm-up
    const plain = Math.min(time(), time());
    const learned = Math.min(time(profile), time(profile));
    expect(learned).toBeLessThan(plain * 1.5 + 50);
  });
});
