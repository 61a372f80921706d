/**
 * The team's administration for admins: add a colleague (the token is shown once, with a copy button and where to
 * paste it), change roles, revoke access. The service enforces the rules (admins only, the last admin stays); its
 * refusals are said in the UI language.
 */
import { useState } from 'preact/hooks';
import { RoleSchema, type Role } from '../../../shared/api/members.ts';
import { ServiceError, type Member, type TeamClient } from '../../lib/api.ts';
import { t, tn } from '../../lib/i18n.ts';

const ROLES = RoleSchema.options;

function failure(error: unknown): string {
  if (error instanceof ServiceError) {
    if (error.status === 409) return t('teamLastAdmin');
    if (error.status === 403) return t('teamAdminsOnly');
    if (error.status === 400) return t('teamBadName');
  }
  return t('teamFailed');
}

export interface TeamAdminProps {
  client: TeamClient;
  members: Member[];
  myId: string | null;
  serviceUrl: string;
  /** reloads the member list after a change */
  onChanged: () => void;
  copy?: (text: string) => Promise<void>;
}

export function TeamAdmin({ client, members, myId, serviceUrl, onChanged, copy = (text) => navigator.clipboard.writeText(text) }: TeamAdminProps) {
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('member');
  const [added, setAdded] = useState<{ member: Member; token: string } | null>(null);
  const [note, setNote] = useState('');
  const [copied, setCopied] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);

  async function attempt(work: () => Promise<void>) {
    setNote('');
    try {
      await work();
    } catch (error) {
      setNote(failure(error));
    }
  }

  return (
    <section class="team-admin" aria-labelledby="team-heading">
      <h2 id="team-heading">{t('teamHeading')}</h2>
      <table class="watchlist">
        <caption class="visually-hidden">{tn('teamCaption', members.length)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('teamColumnName')}</th>
            <th scope="col">{t('teamColumnRole')}</th>
            <th scope="col"><span class="visually-hidden">{t('teamColumnActions')}</span></th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.id} data-member={m.id}>
              <td>{m.name}{m.id === myId ? ` (${t('teamYou')})` : ''}</td>
              <td>
                <select aria-label={t('teamRoleOf', [m.name])} value={m.role} onChange={(e) => { const next = e.currentTarget.value as Role; void attempt(async () => { await client.setRole(m.id, next); setNote(t('teamRoleChanged', [m.name, t(`role_${next}`)])); onChanged(); }); }}>
                  {ROLES.map((r) => <option value={r}>{t(`role_${r}`)}</option>)}
                </select>
              </td>
              <td>
                {confirming === m.id ? (
                  <span class="actions">
                    <button type="button" class="danger" onClick={() => { setConfirming(null); void attempt(async () => { await client.removeMember(m.id); setNote(t('teamRevoked', [m.name])); onChanged(); }); }}>
                      {t('teamRevokeConfirm', [m.name])}
                    </button>
                    <button type="button" onClick={() => setConfirming(null)}>{t('cancel')}</button>
                  </span>
                ) : (
                  <button type="button" onClick={() => setConfirming(m.id)}>
                    {t('teamRevoke')}<span class="visually-hidden">: {m.name}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3 id="team-add-heading">{t('teamAddHeading')}</h3>
      <form
        class="form-grid"
        aria-labelledby="team-add-heading"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim() === '') return setNote(t('teamBadName'));
          void attempt(async () => {
            const result = await client.addMember(name.trim(), role);
            setAdded(result);
            setCopied('');
            setName('');
            onChanged();
          });
        }}
      >
        <label for="team-new-name">{t('teamColumnName')}</label>
        <input id="team-new-name" type="text" maxLength={100} value={name} onInput={(e) => setName(e.currentTarget.value)} />
        <label for="team-new-role">{t('teamColumnRole')}</label>
        <select id="team-new-role" value={role} onChange={(e) => setRole(e.currentTarget.value as Role)}>
          {ROLES.map((r) => <option value={r}>{t(`role_${r}`)}</option>)}
        </select>
        <span />
        <div class="actions">
          <button type="submit" class="primary">{t('teamAdd')}</button>
        </div>
      </form>
      <p role="status" class="hint">{note}</p>

      {added && (
        <div class="new-token" role="region" aria-labelledby="team-token-heading">
          <h3 id="team-token-heading">{t('teamTokenHeading', [added.member.name])}</h3>
          <p>{t('teamTokenOnce')}</p>
          <label for="team-token">{t('token')}</label>{' '}
          <input id="team-token" type="text" readOnly value={added.token} onFocus={(e) => e.currentTarget.select()} />{' '}
          <button type="button" onClick={() => void copy(added.token).then(() => setCopied(t('copied')), () => setCopied(t('teamCopyFailed')))}>
            {t('teamCopyToken')}
          </button>
          <span role="status" class="status-ok">{copied}</span>
          <p>{t('teamTokenWhere', [added.member.name, serviceUrl])}</p>
          <button type="button" onClick={() => setAdded(null)}>{t('teamTokenDone')}</button>
        </div>
      )}
    </section>
  );
}
