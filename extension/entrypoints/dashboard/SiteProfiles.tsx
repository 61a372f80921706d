/**
 * The team's site profiles for admins (issue 10, item 2): per host what the team's corrections taught (the fields),
 * from how many corrections, when a clip or a source last used it; an admin deletes one (every copy drops it at its
 * next sync, and the host's pages are read by the general extraction again until the next correction there).
 */
import { useEffect, useState } from 'preact/hooks';
import { ServiceError, type ProfilesResult, type ServiceClient } from '../../lib/api.ts';
import { currentLanguage, t, tn } from '../../lib/i18n.ts';

type Entry = ProfilesResult['profiles'][number];
export type ProfilesClient = Required<Pick<ServiceClient, 'profiles' | 'removeProfile'>>;

/** pages of 200 read at most (the service keeps 500 hosts per team) */
const MAX_PAGES = 5;

/** The team's live profiles, by host. */
async function loadAll(client: ProfilesClient): Promise<Entry[]> {
  const byHost = new Map<string, Entry>();
  let since = 0;
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer = await client.profiles(since);
    for (const entry of answer.profiles) {
      if (entry.profile) byHost.set(entry.host, entry);
      else byHost.delete(entry.host);
    }
    since = answer.cursor;
    if (!answer.more) break;
  }
  return [...byHost.values()].sort((a, b) => a.host.localeCompare(b.host));
}

const FIELD_KEYS: Record<string, string> = { kind: 'fieldKind', title: 'fieldTitle', location: 'fieldLocation', organizer: 'fieldOrganizer', deadlines: 'fieldDeadlines', record: 'profileFieldRecord' };

function when(iso: string | null): string {
  if (!iso) return t('profileNeverUsed');
  return new Intl.DateTimeFormat(currentLanguage(), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(new Date(iso));
}

export function SiteProfiles({ client }: { client: ProfilesClient }) {
  const [profiles, setProfiles] = useState<Entry[] | null>(null);
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);

  const reload = () => loadAll(client).then(setProfiles, () => setNote(t('profilesLoadFailed')));
  useEffect(() => void reload(), [client]);

  async function remove(host: string) {
    setConfirming(null);
    setNote('');
    try {
      await client.removeProfile(host);
      setNote(t('profileDeleted', [host]));
    } catch (error) {
      // gone already (a colleague deleted it): the same outcome; only admins may; anything else: try later
      const status = error instanceof ServiceError ? error.status : 0;
      setNote(status === 404 ? t('profileDeleted', [host]) : status === 403 ? t('teamAdminsOnly') : t('profileDeleteFailed', [host]));
    }
    await reload();
  }

  return (
    <section class="site-profiles" aria-labelledby="profiles-heading">
      <h2 id="profiles-heading">{t('profilesHeading')}</h2>
      <p class="hint">{t('profilesIntro')}</p>
      {profiles === null ? null : profiles.length === 0 ? (
        <p class="empty">{t('profilesNone')}</p>
      ) : (
        <table class="watchlist">
          <caption class="visually-hidden">{tn('profilesCaption', profiles.length)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('profileColumnHost')}</th>
              <th scope="col">{t('profileColumnFields')}</th>
              <th scope="col">{t('profileColumnCorrections')}</th>
              <th scope="col">{t('profileColumnUsed')}</th>
              <th scope="col"><span class="visually-hidden">{t('teamColumnActions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {profiles.map((p) => (
              <tr key={p.host} data-profile={p.host}>
                <th scope="row" class="profile-host">{p.host}</th>
                <td class="profile-fields">{p.fields.map((f) => t(FIELD_KEYS[f] ?? f)).join(', ')}</td>
                <td class="profile-corrections">{tn('profileCorrections', p.corrections)}</td>
                <td class="profile-used">{when(p.lastUsedAt)}</td>
                <td>
                  {confirming === p.host ? (
                    <span class="actions">
                      <button type="button" class="danger" onClick={() => void remove(p.host)}>{t('profileDeleteConfirm', [p.host])}</button>
                      <button type="button" onClick={() => setConfirming(null)}>{t('cancel')}</button>
                    </span>
                  ) : (
                    <button type="button" onClick={() => setConfirming(p.host)}>
                      {t('profileDelete')}<span class="visually-hidden">: {p.host}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p role="status" class="hint">{note}</p>
    </section>
  );
}
