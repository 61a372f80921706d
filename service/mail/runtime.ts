/**
 * What the mailbox routes and the mail scheduler share in one process: the address policy for mail hosts, the key
 * passwords are encrypted with, and the poller. service/main.ts builds it from the environment; an app built without
 * one (tests of other routes) gets a default on first use: the strict address policy and no key.
 */
import type { AddressPolicy } from '../net/ssrf.ts';
import type { ServiceDeps } from '../services/context.ts';
import { sharedExtractor, type ExtractPage } from '../scrape/extractor.ts';
import { createMailPoller, type MailPoller } from './poller.ts';

export interface MailRuntime {
  policy: AddressPolicy;
  key?: Buffer;
  poller: MailPoller;
}

/** Builds the runtime; `ca` and the timeouts are for tests (a throw-away IMAP server). */
export function createMailRuntime(
  deps: ServiceDeps,
  options: { policy?: AddressPolicy; key?: Buffer; extract?: ExtractPage; ca?: string; timeoutMs?: number; deadlineMs?: number } = {},
): MailRuntime {
  const policy = options.policy ?? {};
  const poller = createMailPoller({
    ...deps, extract: options.extract ?? sharedExtractor, policy, key: options.key, ca: options.ca, timeoutMs: options.timeoutMs, deadlineMs: options.deadlineMs,
  });
  return { policy, key: options.key, poller };
}

const defaults = new WeakMap<object, MailRuntime>();

/** The runtime injected into the app, else a default one per app. */
export function mailRuntimeFor(deps: ServiceDeps & { mail?: MailRuntime }): MailRuntime {
  if (deps.mail) return deps.mail;
  let runtime = defaults.get(deps);
  if (!runtime) defaults.set(deps, (runtime = createMailRuntime(deps)));
  return runtime;
}
