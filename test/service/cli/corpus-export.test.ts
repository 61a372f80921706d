/**
 * `callwatch corpus export` (issue 10, item 4): a team's corrections become labelled corpus cases — the page as
 * clipped, labels from what the user saved — that read as a corpus batch (scripts/eval/corpus.ts validates the
 * format), round-trip, and score 1.0 against themselves with the outside referee.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { submitCorrection } from '../../../service/corrections/service.ts';
import { createMemoryNotifier } from '../../../service/notifier.ts';
import { addMember, createTeam } from '../../../service/members/service.ts';
import type { Actor } from '../../../service/services/context.ts';
import { readBatch } from '../../../scripts/eval/corpus.ts';
import { DIALECTS, openTestStore, type TestStore } from '../helpers/store.ts';
import { cli, ROOT } from './helpers.ts';

const OUTSIDE = resolve(ROOT, '../shared/tools/score-corpus.mjs');
const REFEREE = existsSync(OUTSIDE) ? OUTSIDE : join(ROOT, 'test/fixtures/referee/score-corpus.mjs');
const REPLAY = join(ROOT, 'test/service/cli/replay-labels.mjs');

const fields = (over: Record<string, unknown> = {}) => ({
  kind: 'call' as const, title: 'Förderaufruf', url: 'https://agency.example/aufruf', summary: '', organizer: null, location: null,
  deadlines: [] as Array<{ date: string; time?: string; label: string; kind: 'application' | 'registration' }>, start: null, end: null, programme: null, amount: null, tags: [], ...over,
});
const page = (body: string) => `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Seite</title></head><body><main>${body}</main></body></html>`;

describe.each(DIALECTS)('callwatch corpus export (%s)', (dialect) => {
  let store: TestStore;
  let out: string;
  beforeEach(async () => {
    store = await openTestStore(dialect);
    out = mkdtempSync(join(tmpdir(), 'callwatch-corpus-'));
  });
  afterEach(async () => {
    await store.dispose();
    rmSync(out, { recursive: true, force: true });
  });

  async function seed() {
    const at = '2026-12-08T09:00:00.000Z';
    const { team, member } = await createTeam(store.db, { name: 'Kreis', adminName: 'Ana', at });
    const clara = await addMember(store.db, team.id, { name: 'Clara', role: 'member', at });
    const actor: Actor = { team, member: { ...clara.member, role: 'member' } };
    const deps = { db: store.db, now: () => Date.parse(at), notifier: createMemoryNotifier() };
    // a call whose deadline the user moved and whose second stage they added
    await submitCorrection(deps, actor, {
      url: 'https://www.foerderung.example/aufrufe/klima-2027',
      clippedAt: '2026-12-07T23:30:00.000Z', // 8 December in Berlin
      html: page('<h1>Förderaufruf Klima 2027</h1><p>Projektskizzen bis 15. Januar 2027, Anträge bis 30. Juni 2027 (12 Uhr).</p>'),
      draft: [fields({ title: 'Förderaufruf Klima 2027', deadlines: [{ date: '2027-01-14', label: 'Projektskizze', kind: 'application' }] })],
      saved: [{ from: 0, fields: fields({ title: 'Förderaufruf Klima 2027', organizer: 'Land NRW', deadlines: [{ date: '2027-06-30', time: '12:00', label: 'Antrag', kind: 'application' }, { date: '2027-01-15', label: 'Projektskizze', kind: 'application' }] }) }],
    });
    // a listing: a past event ticked, one left out
    await submitCorrection(deps, actor, {
      url: 'https://kreis.example/veranstaltungen',
      clippedAt: '2026-12-08T10:00:00.000Z',
      html: page('<h1>Veranstaltungen</h1><article><h2>Workshop</h2><p>12.03.2026, Gütersloh</p></article><article><h2>Netzwerktreffen</h2><p>18.02.2027, Herford</p></article>'),
      draft: [fields({ kind: 'event', title: 'Workshop', start: '2026-03-12', location: 'Gütersloh', over: 'event' }), fields({ kind: 'event', title: 'Netzwerktreffen', start: '2027-02-18', location: 'Herford' })],
      saved: [{ from: 0, fields: fields({ kind: 'event', title: 'Workshop Fördermittel', start: '2026-03-12', end: '2026-03-12T16:00', location: 'Gütersloh' }) }],
    });
    const other = await createTeam(store.db, { name: 'Andere', adminName: 'Otto', at });
    await submitCorrection(deps, { team: other.team, member: { ...other.member, role: 'admin' } }, {
      url: 'https://other.example/x', clippedAt: at, html: page('<h1>Fremd</h1>'), draft: [fields({ title: 'Fremd' })], saved: [{ from: 0, fields: fields({ title: 'Fremd (korrigiert)' }) }],
    });
    return team.id;
  }

  it('writes NAME.html + NAME.json per correction of the team, in the corpus format, labels from what was saved', async () => {
    const teamId = await seed();
    const res = await cli(['corpus', 'export', '--team', teamId, '--out', out, '--db', store.location], { cwd: process.cwd() });
    expect(res.code, res.stderr).toBe(0);
    const { cases } = JSON.parse(res.stdout) as { out: string; cases: string[] };
    expect(cases).toHaveLength(2);
    expect(cases[0]).toMatch(/^foerderung-example-foerderaufruf-klima-2027-[a-z0-9]{8}$/);
    expect(readdirSync(out).sort()).toEqual(cases.flatMap((c) => [`${c}.html`, `${c}.json`]).sort());
    // the corpus reader validates the labels and reads the pages as the evaluation does
    const batch = readBatch(out);
    expect(batch.map((c) => [c.name, c.url, c.now])).toEqual([
      [cases[0], 'https://www.foerderung.example/aufrufe/klima-2027', '2026-12-08'],
      [cases[1], 'https://kreis.example/veranstaltungen', '2026-12-08'],
    ]);
    expect(batch[0].html).toContain('Projektskizzen bis 15. Januar 2027');
    expect(batch[0].items).toEqual([
      { kind: 'call', title: 'Förderaufruf Klima 2027', deadline: '2027-01-15', deadlines: ['2027-01-15', '2027-06-30T12:00'], start: null, end: null, location: null, organizer: 'Land NRW' },
    ]);
    expect(batch[1].items).toEqual([
      { kind: 'event', title: 'Workshop Fördermittel', deadline: null, deadlines: [], start: '2026-03-12', end: '2026-03-12T16:00', location: 'Gütersloh', organizer: null },
    ]);
    expect(JSON.parse(readFileSync(join(out, `${cases[0]}.json`), 'utf8')).source).toMatch(/^correction /);
  });

  it('scores 1.0 against itself with the corpus referee', async () => {
    const teamId = await seed();
    await cli(['corpus', 'export', '--team', teamId, '--out', out, '--db', store.location], { cwd: process.cwd() });
    const { stdout } = await promisify(execFile)(process.execPath, [REFEREE, '--json', '--cmd', `${process.execPath} ${REPLAY}`, out], { cwd: ROOT });
    const { summary } = JSON.parse(stdout) as { summary: { cases: number; labelled: number; matched: number; errors: number; fieldScore: number; precision: number } };
    expect(summary).toMatchObject({ cases: 2, labelled: 2, matched: 2, errors: 0, fieldScore: 1, precision: 1 });
  });

  it('refuses an unknown team and a missing --team; a team without corrections gets an empty folder', async () => {
    expect((await cli(['corpus', 'export', '--team', 'nope', '--out', out, '--db', store.location], { cwd: process.cwd() })).stderr).toContain('no team nope');
    expect((await cli(['corpus', 'export', '--db', store.location], { cwd: process.cwd() })).code).toBe(2);
    const { team } = await createTeam(store.db, { name: 'Leer', adminName: 'A', at: '2026-12-08T09:00:00.000Z' });
    const res = await cli(['corpus', 'export', '--team', team.id, '--out', join(out, 'leer'), '--db', store.location], { cwd: process.cwd() });
    expect(JSON.parse(res.stdout)).toEqual({ out: join(out, 'leer'), cases: [] });
    expect(readdirSync(join(out, 'leer'))).toEqual([]);
  });
});
