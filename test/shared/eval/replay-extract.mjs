#!/usr/bin/env node
// A stand-in extractor command for the referee (`--cmd "node replay-extract.mjs"`): prints the items stored for the
// page in the JSON file named by CALLWATCH_REPLAY ({ "NAME.html": [items] }), so the referee scores predictions the
// test chose. Usage as `callwatch extract`: replay-extract.mjs FILE.html --url U --now D
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

const stored = JSON.parse(readFileSync(process.env.CALLWATCH_REPLAY, 'utf8'));
const page = basename(process.argv[2]);
if (!(page in stored)) throw new Error(`no stored items for ${page}`);
process.stdout.write(`${JSON.stringify({ items: stored[page] })}\n`);
