/**
 * What the sources routes and the scheduler share in one process: the address policy for user-given URLs and the
 * scrape engine (polite fetcher, extractor). service/main.ts builds it from the environment; an app built without
 * one (tests of other routes) gets a default on first use, with the strict address policy.
 */
import type { AddressPolicy } from '../net/ssrf.ts';
import type { ServiceDeps } from '../services/context.ts';
import { sharedExtractor, type ExtractPage } from '../scrape/extractor.ts';
import { createPoliteFetcher, type PoliteFetcher, type PoliteFetcherOptions } from '../scrape/polite-fetcher.ts';
import { createScrapeEngine, type EngineOptions, type ScrapeEngine } from './engine.ts';

export interface SourcesRuntime {
  policy: AddressPolicy;
  engine: ScrapeEngine;
  /** the polite fetcher the engine uses (robots.txt, per-host queue): POST /api/v1/extract fetches through it too */
  fetcher: PoliteFetcher;
  /** the extractor the engine uses (the worker pool by default) */
  extract: ExtractPage;
}

/** Builds the runtime: one polite fetcher and one engine for the process. */
export async function createSourcesRuntime(
  deps: ServiceDeps,
  options: { fetcher?: PoliteFetcherOptions; engine?: Partial<EngineOptions>; extract?: ExtractPage } = {},
): Promise<SourcesRuntime> {
  const fetcherOptions = options.fetcher ?? {};
  const policy: AddressPolicy = { allowPrivate: fetcherOptions.allowPrivate, lookup: fetcherOptions.lookup, isBlockedAddress: fetcherOptions.isBlockedAddress };
  const fetcher = createPoliteFetcher(fetcherOptions);
  const extract = options.extract ?? sharedExtractor;
  const engine = createScrapeEngine(deps, { fetcher, extract, ...options.engine });
  return { policy, engine, fetcher: options.engine?.fetcher ?? fetcher, extract: options.engine?.extract ?? extract };
}

const defaults = new WeakMap<object, Promise<SourcesRuntime>>();

/** The runtime injected into the app, else a default one per app (strict address policy). */
export function runtimeFor(deps: ServiceDeps & { sources?: SourcesRuntime }): Promise<SourcesRuntime> {
  if (deps.sources) return Promise.resolve(deps.sources);
  let runtime = defaults.get(deps);
  if (!runtime) defaults.set(deps, (runtime = createSourcesRuntime(deps)));
  return runtime;
}
