/** The set-up most end-to-end files share: a local site, a team with its admin in a browser profile, and the tear-down. */
import { rmSync } from 'node:fs';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname } from 'node:path';
import { launchWithExtension, type ExtensionBrowser } from './browser.ts';
import { configure, type Credentials } from './flows.ts';
import { cliJson, freshDatabase, startService, type RunningService } from './service.ts';

export interface Site {
  url: string;
  server: Server;
}

/** An agency's site on 127.0.0.1 answering with `handler`. */
export async function serveSite(handler: RequestListener): Promise<Site> {
  const server = createServer(handler);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** A fresh database with the team "Stadt Musterhausen" (admin Anna), the real service on it, and Anna's browser profile configured. */
export async function teamInBrowser(extensionDir: string): Promise<{ db: string; anna: Credentials; service: RunningService; browser: ExtensionBrowser }> {
  const db = freshDatabase();
  const anna = cliJson<Credentials>(['team', 'create', 'Stadt Musterhausen', '--admin', 'Anna'], db);
  const service = await startService(db);
  const browser = await launchWithExtension(extensionDir);
  await (await configure(browser, service, anna)).close();
  return { db, anna, service, browser };
}

/** A fresh database with a team, its admin Anna and the member Ben (two people, two browser profiles to come). */
export function teamOfTwo(teamName: string): { db: string; anna: Credentials; ben: Credentials } {
  const db = freshDatabase();
  const anna = cliJson<Credentials>(['team', 'create', teamName, '--admin', 'Anna'], db);
  const ben = { ...cliJson<Credentials>(['member', 'add', '--team', anna.team.id, 'Ben', '--role', 'member'], db), team: anna.team };
  return { db, anna, ben };
}

/** Closes what a file started (each part may be missing when its set-up failed). */
export async function tearDown(parts: { browser?: ExtensionBrowser; browsers?: (ExtensionBrowser | undefined)[]; service?: RunningService; db?: string; site?: Site | { close(): Promise<void> } }): Promise<void> {
  for (const b of parts.browsers ?? []) await b?.close();
  await parts.browser?.close();
  await parts.service?.stop();
  const site = parts.site;
  if (site && 'server' in site) await new Promise((done) => site.server.close(done));
  else if (site) await site.close();
  if (parts.db) rmSync(dirname(parts.db), { recursive: true, force: true });
}
