/**
 * `npm run eval` agrees with the outside referee (../shared/tools/score-corpus.mjs, run in its --json mode) on the dev
 * corpus: the same items paired, the same fields right and wrong, the same summary figures — once with the real
 * extractor behind `npx --no-install callwatch extract` (as the referee calls it), once with predictions perturbed so
 * that every kind of mistake occurs (missed, false and mismatched items, wrong dates, places, titles and kinds).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { LabelledCase } from '../../../shared/eval/cross-validate.ts';
import { figuresOf } from '../../../shared/eval/figures.ts';
import { REFEREE_FIELDS, scoreCase, type CaseScore } from '../../../shared/eval/score.ts';
import { CORPUS_ROOT, readBatch } from '../../../scripts/eval/corpus.ts';
import { currentExtractor } from '../../../scripts/eval/fit.ts';

const REPO = resolve(import.meta.dirname, '../../..');
const OWN_COPY = join(REPO, 'test/fixtures/referee/score-corpus.mjs');
const OUTSIDE = resolve(REPO, '../shared/tools/score-corpus.mjs');
const REFEREE = existsSync(OUTSIDE) ? OUTSIDE : OWN_COPY;
const DEV = join(CORPUS_ROOT, 'dev');

interface RefereeCase {
  case: string;
  labelled: number;
  predicted: number;
  falseItems: string[];
  wrong: string[];
  error: string | null;
}
interface RefereeOutput {
  summary: { cases: number; labelled: number; predicted: number; matched: number; falseItems: number; errors: number; fields: Record<string, number>; fieldScore: number; precision: number };
  report: RefereeCase[];
}

async function referee(args: string[], env: NodeJS.ProcessEnv = {}): Promise<RefereeOutput> {
  const { stdout } = await promisify(execFile)(process.execPath, [REFEREE, '--json', ...args, DEV], { cwd: REPO, env: { ...process.env, ...env }, maxBuffer: 64 << 20 });
  return JSON.parse(stdout) as RefereeOutput;
}

/** The referee's line for a wrong field, from our score. */
function refereeLines(score: CaseScore): string[] {
  return score.misses
    .filter((m) => (REFEREE_FIELDS as readonly string[]).includes(m.field))
    .map((m) => `${m.title.slice(0, 40)}… ${m.field}: want ${JSON.stringify(m.want)} got ${m.got === undefined ? '(missed)' : JSON.stringify(m.got)}`);
}

function expectAgreement(ours: Map<string, CaseScore>, theirs: RefereeOutput) {
  expect(theirs.summary.errors).toBe(0);
  expect(theirs.report.map((r) => r.case)).toEqual([...ours.keys()]);
  for (const r of theirs.report) {
    const s = ours.get(r.case)!;
    expect({ case: r.case, labelled: s.labelled, predicted: s.predicted, falseItems: s.falseItems, wrong: refereeLines(s) }).toEqual({
      case: r.case,
      labelled: r.labelled,
      predicted: r.predicted,
      falseItems: r.falseItems,
      wrong: r.wrong,
    });
  }
  const f = figuresOf([...ours.values()]);
  const t = theirs.summary;
  expect({ cases: f.cases, labelled: f.labelled, predicted: f.predicted, matched: f.found, falseItems: f.false }).toEqual({
    cases: t.cases,
    labelled: t.labelled,
    predicted: t.predicted,
    matched: t.matched,
    falseItems: t.falseItems,
  });
  for (const field of REFEREE_FIELDS) expect(f.perField[field].recall, field).toBeCloseTo(t.fields[field], 12);
  expect(f.fields).toBeCloseTo(t.fieldScore, 12);
  expect(f.precision).toBeCloseTo(t.precision, 12);
}

const cases = readBatch(DEV);
const predictions = new Map(cases.map((c) => [c.name, currentExtractor({ html: c.html, url: c.url, now: c.now })]));
const scored = (items: (c: LabelledCase) => Array<Record<string, unknown>>) => new Map(cases.map((c) => [c.name, scoreCase(c.items, items(c), c.now)]));

/** Every kind of mistake, chosen by position so that the run is deterministic. */
function perturbed(c: LabelledCase, index: number): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  predictions.get(c.name)!.forEach((item, i) => {
    const turn = (index + i) % 5;
    if (turn === 1) return; // missed
    if (turn === 2) out.push({ ...item, deadlines: (item.deadlines as unknown[]).slice(0, -1), location: 'Atlantis' });
    else if (turn === 3) out.push({ ...item, kind: item.kind === 'call' ? 'event' : 'call', title: `${item.title} Nachlese` });
    else if (turn === 4) out.push({ ...item, start: '1999-01-01T10:00', end: null, title: 'Völlig andere Überschrift' });
    else out.push(item);
  });
  if (index % 3 === 0) out.push({ kind: 'event', title: 'Newsletter abonnieren', deadlines: [{ date: c.now }], start: null, end: null, location: null });
  return out;
}

const scratch = mkdtempSync(join(tmpdir(), 'callwatch-referee-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('npm run eval and the outside referee', () => {
  it('the owned copy of the referee is the referee', () => {
    expect(readFileSync(OWN_COPY, 'utf8')).toBe(readFileSync(REFEREE, 'utf8'));
  });

  it('agree on the dev corpus with the extractor behind the CLI', async () => {
    expectAgreement(
      scored((c) => predictions.get(c.name)!),
      await referee([]),
    );
  }, 300_000);

  it('agree on every kind of mistake', async () => {
    const replay = join(scratch, 'replay.json');
    const stored = Object.fromEntries(cases.map((c, i) => [`${c.name}.html`, perturbed(c, i)]));
    writeFileSync(replay, JSON.stringify(stored));
    const ours = scored((c) => stored[`${c.name}.html`]);
    const f = figuresOf([...ours.values()]);
    // the perturbation reaches every outcome the scorer knows
    expect(f.missed).toBeGreaterThan(0);
    expect(f.false).toBeGreaterThan(0);
    for (const field of REFEREE_FIELDS) expect(f.perField[field].recall, field).toBeLessThan(1);
    expectAgreement(ours, await referee(['--cmd', `node ${join(import.meta.dirname, 'replay-extract.mjs')}`], { CALLWATCH_REPLAY: replay }));
  }, 120_000);
});
