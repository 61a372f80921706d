/**
 * "Postfächer" in the Team tab (admins; issue 11, item 4): the team's mailboxes whose newsletters callwatch reads,
 * each with its server, folder, what happens after reading and the last poll in plain words; add one, edit one (an
 * empty password keeps the stored one), "Jetzt abrufen" (reads it now and says how it went), delete after asking.
 */
import { useEffect, useState } from 'preact/hooks';
import { ServiceError, type Mailbox, type MailboxesClient } from '../../lib/api.ts';
import { t, tn } from '../../lib/i18n.ts';
import { describeFailure } from './sources.ts';
import { describePoll, draftOfMailbox, EMPTY_MAILBOX, mailboxBody, mailboxPatch, mailboxRefusal, type MailboxDraft } from './mailbox-draft.ts';
import { MailboxForm } from './MailboxForm.tsx';

export function Mailboxes({ client }: { client: MailboxesClient }) {
  const [mailboxes, setMailboxes] = useState<Mailbox[] | null>(null);
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [polling, setPolling] = useState<string | null>(null);

  const reload = () => client.mailboxes().then(setMailboxes, (error: unknown) => setNote(t('mailboxesLoadFailed', [describeFailure(error)])));
  useEffect(() => void reload(), [client]);

  async function add(draft: MailboxDraft) {
    try {
      const added = await client.addMailbox(mailboxBody(draft));
      setNote(t('mailboxConnected', [added.name]));
      await reload();
      return null;
    } catch (error) {
      return mailboxRefusal(error);
    }
  }

  async function save(mailbox: Mailbox, draft: MailboxDraft) {
    const patch = mailboxPatch(mailbox, draft);
    try {
      if (Object.keys(patch).length > 0) await client.patchMailbox(mailbox.id, patch);
      setEditing(null);
      setNote(t('mailboxSaved', [draft.name.trim()]));
      await reload();
      return null;
    } catch (error) {
      return mailboxRefusal(error);
    }
  }

  async function poll(mailbox: Mailbox) {
    setPolling(mailbox.id);
    setNote(t('mailboxPollingNow', [mailbox.name]));
    try {
      const answer = await client.pollMailbox(mailbox.id);
      setNote(t('mailboxPolled', [mailbox.name, describePoll(answer.poll, answer.mailbox)]));
    } catch (error) {
      setNote(error instanceof ServiceError && error.status === 409 ? t('mailboxBusy', [mailbox.name]) : describeFailure(error));
    } finally {
      setPolling(null);
    }
    await reload();
  }

  async function remove(mailbox: Mailbox) {
    setConfirming(null);
    try {
      await client.removeMailbox(mailbox.id);
      setNote(t('mailboxDeleted', [mailbox.name]));
    } catch (error) {
      // gone already (a colleague deleted it): the same outcome
      setNote(error instanceof ServiceError && error.status === 404 ? t('mailboxDeleted', [mailbox.name]) : describeFailure(error));
    }
    await reload();
  }

  const edited = mailboxes?.find((m) => m.id === editing) ?? null;
  return (
    <section class="mailboxes" aria-labelledby="mailboxes-heading">
      <h2 id="mailboxes-heading">{t('mailboxesHeading')}</h2>
      <p class="hint">{t('mailboxesIntro')}</p>
      <p class="hint">{t('mailboxesServerHint')}</p>
      {mailboxes === null ? null : mailboxes.length === 0 ? (
        <p class="empty">{t('mailboxesNone')}</p>
      ) : (
        <table class="watchlist">
          <caption class="visually-hidden">{tn('mailboxesCaption', mailboxes.length)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('mailboxColumnName')}</th>
              <th scope="col">{t('mailboxColumnServer')}</th>
              <th scope="col">{t('mailboxLabel_folder')}</th>
              <th scope="col">{t('mailboxLabel_after')}</th>
              <th scope="col">{t('mailboxColumnLastPoll')}</th>
              <th scope="col"><span class="visually-hidden">{t('teamColumnActions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {mailboxes.map((m) => (
              <tr key={m.id} data-mailbox={m.id}>
                <th scope="row" class="mailbox-name">
                  {m.name}
                  <br />
                  <span class="hint">{m.user}</span>
                </th>
                <td class="mailbox-server">{`${m.host}:${m.port}`}</td>
                <td class="mailbox-folder">{m.folder}</td>
                <td class="mailbox-after">{m.after === 'move' ? t('mailboxAfterMoveTo', [m.moveTo ?? '']) : t('mailboxAfter_read')}</td>
                <td class={`mailbox-poll${m.lastPoll?.status === 'error' ? ' error' : ''}`}>{m.enabled ? describePoll(m.lastPoll, m) : `${t('mailboxPaused')} ${describePoll(m.lastPoll, m)}`}</td>
                <td>
                  {confirming === m.id ? (
                    <span class="actions">
                      <button type="button" class="danger" onClick={() => void remove(m)}>{t('mailboxDeleteConfirm', [m.name])}</button>
                      <button type="button" onClick={() => setConfirming(null)}>{t('cancel')}</button>
                    </span>
                  ) : (
                    <span class="actions">
                      <button type="button" disabled={polling !== null} onClick={() => void poll(m)}>
                        {t('mailboxPollNow')}<span class="visually-hidden">: {m.name}</span>
                      </button>
                      <button type="button" onClick={() => setEditing(m.id)}>
                        {t('mailboxEdit')}<span class="visually-hidden">: {m.name}</span>
                      </button>
                      <button type="button" onClick={() => setConfirming(m.id)}>
                        {t('mailboxDelete')}<span class="visually-hidden">: {m.name}</span>
                      </button>
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p role="status" class="hint mailbox-note">{note}</p>
      {edited && (
        <section class="draft-card" aria-labelledby="mailbox-edit-heading">
          <h3 id="mailbox-edit-heading">{t('mailboxEditHeading', [edited.name])}</h3>
          <MailboxForm
            key={edited.id}
            idPrefix="mailbox-edit"
            labelledBy="mailbox-edit-heading"
            initial={draftOfMailbox(edited)}
            editing
            submitLabel={t('mailboxSave')}
            onSubmit={(draft) => save(edited, draft)}
            onCancel={() => setEditing(null)}
          />
        </section>
      )}
      <section class="draft-card" aria-labelledby="mailbox-add-heading">
        <h3 id="mailbox-add-heading">{t('mailboxAddHeading')}</h3>
        <MailboxForm idPrefix="mailbox" labelledBy="mailbox-add-heading" initial={EMPTY_MAILBOX} editing={false} submitLabel={t('mailboxAdd')} onSubmit={add} />
      </section>
    </section>
  );
}
