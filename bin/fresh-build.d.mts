/** The URL of `<outdir>/callwatch.mjs` when it is fresh against the sources under `root`, else undefined. */
export function freshBuild(root: URL, outdir?: URL): URL | undefined;
