/**
 * `node bin/run-ts.mjs scripts/train/event-lines-alone.ts`: fits the event-line decision alone and writes
 * shared/extract/model/event-lines.ts — for a change to the event lines only. `npm run train` refits every model on
 * the whole corpus; this fits the event lines on their candidates as the default extractor reads them with the
 * committed models before them (shared/extract/model/default.ts), so the other committed modules stay as they are and
 * the written module matches what `extract` runs.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readCorpus } from '../eval/corpus.ts';
import { DEFAULT_LOCATION_MODEL, DEFAULT_SEGMENTER, DEFAULT_TITLE_MODEL } from '../../shared/extract/model/default.ts';
import { dateRoleModel } from '../../shared/extract/model/date-role.ts';
import { unitModel } from '../../shared/extract/model/unit-weights.ts';
import { EVENT_LINE_THRESHOLD, eventLineModule, eventLineSamplesOf, fitEventLineSamples } from './event-lines.ts';

const OUT = resolve(import.meta.dirname, '../../shared/extract/model/event-lines.ts');
const started = Date.now();
const cases = await readCorpus();
const samples = cases.flatMap((c) => eventLineSamplesOf(c, { roleModel: dateRoleModel, unitModel: DEFAULT_SEGMENTER ? unitModel : null, titleModel: DEFAULT_TITLE_MODEL ?? null, locationModel: DEFAULT_LOCATION_MODEL ?? null }));
const lines = { model: fitEventLineSamples(samples), threshold: EVENT_LINE_THRESHOLD };
const events = samples.filter((s) => s.label === 1).length;
writeFileSync(OUT, eventLineModule(lines, { cases: cases.length, candidates: samples.length, events }));
console.log(`event lines: fitted on ${samples.length} candidates (${events} events): ${Object.keys(lines.model.weights).length} features → ${OUT} (${Date.now() - started} ms)`);
