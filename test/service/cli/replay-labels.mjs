#!/usr/bin/env node
// A "extractor" for the corpus referee that answers each page with its own labels (NAME.json beside NAME.html):
// `node replay-labels.mjs NAME.html --url … --now …` prints { items }. A case written by `callwatch corpus export`
// must score 1.0 against itself with it.
import { readFileSync } from 'node:fs';

const [page] = process.argv.slice(2);
const label = JSON.parse(readFileSync(page.replace(/\.html$/, '.json'), 'utf8'));
process.stdout.write(JSON.stringify({ items: label.items }));
