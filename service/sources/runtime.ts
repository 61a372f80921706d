/**
 * What the sources routes and the scheduler share in one process: the address policy for user-given URLs and the
 * scrape engine (polite fetcher, extractor). service/main.ts builds it from the environment; an app built without
 * one (tests of other routes) gets a default on first use, with the strict address policy.
 */
import type { AddressPolicy } from '../net/ssrf.ts';
import type { ServiceDeps } from '../services/context.ts';
import { sharedExtractor, type ExtractPage } from '../scrape/extractor.ts';
import { createPoliteFetcher, type PoliteFetcherOptions } from '../scrape/polite-fetcher.ts';
import { createScrapeEngine, type EngineOptions, type ScrapeEngine } from './engine.ts';

export interface SourcesRuntime {
  policy: AddressPolicy;
  engine: ScrapeEngine;
}

/** Builds the runtime: one polite fetcher and one engine for the process. */
export async function createSourcesRuntime(
  deps: ServiceDeps,
  options: { fetcher?: PoliteFetcherOptions; engine?: Partial<EngineOptions>; extract?: ExtractPage } = {},
): Promise<SourcesRuntime> {
  const fetcherOptions = options.fetcher ?? {};
  const policy: AddressPolicy = { allowPrivate: fetcherOptions.allowPrivate, lookup: fetcherOptions.lookup, isBlockedAddress: fetcherOptions.isBlockedAddress };
  const engine = createScrapeEngine(deps, {
    fetcher: createPoliteFetcher(fetcherOptions),
    extract: options.extract ?? sharedExtractor,
    ...options.engine,
  });
  return { policy, engine };
}

const defaults = new WeakMap<object, Promise<SourcesRuntime>>();

/** The runtime injected into the app, else a default one per app (strict address policy). */
export function runtimeFor(deps: ServiceDeps & { sources?: SourcesRuntime }): Promise<SourcesRuntime> {
  if (deps.sources) return Promise.resolve(deps.sources);
  let runtime = defaults.get(deps);
  if (!runtime) defaults.set(deps, (runtime = createSourcesRuntime(deps)));
  return runtime;
}
