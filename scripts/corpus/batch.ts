/**
 * What both corpus generators share (make-pdf.ts, make-eml.ts): a batch folder holds one JSON description per case in a
 * subfolder (`layout/`, `mail/`), checked with valibot, and the generator writes DIR/NAME.<ext> for each.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as v from 'valibot';

/** Reads and validates one description; the error names the file and the failing field. */
export function readDescription<T>(schema: v.GenericSchema<unknown, T>, file: string, what: string): T {
  const parsed = v.safeParse(schema, JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${v.getDotPath(parsed.issues[0]) ?? what}: ${parsed.issues[0].message}`);
  return parsed.output;
}

/** Writes DIR/NAME.<ext> for every DIR/<sub>/NAME.json with `make`; returns the names written, sorted. */
export async function writeBatch(dir: string, sub: string, ext: string, make: (file: string) => Promise<Uint8Array>): Promise<string[]> {
  const names = readdirSync(join(dir, sub)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
  mkdirSync(dir, { recursive: true });
  for (const name of names) writeFileSync(join(dir, `${name}.${ext}`), await make(join(dir, sub, `${name}.json`)));
  return names;
}

/** Runs `write(dir)` when `moduleFile` is the script node was started with: `node bin/run-ts.mjs <script> <batch folder>`. */
export async function runAsScript(moduleFile: string, sub: string, noun: string, write: (dir: string) => Promise<string[]>): Promise<void> {
  if (!process.argv[1] || resolve(process.argv[1]) !== resolve(moduleFile)) return;
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write(`usage: node bin/run-ts.mjs ${moduleFile} <batch folder with ${sub}/NAME.json>\n`);
    process.exitCode = 2;
    return;
  }
  const names = await write(resolve(dir));
  process.stdout.write(`${names.length} ${noun} written to ${dir}\n`);
}
