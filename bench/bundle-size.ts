/**
 * Gzipped sizes of a built extension's JavaScript: what one page loads (its module script and every chunk it imports,
 * statically, followed transitively) and single files such as the on-demand content script. Gzip level 9 per file,
 * as a store or a CDN would serve them; a page's figure is the sum over its files.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzipped bytes of one file. */
export function gzippedBytes(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

// Vite's minified output: `import{a as b}from"./chunk-x.js"`, `import"./y.js"`, `export{…}from"./z.js"`
const STATIC_IMPORT = /(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+\.js)["']/g;
const PAGE_SCRIPT = /<script[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g;
const PRELOAD = /<link[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g;

/** The JavaScript files (relative to `outDir`) an HTML page of the build loads before it can run. */
export function pageScripts(outDir: string, html: string): string[] {
  const page = readFileSync(join(outDir, html), 'utf8');
  const roots = [...page.matchAll(PAGE_SCRIPT), ...page.matchAll(PRELOAD)].map((m) => m[1].replace(/^\//, ''));
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(outDir, file), 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) queue.push(posix.normalize(posix.join(dirname(file), m[1])));
  }
  return [...seen].sort();
}

/** The summed gzipped size of the files, in bytes. */
export function gzippedTotal(outDir: string, files: readonly string[]): number {
  return files.reduce((sum, file) => sum + gzippedBytes(join(outDir, file)), 0);
}
