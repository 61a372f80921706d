/**
 * `npm run bench [-- name …]`: runs the registered bench modules one after the other (all, or the named ones), prints
 * an aligned table to stderr, writes every figure with the machine to bench-results.json (git-ignored), and prints
 * a Markdown table the README carries to stdout. Exits 1 when a module failed. Add a bench with one line below.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { benchAlerts } from './alerts.ts';
import { benchDelivery } from './delivery.ts';
import { benchExtension } from './extension.ts';
import { benchExtraction } from './extraction.ts';
import { benchFloor } from './floor.ts';
import { benchPopup } from './popup.ts';
import { machine, markdown, plainTable, type BenchOutcome } from './report.ts';
import { benchSources } from './sources.ts';
import { benchSync } from './sync.ts';
import type { Bench } from './types.ts';

const benches: Record<string, Bench> = {
  sync: benchSync,
  floor: benchFloor,
  alerts: benchAlerts,
  delivery: benchDelivery,
  sources: benchSources,
  popup: benchPopup,
  extension: benchExtension,
  extraction: benchExtraction,
};

const RESULTS = resolve(import.meta.dirname, '../bench-results.json');

async function main(names: string[]): Promise<number> {
  const unknown = names.filter((name) => !(name in benches));
  if (unknown.length > 0) {
    process.stderr.write(`unknown bench ${unknown.join(', ')}; known: ${Object.keys(benches).join(', ')}\n`);
    return 2;
  }
  const m = machine(); // before the benches load the machine
  const outcomes: BenchOutcome[] = [];
  for (const [bench, run] of Object.entries(benches)) {
    if (names.length > 0 && !names.includes(bench)) continue;
    process.stderr.write(`bench ${bench} …\n`);
    const start = performance.now();
    try {
      outcomes.push({ bench, figures: await run(), seconds: (performance.now() - start) / 1000 });
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      outcomes.push({ bench, figures: [], error: message, seconds: (performance.now() - start) / 1000 });
    }
    const last = outcomes[outcomes.length - 1];
    process.stderr.write(`bench ${bench}: ${last.error ? 'FAILED' : 'done'} in ${last.seconds.toFixed(1)} s\n`);
  }
  const date = new Date();
  writeFileSync(RESULTS, `${JSON.stringify({ date: date.toISOString(), machine: m, benches: outcomes }, null, 2)}\n`);
  process.stderr.write(`\n${plainTable(outcomes)}\n\nwritten: ${RESULTS}\n\n`);
  process.stdout.write(markdown(outcomes, m, date));
  return outcomes.some((o) => o.error) ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
