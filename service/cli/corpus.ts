/**
 * `callwatch corpus export --team <id> [--out DIR]` (issue 10, item 4): the team's kept corrections as labelled cases
 * of the extraction corpus — DIR/NAME.html (the page as it was clipped) and DIR/NAME.json (the labels: what the user
 * saved; ../shared/corpus/README.md) — so a team can hand them on and `npm run eval` / `npm run train` read them.
 * Prints `{ "out", "cases": [names] }`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as v from 'valibot';
import { corpusCaseName, corpusLabel, CorrectionSchema } from '../../shared/corrections.ts';
import { teamCorrections } from '../corrections/repository.ts';
import { openMigratedStore, storeLocation } from '../store/db.ts';
import { parseCommandArgs, printJson } from './args.ts';
import { UsageError, type Command } from './command.ts';

export const corpusCommand: Command = {
  summary: "write a team's corrections as labelled corpus cases (NAME.html + NAME.json)",
  usage: 'callwatch corpus export --team <id> [--out DIR] [--db PATH|postgres://…]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { team: { type: 'string' }, out: { type: 'string' }, db: { type: 'string' } });
    if (positionals[0] !== 'export' || positionals.length > 1) throw new UsageError('expected: corpus export');
    if (!values.team) throw new UsageError('--team <id> is required');
    const out = resolve(io.cwd, values.out ?? 'corpus-export');
    const store = await openMigratedStore(storeLocation(values.db, io));
    try {
      const team = await store.db.selectFrom('teams').select('id').where('id', '=', values.team).executeTakeFirst();
      if (!team) throw new UsageError(`no team ${values.team}`);
      mkdirSync(out, { recursive: true });
      const cases: string[] = [];
      for await (const row of teamCorrections(store.db, team.id)) {
        // stored rows passed this schema on the way in; one that no longer does is skipped, not written half
        const parsed = v.safeParse(CorrectionSchema, { url: row.url, clippedAt: row.clipped_at, html: row.html, draft: JSON.parse(row.draft), saved: JSON.parse(row.saved) });
        if (!parsed.success) {
          io.err(`callwatch corpus export: correction ${row.id} skipped: ${parsed.issues[0].message}`);
          continue;
        }
        const name = corpusCaseName(parsed.output, row.id);
        writeFileSync(join(out, `${name}.html`), parsed.output.html);
        writeFileSync(join(out, `${name}.json`), `${JSON.stringify(corpusLabel(parsed.output, `correction ${row.id} (${row.received_at})`), null, 2)}\n`);
        cases.push(name);
      }
      printJson(io, { out, cases });
      return 0;
    } finally {
      await store.close();
    }
  },
};
