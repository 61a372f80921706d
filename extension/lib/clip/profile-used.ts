/**
 * A clip that applied the team's site profile tells the service (POST /api/v1/profiles/:host/used), so the admins'
 * list says when a profile was last used by a clip as well as by a source run. Best effort, after the clip: a failure
 * (offline, a profile deleted meanwhile) changes nothing and is not retried.
 */
import { profileHost } from '../../../shared/extract/profile/schema.ts';
import { serviceClient, type ServiceClient } from '../api.ts';
import { isConfigured, readSettings } from '../store/settings.ts';
import type { DraftItem } from './draft.ts';

/** The configured service's client, or null before the extension is connected. */
async function configured(): Promise<Pick<ServiceClient, 'profileUsed'> | null> {
  const settings = await readSettings();
  return isConfigured(settings) ? serviceClient(settings.serviceUrl, settings.token) : null;
}

/** Reports the use of `url`'s host profile when a clip's items took a field from it; true when the service noted it. */
export async function reportProfileUsed(url: string, items: readonly Pick<DraftItem, 'learned'>[], client: () => Promise<Pick<ServiceClient, 'profileUsed'> | null> = configured): Promise<boolean> {
  const host = profileHost(url);
  if (!host || !items.some((item) => item.learned && Object.keys(item.learned).length > 0)) return false;
  try {
    const api = await client();
    if (!api?.profileUsed) return false;
    await api.profileUsed(host);
    return true;
  } catch {
    return false;
  }
}
