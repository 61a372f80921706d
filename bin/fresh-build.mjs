// Whether the compiled service (scripts/build-service.mjs) may run: it exists and none of the source files it was built
// from changed after it was written (a checkout edited since the last build runs from source instead).
import { readFileSync, statSync } from 'node:fs';

/** The URL of `<outdir>/callwatch.mjs` when it is fresh against the sources under `root`, else undefined. */
export function freshBuild(root, outdir = new URL('dist/', root)) {
  try {
    const module = new URL('callwatch.mjs', outdir);
    const { inputs } = JSON.parse(readFileSync(new URL('callwatch.inputs.json', outdir), 'utf8'));
    const built = statSync(module).mtimeMs;
    const fresh = inputs.length > 0 && inputs.every((input) => statSync(new URL(input, root)).mtimeMs <= built);
    return fresh ? module : undefined;
  } catch {
    return undefined; // no build, or a source it lists is gone
  }
}
