/**
 * Sends corrections to the service after the save, never in its way: each goes into a small outbox first, then
 * POST /api/v1/corrections; a network failure or a 5xx is retried (a few times while the page is open, and at the
 * next save), anything the service refuses (4xx) is dropped, as is everything while the team keeps no corrections.
 */
import * as v from 'valibot';
import type { Correction } from '../../../shared/corrections.ts';
import { TeamSettingsReplySchema } from '../../../shared/api/team-settings.ts';
import { serviceHeaders } from '../api.ts';
import { isConfigured, readSettings } from '../store/settings.ts';
import { correctionOutbox, KEPT, type PendingCorrection } from './correction-store.ts';

/** attempts per correction before it is given up */
export const MAX_ATTEMPTS = 5;
const TIMEOUT_MS = 30_000;

/** The service calls corrections need. */
export interface CorrectionsClient {
  keepsCorrections(): Promise<boolean>;
  /** true when the service answered (stored or refused), false when it should be tried again */
  send(correction: Correction): Promise<boolean>;
  setKeepCorrections(keep: boolean): Promise<boolean>;
}

/** A client over fetch for the service at `baseUrl`. */
export function correctionsClient(baseUrl: string, token: string, fetchImpl: typeof fetch = (...a) => fetch(...a)): CorrectionsClient {
  const root = baseUrl.trim().replace(/\/+$/, '');
  const request = (path: string, init: RequestInit = {}) =>
    fetchImpl(`${root}${path}`, { ...init, headers: serviceHeaders(token, Boolean(init.body)), signal: AbortSignal.timeout(TIMEOUT_MS) });
  const keeps = async (response: Response) => {
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return v.parse(TeamSettingsReplySchema, await response.json()).keepCorrections;
  };
  return {
    keepsCorrections: async () => keeps(await request('/api/v1/team/settings')),
    send: async (correction) => {
      const response = await request('/api/v1/corrections', { method: 'POST', body: JSON.stringify(correction) });
      return response.status < 500;
    },
    setKeepCorrections: async (keep) => keeps(await request('/api/v1/team/settings', { method: 'PUT', body: JSON.stringify({ keepCorrections: keep }) })),
  };
}

/** The client of the configured service, or null before the extension is connected. */
export async function configuredClient(): Promise<CorrectionsClient | null> {
  const settings = await readSettings();
  return isConfigured(settings) ? correctionsClient(settings.serviceUrl, settings.token) : null;
}

/** Puts a correction into the outbox (the newest KEPT at most). */
export async function queueCorrection(correction: Correction): Promise<void> {
  const pending = await correctionOutbox.getValue();
  await correctionOutbox.setValue([...pending, { correction, attempts: 0 }].slice(-KEPT));
}

/** Sends what the outbox holds; keeps what should be tried again. Never throws. */
export async function flushCorrections(client: CorrectionsClient | null): Promise<void> {
  try {
    const pending = await correctionOutbox.getValue();
    if (!client || pending.length === 0) return;
    let keep = true;
    try {
      keep = await client.keepsCorrections();
    } catch {
      return; // unreachable: try again later
    }
    const left: PendingCorrection[] = [];
    for (const item of keep ? pending : []) {
      const done = await client.send(item.correction).catch(() => false);
      if (!done && item.attempts + 1 < MAX_ATTEMPTS) left.push({ ...item, attempts: item.attempts + 1 });
    }
    // a correction queued meanwhile stays
    const now = await correctionOutbox.getValue();
    await correctionOutbox.setValue([...left, ...now.filter((p) => !pending.some((q) => sameCorrection(q, p)))].slice(-KEPT));
  } catch (error) {
    console.warn('corrections not sent', error);
  }
}

const sameCorrection = (a: PendingCorrection, b: PendingCorrection) => a.correction.clippedAt === b.correction.clippedAt && a.correction.url === b.correction.url;

/** After a save: queue the correction and send it, retrying a few times while the page is open. */
export function sendCorrectionLater(correction: Correction | null, client: () => Promise<CorrectionsClient | null> = configuredClient, retryMs: number[] = [5_000, 30_000]): Promise<void> {
  const run = async () => flushCorrections(await client());
  const first = (correction ? queueCorrection(correction) : Promise.resolve()).then(run);
  void first.then(() => retryMs.forEach((ms) => setTimeout(() => void run(), ms)));
  return first.catch(() => {});
}
